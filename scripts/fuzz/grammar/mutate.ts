// Mutations of seed text, as fast-check arbitraries: drop, repeat, swap or replace tokens and lines, so
// inputs stay close to what a learner (or a lesson) really types while still leaving the path.
import fc from 'fast-check';

/** Tokens that stress parsers: quotes, expansions, operators, odd bytes and long runs. */
export const NASTY = ['"', "'", '`', '\\', '$(', ')', '${', '}', '$((', '))', '{{', '}}', '|', '&&', ';', '&', '>', '<<', '#', '*', '?', '[', ']', '-', '--', '=', ':', '@', '/', '..', '\t', '', 'x'.repeat(300), '\u00e9\u4e2d', '\u0000', '%s%n', '-1', '99999999999999999999', 'NaN'];

/** Splits on spaces, keeping the separators out. */
const tokens = (line: string) => line.split(/ +/);

/** A line with 1–3 token-level edits (drop, duplicate, swap with a neighbour, replace with a nasty or pooled token). */
export function mutateLine(line: string, pool: readonly string[]): fc.Arbitrary<string> {
  const replacement = fc.oneof(fc.constantFrom(...NASTY), pool.length ? fc.constantFrom(...pool) : fc.constant('x'));
  const edit = fc.tuple(fc.nat(), fc.constantFrom('drop', 'dup', 'swap', 'replace', 'insert'), replacement);
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    const t = tokens(line);
    for (const [at, op, word] of edits) {
      const i = at % Math.max(t.length, 1);
      if (op === 'drop' && t.length > 1) t.splice(i, 1);
      else if (op === 'dup') t.splice(i, 0, t[i] ?? word);
      else if (op === 'swap' && i + 1 < t.length) [t[i], t[i + 1]] = [t[i + 1], t[i]];
      else if (op === 'replace') t[i] = word;
      else t.splice(i, 0, word);
    }
    return t.join(' ');
  });
}

/** A text with 0–3 line-level edits (drop, duplicate, swap, or mutate one line). */
export function mutateText(text: string, pool: readonly string[]): fc.Arbitrary<string> {
  const lines = text.split('\n');
  if (lines.length === 0) return fc.constant(text);
  return fc.tuple(fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'dup', 'swap', 'line')), { maxLength: 3 }), fc.nat()).chain(([edits, which]) => {
    const out = [...lines];
    for (const [at, op] of edits) {
      const i = at % out.length;
      if (op === 'drop' && out.length > 1) out.splice(i, 1);
      else if (op === 'dup') out.splice(i, 0, out[i]);
      else if (op === 'swap' && i + 1 < out.length) [out[i], out[i + 1]] = [out[i + 1], out[i]];
    }
    const target = which % out.length;
    return mutateLine(out[target], pool).map((m) => [...out.slice(0, target), m, ...out.slice(target + 1)].join('\n'));
  });
}
