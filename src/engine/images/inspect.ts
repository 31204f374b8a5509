// GET /images/{name}/json — moby's graphdriver image inspect in API v1.50: names from the reference
// store, the OCI image config (the v1.46-deprecated container fields are gone in 1.50), overlay2
// directories of the top layer, and the time the image was last tagged.
import type { ImageConfig, ImageInspect } from '../api/images.ts';
import { sha256Digest } from '../model/digest.ts';
import { familiarString } from '../model/reference/normalize.ts';
import type { ImageStore } from '../store/image-store.ts';
import { chainIds, getImage, referencesOf } from './references.ts';

/** Where dockerd keeps overlay2 layer directories. */
export const OVERLAY2_ROOT = '/var/lib/docker/overlay2';
/** Go's zero time.Time as JSON: the LastTagTime of an image never tagged locally. */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** The inspect document of the image a name or ID refers to; throws `No such image`. */
export function inspectImage(store: ImageStore, nameOrId: string): ImageInspect {
  const id = getImage(store, nameOrId);
  const config = store.config(id);
  const refs = referencesOf(store, id);
  const inspect: ImageInspect = {
    Id: id,
    RepoTags: refs.filter((r) => !r.ref.digest).map((r) => familiarString(r.ref)),
    RepoDigests: refs.filter((r) => r.ref.digest).map((r) => familiarString(r.ref)),
    Parent: store.image(id)?.parent ?? '',
    Comment: config.comment ?? '',
    Created: goTimeString(config.created),
    DockerVersion: config.docker_version ?? '',
    Author: config.author ?? '',
    Config: ociConfig(config.config),
    Architecture: config.architecture,
    Os: config.os,
    Size: store.imageSize(id),
    GraphDriver: { Name: 'overlay2', Data: overlayData(config.rootfs.diff_ids) },
    RootFS: { Type: 'layers', Layers: [...config.rootfs.diff_ids] },
    Metadata: { LastTagTime: goTimeString(store.image(id)?.lastTagTime ?? ZERO_TIME) },
  };
  if (config.variant) inspect.Variant = config.variant;
  return inspect;
}

/** The overlay2 cache directory of a layer (dockerd picks a random ID; ours is derived from the chain ID). */
export function overlayDir(chainId: string): string {
  return `${OVERLAY2_ROOT}/${sha256Digest(`overlay2-cache-id:${chainId}`).slice('sha256:'.length)}`;
}

// overlay2 GetMetadata of the top layer: its merged/diff/work dirs and the lower layers' diff dirs, nearest first.
function overlayData(diffIds: readonly string[]): Record<string, string> | null {
  const dirs = chainIds(diffIds).map(overlayDir).reverse();
  if (dirs.length === 0) return null;
  const [top, ...lower] = dirs;
  const data: Record<string, string> = {};
  if (lower.length > 0) data.LowerDir = lower.map((dir) => `${dir}/diff`).join(':');
  data.MergedDir = `${top}/merged`;
  data.UpperDir = `${top}/diff`;
  data.WorkDir = `${top}/work`;
  return data;
}

// DockerOCIImageConfig: the OCI fields in Go's order, each omitted when empty, then Healthcheck, OnBuild, Shell.
function ociConfig(c: ImageConfig): ImageConfig {
  const out: ImageConfig = {};
  if (c.User) out.User = c.User;
  if (c.ExposedPorts && Object.keys(c.ExposedPorts).length > 0) out.ExposedPorts = c.ExposedPorts;
  if (c.Env?.length) out.Env = [...c.Env];
  if (c.Entrypoint?.length) out.Entrypoint = [...c.Entrypoint];
  if (c.Cmd?.length) out.Cmd = [...c.Cmd];
  if (c.Volumes && Object.keys(c.Volumes).length > 0) out.Volumes = c.Volumes;
  if (c.WorkingDir) out.WorkingDir = c.WorkingDir;
  if (c.Labels && Object.keys(c.Labels).length > 0) out.Labels = { ...c.Labels };
  if (c.StopSignal) out.StopSignal = c.StopSignal;
  if (c.ArgsEscaped) out.ArgsEscaped = true;
  if (c.Healthcheck) out.Healthcheck = c.Healthcheck;
  if (c.OnBuild?.length) out.OnBuild = [...c.OnBuild];
  if (c.Shell?.length) out.Shell = [...c.Shell];
  return out;
}

/** An RFC 3339 time as Go's time.RFC3339Nano prints it: trailing fraction zeros dropped, `Z` for UTC. */
export function goTimeString(rfc3339: string): string {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(rfc3339);
  if (!m) return rfc3339;
  const fraction = (m[2] ?? '').slice(0, 9).replace(/0+$/, '');
  const zone = m[3] === '+00:00' || m[3] === '-00:00' ? 'Z' : m[3];
  return `${m[1]}${fraction ? `.${fraction}` : ''}${zone}`;
}
