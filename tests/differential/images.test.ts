// docker images / image ls: our CLI against the real docker CLI over the same daemon state.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();
if (skip) console.log(skip);

// Each image keeps one repository: the real CLI groups an image's rows by repository in a Go map, so
// rows of one image under two repositories come out in a random order (see the last test).
const SETUP = [
  'docker pull -q alpine',
  'docker pull -q hello-world',
  'docker tag alpine alpine:3.21',
  'docker tag hello-world registry.example.com:5000/team/hello:1.0',
  'docker rmi hello-world',
];

describe.skipIf(skip)('differential: docker images', () => {
  it('lists, filters and formats like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      ...SETUP,
      'docker images',
      'docker image ls',
      'docker images -a',
      'docker images -q',
      'docker images --digests',
      'docker images --no-trunc',
      'docker images alpine',
      'docker images alpine:3.21',
      'docker images nosuch',
      'docker image ls --filter dangling=true',
      'docker image ls --filter dangling=false',
      'docker image ls --filter reference=alpine',
      "docker image ls --filter 'reference=*/*/*'",
      'docker images --filter before=alpine:3.21',
      'docker images --filter since=registry.example.com:5000/team/hello:1.0',
      'docker images --filter label=maintainer',
      'docker images --filter bogus=1',
      'docker images --filter dangling',
      'docker images --filter dangling=maybe',
      'docker images --format table',
      'docker images --format json',
      "docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'",
      "docker images --format 'table {{.Repository}}\\t{{.Size}}'",
      "docker images --format '{{json .}}'",
      "docker images --format '{{.Digest}}' --digests",
      "docker images --format '{{.Nope}}'",
      'docker images -q --no-trunc -a',
    ]);
    expect(ours).toEqual(real);
  });
});

describe.skipIf(skip)('differential: an image under several repositories', () => {
  it('lists the same rows as the real CLI, whose order among them is random', { timeout: 60_000 }, async () => {
    const lines = ['docker pull -q alpine', 'docker tag alpine myapp:v1', 'docker tag alpine zed:v1', 'docker images', "docker images --format '{{.Repository}}:{{.Tag}}'"];
    const { ours, real } = await differential(lines);
    // docker/cli ranges over a map of repository to tags: only the order of those rows may differ.
    const rows = (results: typeof ours) => results.map((r) => ({ ...r, stdout: r.stdout.split('\n').sort().join('\n') }));
    expect(rows(ours)).toEqual(rows(real));
  });
});
