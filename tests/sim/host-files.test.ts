// Files the docker CLI writes on the learner's machine belong to the learner, as on a real host
// where the client runs unprivileged: `save -o` and `export -o` (0600, docker's CopyToFile) and `cp`.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../src/sim/run-script.ts';

const setup = 'docker pull -q alpine >/dev/null\ndocker create --name box alpine >/dev/null\n';

describe('files the CLI writes on the host', () => {
  it('saves and exports archives as the learner, readable only by them', async () => {
    const out = await transcript(`${setup}docker save -o saved.tar alpine\ndocker export -o fs.tar box\nstat -c '%U:%G %a' saved.tar fs.tar\n`);
    expect(out).toBe('learner:learner 600\nlearner:learner 600\n');
  });

  it('copies files, directories and a directory\'s contents out of a container as the learner', async () => {
    const out = await transcript(`${setup}docker cp box:/etc/hostname h 2>/dev/null\ndocker cp box:/etc/apk apk 2>/dev/null\ndocker cp box:/etc/. etc-copy 2>/dev/null\nstat -c '%n %U:%G' h apk apk/world etc-copy etc-copy/hostname\n`);
    expect(out).toBe('h learner:learner\napk learner:learner\napk/world learner:learner\netc-copy learner:learner\netc-copy/hostname learner:learner\n');
  });
});
