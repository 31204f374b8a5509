// answerFileEquals — the learner found something out and wrote it into a file (~/answers/x.txt); the
// file is checked against the engine's own value, line by line. A wrong answer never shows the right one.
import { z } from 'zod';
import type { HostView } from '../context.ts';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { regexString } from '../params.ts';
import { resolveValue, valueSchema } from './answer-values.ts';

const NORMALIZERS = {
  trim: (s: string) => s.trim(),
  lower: (s: string) => s.toLowerCase(),
  sha256prefix: (s: string) => s.replace(/^sha256:/, ''),
  tcp: (s: string) => s.replace(/^(\d+)\/tcp$/, '$1'),
} as const;
type Normalizer = keyof typeof NORMALIZERS;

/** A workspace path (relative to home, or absolute) as the learner sees it and as the filesystem needs it. */
export function workspacePath(host: HostView, path: string): { full: string; shown: string } {
  return path.startsWith('/') ? { full: path, shown: path } : { full: `${host.home}/${path}`, shown: `~/${path}` };
}

/** Passes when each line of the file equals its value (after normalizing), in order or as a set. */
export const answerFileEquals = defineMatcher({
  name: 'answerFileEquals',
  description: 'A workspace file holds the answer: each line equals a value the engine computes (an inspect field, a file in an image, a shared layer…). A mismatch never reveals the value.',
  params: z.strictObject({
    path: z.string().min(1).describe('The answer file, relative to the workspace, e.g. "answers/distro.txt".'),
    expect: z.union([valueSchema, z.array(valueSchema).min(1)]).describe('One value, or one per line of the file.'),
    lines: z.enum(['ordered', 'set']).default('ordered').describe('ordered: line n is value n; set: the lines in any order.'),
    normalize: z
      .array(z.enum(Object.keys(NORMALIZERS) as [Normalizer, ...Normalizer[]]))
      .default(['trim'])
      .describe('Applied to both sides: trim (spaces), lower (case), sha256prefix (an optional "sha256:"), tcp ("80/tcp" and "80" are the same).'),
    whenWrong: z
      .array(z.strictObject({ matches: regexString('A regular expression over a wrong line.'), line: z.number().int().positive().optional().describe('Only for this line (1 = first).'), hint: z.string().min(1).describe('What to say instead of the general "not yet".') }))
      .default([])
      .describe('Hints for expected wrong answers, tried in order.'),
  }),
  example: { path: 'answers/distro.txt', expect: { imageFile: 'python:3.12-slim', path: '/etc/os-release', key: 'ID' } },
  check({ path, expect, lines: order, normalize, whenWrong }, { engine, host }) {
    const { full, shown } = workspacePath(host, path);
    if (!host.fs.exists(full) || host.fs.stat(full).type !== 'file') return missing(`There is no file ${shown} yet.`);
    const norm = (s: string) => normalize.reduce((v, n) => NORMALIZERS[n](v), s.trim());
    const got = host.fs.readText(full).split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const values = (Array.isArray(expect) ? expect : [expect]).map((v) => resolveValue(engine, v));
    for (const v of values) if ('missing' in v) return missing(v.missing);
    const lineWord = values.length === 1 ? 'line' : `${values.length} lines`;
    if (got.length === 0) return notYet(`${shown} is empty: write ${values.length === 1 ? 'your answer' : `${lineWord}, one answer per line`}.`);
    for (const w of whenWrong) {
      const re = new RegExp(w.matches);
      const hit = got.findIndex((l, i) => (w.line === undefined || w.line === i + 1) && re.test(l));
      if (hit >= 0 && !accepts(values[order === 'set' ? 0 : Math.min(hit, values.length - 1)], got[hit], norm)) return notYet(w.hint);
    }
    if (got.length !== values.length) return notYet(`${shown} has ${got.length} line${got.length === 1 ? '' : 's'}; it should have ${values.length}, one answer per line.`);
    if (order === 'ordered') {
      const wrong = values.findIndex((v, i) => !accepts(v, got[i], norm));
      if (wrong < 0) return pass;
      return notYet(`${values.length === 1 ? shown : `Line ${wrong + 1} of ${shown}`} is not ${values[wrong].what} yet.`);
    }
    const left = [...got];
    for (const v of values) {
      const i = left.findIndex((l) => accepts(v, l, norm));
      if (i < 0) return notYet(`No line of ${shown} is ${v.what} yet.`);
      left.splice(i, 1);
    }
    return pass;
  },
});

function accepts(value: ReturnType<typeof resolveValue>, line: string, norm: (s: string) => string): boolean {
  return 'accepted' in value && value.accepted.some((a) => norm(a) === norm(line));
}
