// free's layout against the real procps-ng free and busybox free on this machine: the figures differ
// (this machine is not the simulated VM), so each line's shape is compared: where every column ends.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ORACLE, type Flavour } from './oracle.ts';
import { machine } from './machine.ts';
import { makeFree } from '../../../src/shell/programs/free.ts';

const free = (flavour: Flavour, args: string) => machine().run(makeFree(flavour), ['free', ...args.split(' ').filter(Boolean)]);

const hasProcps = spawnSync('sh', ['-c', 'command -v free']).status === 0;
// The column where each run of non-blanks ends, per line, and the labels that start lines.
const shape = (text: string) => text.split('\n').map((l) => [l.split(/\s+/)[0], ...[...l.matchAll(/\S+/g)].map((m) => m.index + m[0].length)].join(' '));

function realFree(flavour: Flavour, args: string): string {
  const cmd = flavour === 'busybox' ? `busybox free ${args}` : `free ${args}`;
  return spawnSync('sh', ['-c', cmd], { env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' } }).stdout.toString();
}

describe('free lays out its table as the real one', () => {
  const cases: [Flavour, string][] = [['gnu', ''], ['gnu', '-m'], ['gnu', '-k'], ['gnu', '-h'], ['gnu', '-t'], ['gnu', '-w'], ['gnu', '--mebi'], ['busybox', ''], ['busybox', '-m'], ['busybox', '-h']];
  for (const [flavour, args] of cases) {
    it.skipIf(!ORACLE || !hasProcps)(`${flavour}: free ${args}`, async () => {
      const ours = await free(flavour, args);
      expect(ours.code).toBe(0);
      expect(shape(ours.out)).toEqual(shape(realFree(flavour, args)));
    });
  }

  it('writes sizes as each family does with -h (procps: 7.7Gi, 4.1Mi, 0B; busybox: 7.7G, 4.1M, 0)', async () => {
    expect((await free('gnu', '-h')).out.split('\n').slice(1, 3)).toEqual(['Mem:           7.7Gi       1.0Gi       5.2Gi       4.1Mi       1.5Gi       6.4Gi', 'Swap:             0B          0B          0B']);
    expect((await free('busybox', '-h')).out.split('\n').slice(1, 3)).toEqual(['Mem:           7.7G     1018.7M        5.2G        4.1M        1.5G        6.4G', 'Swap:             0           0           0']);
  });
});
