// SHLVL (#15): bash and busybox ash export their nesting level, dash does not; checked against the real shells.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { simulated } from '../programs/oracle.ts';
import { catalogImages, exec } from '../userland/images.ts';
import { nextShellLevel } from '../../../src/shell/interpreter/interpreter.ts';

const hasReal = ['bash', 'busybox', 'dash'].every((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0);

/** What the real shell prints for `echo $SHLVL` when it inherits `inherited` (or nothing). */
function realLevel(shell: string[], inherited?: string): string {
  const env: Record<string, string> = { PATH: '/usr/bin:/bin' };
  if (inherited !== undefined) env.SHLVL = inherited;
  return spawnSync(shell[0], [...shell.slice(1), '-c', 'echo "$SHLVL"; true'], { env }).stdout.toString().trim();
}

describe('SHLVL', () => {
  it.skipIf(!hasReal)('each starting shell computes it as the real one does', () => {
    for (const inherited of [undefined, '3', 'x', '-5', ' 7', '7x', '999', '1000']) {
      expect(nextShellLevel('bash', inherited), `bash ${inherited}`).toBe(realLevel(['bash', '--norc', '--noprofile'], inherited));
      expect(nextShellLevel('ash', inherited), `ash ${inherited}`).toBe(realLevel(['busybox', 'sh'], inherited));
    }
    expect(realLevel(['dash'], '3')).toBe('3');
    expect(realLevel(['dash'])).toBe('');
  });

  it('sh -c env shows it in bash and ash, each nested shell one higher', async () => {
    for (const flavour of ['gnu', 'busybox'] as const) {
      const sh = simulated(flavour, {});
      const r = await sh.run(`echo $SHLVL; sh -c 'echo $SHLVL; sh -c "env | grep SHLVL"; true'`);
      expect(r.out).toBe('1\n2\nSHLVL=3\n');
    }
  });

  it('per image: dash on Debian sets none, bash and Alpine\'s ash set 1', async () => {
    const images = new Map(catalogImages());
    const debian = images.get('library/debian:12')!();
    expect((await exec(debian, ['sh', '-c', 'env | grep -c SHLVL'])).out).toBe('0\n');
    expect((await exec(debian, ['bash', '-c', 'echo $SHLVL; true'])).out).toBe('1\n');
    expect((await exec(debian, ["bash", "-c", "sh -c \"echo \\$SHLVL\"; true"])).out).toBe('1\n');
    const alpine = images.get('library/alpine:3.20')!();
    expect((await exec(alpine, ['sh', '-c', 'echo $SHLVL'])).out).toBe('1\n');
  });
});
