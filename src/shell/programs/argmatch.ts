// gnulib's argmatch, as coreutils checks an option's word (`ls --sort=WORD`): the word exactly or an
// unambiguous abbreviation; otherwise `invalid argument` / `ambiguous argument` and the valid words.
import type { ProgramContext } from '../../kernel/process.ts';
import { quote } from './util.ts';

/**
 * The value `arg` names among `choices` (word → value; words with one value are synonyms), or undefined
 * after printing argmatch's complaint with the list of valid words, or `valid` where the program words its own
 * (the caller adds the usage line).
 */
export function argmatch<T>(ctx: ProgramContext, arg: string, option: string, choices: [string, T][], valid?: string): T | undefined {
  const exact = choices.find(([w]) => w === arg);
  if (exact) return exact[1];
  const cands = choices.filter(([w]) => w.startsWith(arg));
  if (cands.length > 0 && cands.every(([, v]) => v === cands[0][1])) return cands[0][1];
  let list = '';
  choices.forEach(([w, v], k) => {
    list += k > 0 && choices[k - 1][1] === v ? `, ${quote(ctx, w)}` : `${k > 0 ? '\n' : ''}  - ${quote(ctx, w)}`;
  });
  const what = cands.length ? 'ambiguous' : 'invalid';
  ctx.stderr.write(`${ctx.argv[0]}: ${what} argument ${quote(ctx, arg)} for ${quote(ctx, option)}\nValid arguments are:\n${valid ?? list + '\n'}`);
  return undefined;
}
