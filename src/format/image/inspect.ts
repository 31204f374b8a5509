// The image inspect document as Go types it (api/types/image.InspectResponse with a
// DockerOCIImageConfig): what the daemon encodes and what `docker image inspect -f` templates walk.
import type { HealthConfig, ImageConfig, ImageInspect } from '../../engine/index.ts';
import { encodeGoJson, GoRecord } from '../go/record.ts';
import { goNil, GoNilPointer } from '../go/template/index.ts';
import type { InspectElement } from '../inspector.ts';

/** One image's inspect element: the Go record templates walk and the JSON the daemon sends. */
export function imageInspectElement(i: ImageInspect): InspectElement {
  const record = imageInspectRecord(i);
  return { typed: record, raw: encodeGoJson(record) };
}

/** image.InspectResponse of one image. */
export function imageInspectRecord(i: ImageInspect): GoRecord {
  return new GoRecord('image.InspectResponse', [
    { go: 'ID', json: 'Id', value: i.Id },
    { go: 'RepoTags', value: i.RepoTags },
    { go: 'RepoDigests', value: i.RepoDigests },
    { go: 'Parent', value: i.Parent },
    { go: 'Comment', value: i.Comment },
    { go: 'Created', value: i.Created, omitEmpty: true },
    // Left by API 1.45+ but still in the CLI's type: a template sees nil and zero.
    { go: 'ContainerConfig', value: new GoNilPointer('*container.Config'), omitEmpty: true },
    { go: 'DockerVersion', value: i.DockerVersion },
    { go: 'Author', value: i.Author },
    { go: 'Config', value: configRecord(i.Config) },
    { go: 'Architecture', value: i.Architecture },
    { go: 'Variant', value: i.Variant ?? '', omitEmpty: true },
    { go: 'Os', value: i.Os },
    { go: 'OsVersion', value: i.OsVersion ?? '', omitEmpty: true },
    { go: 'Size', value: i.Size },
    { go: 'VirtualSize', value: 0, omitEmpty: true },
    {
      go: 'GraphDriver',
      value: new GoRecord('storage.DriverData', [
        { go: 'Data', value: i.GraphDriver.Data ?? {}, jsonValue: i.GraphDriver.Data },
        { go: 'Name', value: i.GraphDriver.Name },
      ], 'value'),
    },
    {
      go: 'RootFS',
      value: new GoRecord('image.RootFS', [
        { go: 'Type', value: i.RootFS.Type },
        { go: 'Layers', value: i.RootFS.Layers ?? [], omitEmpty: true },
      ], 'value'),
    },
    {
      go: 'Metadata',
      value: new GoRecord('image.Metadata', [
        { go: 'LastTagTime', value: goTimeText(i.Metadata.LastTagTime ?? '0001-01-01T00:00:00Z'), jsonValue: i.Metadata.LastTagTime ?? '0001-01-01T00:00:00Z' },
      ], 'value'),
    },
    { go: 'Descriptor', value: new GoNilPointer('*v1.Descriptor'), omitEmpty: true },
    { go: 'Manifests', value: goNil([]), omitEmpty: true },
  ]);
}

// v1.DockerOCIImageConfig: the OCI ImageConfig's fields, then Docker's extension, all omitempty; an
// unset slice or map is Go's nil (`[]` or `map[]` in a template, null in `json`), as after `docker import`.
function configRecord(c: ImageConfig): GoRecord {
  return new GoRecord('v1.DockerOCIImageConfig', [
    { go: 'User', value: c.User ?? '', omitEmpty: true },
    { go: 'ExposedPorts', value: c.ExposedPorts ?? goNil({}), omitEmpty: true },
    { go: 'Env', value: c.Env ?? goNil([]), omitEmpty: true },
    { go: 'Entrypoint', value: c.Entrypoint ?? goNil([]), omitEmpty: true },
    { go: 'Cmd', value: c.Cmd ?? goNil([]), omitEmpty: true },
    { go: 'Volumes', value: c.Volumes ?? goNil({}), omitEmpty: true },
    { go: 'WorkingDir', value: c.WorkingDir ?? '', omitEmpty: true },
    { go: 'Labels', value: c.Labels ?? goNil({}), omitEmpty: true },
    { go: 'StopSignal', value: c.StopSignal ?? '', omitEmpty: true },
    { go: 'ArgsEscaped', value: c.ArgsEscaped ?? false, omitEmpty: true },
    { go: 'Healthcheck', value: c.Healthcheck ? healthRecord(c.Healthcheck) : new GoNilPointer('*v1.HealthcheckConfig'), omitEmpty: true },
    { go: 'OnBuild', value: c.OnBuild ?? goNil([]), omitEmpty: true },
    { go: 'Shell', value: c.Shell ?? goNil([]), omitEmpty: true },
  ]);
}

function healthRecord(h: HealthConfig): GoRecord {
  return new GoRecord('v1.HealthcheckConfig', [
    { go: 'Test', value: h.Test ?? [], omitEmpty: true },
    { go: 'Interval', value: h.Interval ?? 0, omitEmpty: true },
    { go: 'Timeout', value: h.Timeout ?? 0, omitEmpty: true },
    { go: 'StartPeriod', value: h.StartPeriod ?? 0, omitEmpty: true },
    { go: 'StartInterval', value: h.StartInterval ?? 0, omitEmpty: true },
    { go: 'Retries', value: h.Retries ?? 0, omitEmpty: true },
  ]);
}

/** time.Time.String() of an RFC 3339 UTC time: `2026-01-01 00:00:05.1 +0000 UTC`. */
export function goTimeText(rfc3339: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d(?:\.\d+)?)Z$/.exec(rfc3339);
  if (!m) return rfc3339;
  return `${m[1]} ${m[2]} +0000 UTC`;
}
