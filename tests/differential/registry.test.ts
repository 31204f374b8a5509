// docker search and docker save/load: our CLI against the real docker CLI over the same daemon state.
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();
if (skip) console.log(skip);

describe.skipIf(skip)('differential: docker search', () => {
  it('searches the simulated Hub like the real CLI', { timeout: 60_000 }, async () => {
    const { ours, real } = await differential([
      'docker search nginx',
      'docker search --limit 2 alpine',
      'docker search --filter is-official=true node',
      'docker search --filter stars=100 python',
      'docker search --no-trunc redis',
      "docker search --format '{{.Name}}: {{.StarCount}}' alpine",
      'docker search --filter bogus=1 nginx',
      'docker search --limit 0 nginx',
      'docker search zzzznothing',
    ]);
    expect(ours).toEqual(real);
  });
});

// docker/cli 28.2.2's searchContext has no IsAutomated any more: `--format json` leaves it out and
// `{{.IsAutomated}}` is a template error; our formatter still has it.
describe.skipIf(skip)('differential: docker search --format json', () => {
  it('encodes the fields the real CLI has', { timeout: 60_000 }, async () => {
    const { ours, real } = await differential(['docker search --format json --limit 1 busybox', "docker search --format '{{.IsAutomated}}' --limit 1 busybox"]);
    expect(ours).toEqual(real);
  });
});

describe.skipIf(skip)('differential: docker save and load', () => {
  // The real CLI writes the archive on the real disk (ours into the session's filesystem).
  afterAll(() => rmSync('/tmp/wb-differential-save.tar', { force: true }));
  it('saves to a file and loads it back like the real CLI', { timeout: 60_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q alpine',
      'docker tag alpine mine:1',
      'docker save -o /tmp/wb-differential-save.tar mine:1',
      'docker rmi mine:1 alpine',
      'docker load -i /tmp/wb-differential-save.tar',
      'docker images',
      'docker save nosuch -o /tmp/wb-differential-nosuch.tar',
    ]);
    expect(ours).toEqual(real);
  });
});
