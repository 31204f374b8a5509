import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated } from './oracle.ts';

differential('yes', {}, ['yes | head -n 3', 'yes hello world | head -n 2', 'yes | head -c 7']);
differential('printenv', {}, [{ cmd: 'FOO=bar printenv FOO; printenv NOPE; echo $?', only: 'gnu' }, { cmd: 'export A=1; printenv A PATH', only: 'gnu' }]);

describe('printenv', () => {
  it('prints the environment and fails for an unset name (busybox)', async () => {
    expect(await simulated('busybox', {}).run('X=1 printenv X; printenv NOPE; echo $?')).toEqual({ out: '1\n1\n', err: '', code: 0 });
  });
});
