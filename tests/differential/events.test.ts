// docker events through GET /events: the real CLI and ours print the same lines for the same daemon
// history (container, image, network and volume events with dockerd's attributes), the same --format
// and filter results, and the same errors.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();

describe.skipIf(skip)('differential: events', () => {
  it('lists past events like the real CLI', { timeout: 120_000 }, async () => {
    // Each line moves both daemons' clocks on by a second: `--until start+7` ends after the first seven lines.
    const { ours, real } = await differential((now) => {
      const until = `--since ${now / 1000} --until ${now / 1000 + 7}`;
      return [
        'docker pull -q alpine:3.20',
        'docker tag alpine:3.20 mine:1',
        'docker run --name first -l team=a alpine:3.20 true',
        'docker volume create data',
        'docker rename first renamed',
        'docker rm renamed',
        'docker rmi mine:1',
        `docker events ${until}`,
        `docker events ${until} --filter type=image --format '{{.Type}} {{.Action}} {{.Actor.ID}} {{.Actor.Attributes.name}}'`,
        `docker events ${until} --filter event=die --format json`,
        `docker events ${until} --filter container=renamed --format '{{.Action}} {{.Actor.Attributes.name}}'`,
        `docker events ${until} --filter label=team=a --filter event=create --filter event=destroy --format '{{.Status}} {{.From}}'`,
        `docker events ${until} --filter image=alpine --format '{{.Type}} {{.Action}}'`,
        `docker events ${until} --filter type=volume --format '{{.Action}} {{.Actor.ID}} {{.Scope}}'`,
        "docker events --format '{{.Bogus}}'",
        'docker events --since nope',
        'docker events --since 2026-13-01',
        'docker events --since 1767225600 --until 1735689600',
      ];
    });
    expect(ours).toEqual(real);
    expect(real[7].stdout).toContain(' container die ');
    expect(real[14].exitCode).toBe(64);
  });
});
