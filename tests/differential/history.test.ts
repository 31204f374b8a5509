// docker history: our CLI against the real docker CLI over the same daemon state.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();
if (skip) console.log(skip);

describe.skipIf(skip)('differential: docker history', () => {
  it('prints the layers like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q nginx',
      'docker history nginx',
      'docker image history nginx:latest',
      'docker history -H=false nginx',
      'docker history --human=false nginx',
      'docker history --no-trunc nginx',
      'docker history -q nginx',
      'docker history -q --no-trunc nginx',
      "docker history --format '{{.ID}} {{.Size}} {{.CreatedBy}}' nginx",
      "docker history --format 'table {{.ID}}\\t{{.CreatedSince}}' nginx",
      'docker history --format json nginx',
      "docker history --format '{{json .}}' nginx",
      'docker history nosuch',
      'docker history',
    ]);
    expect(ours).toEqual(real);
  });
});
