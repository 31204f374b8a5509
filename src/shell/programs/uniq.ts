// uniq [-cdDuiz] [-f N] [-s N] [-w N] [INPUT [OUTPUT]]: collapses adjacent equal lines, with counts (-c),
// only repeated (-d, GNU's -D all of them) or unique (-u), comparing part of each line (-f, -s, -w).
import type { Program } from '../../kernel/process.ts';
import { abs, errCode, progName, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { uniqOptions } from './uniq-options.ts';
import { keyOf, printRuns } from './uniq-runs.ts';

/** The lines of `text` ended by `end` (a missing last one still ends a line). */
function linesOf(text: string, end: string | RegExp): string[] {
  if (text === '') return [];
  const lines = text.split(end);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Makes `uniq`; `-c` counts are right-aligned in 7 columns, as both tools print them. */
export function makeUniq(flavour: Flavour): Program {
  return (ctx) => {
    const o = uniqOptions(ctx, flavour);
    if (typeof o === 'number') return o;
    const name = progName(ctx, flavour);
    let text = ctx.stdin;
    const input = o.input;
    if (input !== undefined && input !== '-') {
      try {
        text = decodeUtf8(ctx.fs.readFile(abs(ctx, input)));
      } catch (e) {
        const c = strerror(errCode(e));
        ctx.stderr.write(flavour === 'gnu' ? `${name}: ${input}: ${c}\n` : `${name}: can't open '${input}': ${c}\n`);
        return 1;
      }
    }
    // GNU reads lines ended by the newline, or with -z by NUL; busybox's line reader stops at either,
    // and its -z only ends the lines it prints with NUL.
    const lines = linesOf(text, flavour === 'busybox' ? /[\n\0]/ : o.zero ? '\0' : '\n');
    const out = printRuns(lines, lines.map((l) => keyOf(l, o, flavour)), o);
    // An OUTPUT of `-` is standard output, as for both tools.
    if (o.output !== undefined && o.output !== '-') ctx.fs.writeFile(abs(ctx, o.output), out);
    else ctx.stdout.write(out);
    return 0;
  };
}
