// docker image inspect and docker inspect: our CLI against the real docker CLI over the same daemon state.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();
if (skip) console.log(skip);

describe.skipIf(skip)('differential: docker inspect', () => {
  it('prints the documents and templates like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q alpine',
      'docker pull -q nginx',
      'docker tag alpine mine:1',
      'docker image inspect alpine',
      'docker image inspect nginx mine:1',
      'docker inspect alpine',
      'docker inspect --type image nginx',
      "docker image inspect --format '{{.Id}}' alpine",
      "docker image inspect -f '{{json .Config}}' nginx",
      "docker image inspect --format '{{.Config.Env}} {{.Os}}/{{.Architecture}}' nginx",
      "docker image inspect --format '{{range .RepoTags}}{{.}} {{end}}' alpine",
      "docker image inspect --format '{{.Metadata.LastTagTime}}' mine:1",
      'docker image inspect --format json alpine',
      "docker inspect -f '{{.Size}}' alpine",
      'docker image inspect nosuch',
      'docker image inspect alpine nosuch',
      'docker inspect nosuch',
      'docker inspect --type volume nosuch',
      'docker inspect --type container nosuch',
    ]);
    expect(ours).toEqual(real);
  });
});

// Our CLI prints `<no value>` and exits 0; docker/cli retries a failed template on the raw JSON with
// missingkey=error (cli/command/inspect TemplateInspector.tryRawInspectFallback).
describe.skipIf(skip)('differential: docker inspect with a field the image lacks', () => {
  it('fails like the real CLI', { timeout: 60_000 }, async () => {
    const { ours, real } = await differential(['docker pull -q alpine', "docker image inspect --format '{{.Nope}}' alpine", "docker inspect -f '{{.Config.Nope}}' alpine"]);
    expect(ours).toEqual(real);
  });
});

// The engine has no network objects yet (no /networks endpoints): dockerd answers "network nosuch not found".
describe.skipIf(skip)('differential: docker inspect --type network', () => {
  it('reports a missing network like the real CLI', { timeout: 60_000 }, async () => {
    const { ours, real } = await differential(['docker inspect --type network nosuch']);
    expect(ours).toEqual(real);
  });
});

// Fields Go holds as nil pointers, nil slices or struct values print as the CLI's typed response does:
// `<nil>` (not `<no value>`), `[]`, `{…}` for a struct value, `{…}` for the printed pointer itself.
describe.skipIf(skip)('differential: nil and zero fields in templates', () => {
  it('prints <nil>, [], map[] and struct values like the real CLI', { timeout: 60_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q alpine',
      "docker inspect -f '{{.Config.Healthcheck}} {{.Descriptor}} {{.ContainerConfig}} {{.Manifests}} {{.VirtualSize}} {{.Config.Volumes}} {{.Config.Entrypoint}} {{.Config.OnBuild}}' alpine",
      "docker inspect -f '{{if .Config.Healthcheck}}yes{{else}}no{{end}} {{json .Config.Healthcheck}} {{json .ContainerConfig}}' alpine",
      "docker inspect -f '{{.RootFS}}|{{.Metadata}}|{{.GraphDriver.Name}}' alpine",
    ]);
    expect(ours).toEqual(real);
  });
});
