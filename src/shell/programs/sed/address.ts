// Reading a line address: N, $, /re/ or \cREc (with GNU's I), GNU's first~step, and after a comma GNU's and
// busybox's +N (N lines more) and GNU's ~N (up to the next line number that is a multiple of N).
import { gnuRegexEscapes } from './escapes.ts';
import { compileRegex, delimited } from './regex-text.ts';
import { SedError, type Addr } from './command.ts';

/** Reads an address at `i` (`second` after a comma); returns it and where it ends, or undefined if there is none. */
export function readAddress(script: string, i: number, extended: boolean, gnu: boolean, second: boolean): { addr: Addr; next: number } | undefined {
  const rest = script.slice(i);
  const relative = second ? (gnu ? /^([+~])(\d+)/ : /^(\+)(\d+)/).exec(rest) : null;
  if (relative) return { addr: { kind: relative[1] === '+' ? 'plus' : 'multiple', n: Number(relative[2]) }, next: i + relative[0].length };
  const step = gnu ? /^(\d+)~(\d+)/.exec(rest) : null;
  if (step) return { addr: { kind: 'step', first: Number(step[1]), step: Number(step[2]) }, next: i + step[0].length };
  const m = /^\d+/.exec(rest);
  if (m) return { addr: { kind: 'line', n: Number(m[0]) }, next: i + m[0].length };
  if (script[i] === '$') return { addr: { kind: 'last' }, next: i + 1 };
  if (script[i] !== '/' && script[i] !== '\\') return undefined;
  const delim = script[i] === '\\' ? script[i + 1] : '/';
  i += script[i] === '\\' ? 2 : 1;
  const r = delimited(script, i, delim, true);
  if (!r) throw new SedError('unterminated address regex', `unmatched '${delim}'`, script.length);
  i = r.next;
  let icase = false;
  if (script[i] === 'I') {
    icase = true;
    i++;
  }
  return { addr: { kind: 're', re: compileRegex(gnu ? gnuRegexEscapes(r.text) : r.text, extended, icase) }, next: i };
}
