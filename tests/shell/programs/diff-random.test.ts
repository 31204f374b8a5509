// GNU diff on seeded random files of few distinct lines, where many diffs are equally short: the one it
// prints depends on discard_confusing_lines, compareseq and shift_boundaries, which diff/analyze.ts follows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { makeDiff } from '../../../src/shell/programs/diff/index.ts';
import { Vfs } from '../../../src/vfs/vfs.ts';

const HAS_DIFF = spawnSync('diff', ['--version']).stdout?.toString().includes('GNU diffutils') ?? false;
const dir = mkdtempSync(join(tmpdir(), 'diff-random-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A linear congruential generator: the same files on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** Lines of one or two letters or blanks; the last newline sometimes missing. */
function file(r: () => number, lines: number, alphabet: number): string {
  const body = Array.from({ length: lines }, () => (r() < 0.1 ? ' ' : String.fromCharCode(97 + Math.floor(r() * alphabet))));
  return body.join('\n') + (lines && r() < 0.85 ? '\n' : '');
}

/** Our diff's output over the two texts, without the header lines that carry times. */
function ours(a: string, b: string, opts: string[]): string {
  const fs = Vfs.empty({});
  fs.mkdir('/w');
  fs.writeFile('/w/a', a);
  fs.writeFile('/w/b', b);
  let out = '';
  const writer = { write: (t: string) => void (out += t) };
  makeDiff('gnu')({ argv: ['diff', ...opts, 'a', 'b'], env: new Map(), cwd: '/w', fs, stdin: '', stdout: writer, stderr: writer } as never);
  return out;
}

const headless = (s: string) => s.replace(/^(\*\*\* |--- )[^\n]*\n(\+\+\+|---) [^\n]*\n/, '');

it.skipIf(!HAS_DIFF)('diff matches GNU diff on 120 random pairs of files in six formats', () => {
  const r = random(7);
  for (let t = 0; t < 120; t++) {
    const big = r() < 0.2;
    const alphabet = 2 + Math.floor(r() * 4);
    const a = file(r, Math.floor(r() * (big ? 120 : 14)), alphabet);
    const b = r() < 0.5 ? file(r, Math.floor(r() * (big ? 120 : 14)), alphabet) : a.split('\n').filter(() => r() < 0.8).join('\n') + '\n';
    writeFileSync(join(dir, 'a'), a);
    writeFileSync(join(dir, 'b'), b);
    for (const opts of [[], ['-U1'], ['-c'], ['-b'], ['-d'], ['-y', '-W', '40']]) {
      const real = spawnSync('diff', [...opts, 'a', 'b'], { cwd: dir, env: { LC_ALL: 'C' } }).stdout.toString();
      expect({ a, b, opts, out: headless(ours(a, b, opts)) }).toEqual({ a, b, opts, out: headless(real) });
    }
  }
}, 60_000);
