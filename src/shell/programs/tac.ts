// tac [FILE]…: each FILE's records (lines) last first. GNU takes another separator (-s), which it may put
// before its record (-b); busybox has no options.
import type { Program } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { parseFlags, progName, quote, readInputs, busyboxUsage, type Flavour } from './util.ts';

/** The records of `text`, each with its separator after it (or before it, `before`); the first (last) may lack one. */
function records(text: string, sep: string, before: boolean): string[] {
  const cuts: number[] = [];
  for (let at = text.indexOf(sep); at >= 0; at = text.indexOf(sep, at + sep.length)) cuts.push(before ? at : at + sep.length);
  const out: string[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    if (cut > start) out.push(text.slice(start, cut));
    start = cut;
  }
  return out;
}

/** Makes `tac`; status 1 when a FILE cannot be read (the rest are still printed). */
export function makeTac(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const { flags, operands, values, bad } = parseFlags(ctx.argv.slice(1), flavour === 'gnu' ? 'bs:' : '', ctx, flavour, flavour === 'gnu' ? ['before:b', 'regex:r', 'separator=:s'] : []);
    if (bad) return flavour === 'busybox' ? busyboxUsage(ctx, '[FILE]...') : 1;
    // An empty separator is GNU's NUL.
    const sep = flags.has('s') ? values.get('separator') || '\0' : '\n';
    let code = 0;
    let stdinRead = false;
    const inputs = readInputs(ctx, operands, (f, err) => {
      code = 1;
      if (flavour === 'busybox') ctx.stderr.write(`${name}: ${f}: ${strerror(err)}\n`);
      // quotef: a name quoted only where the shell would need it.
      else if (err === 'EISDIR') ctx.stderr.write(`${name}: ${/^[\w.\/+,:@%=-]+$/.test(f) ? f : quote(ctx, f)}: read error: ${strerror('EINVAL')}\n`);
      else ctx.stderr.write(`${name}: failed to open ${quote(ctx, f)} for reading: ${strerror(err)}\n`);
    });
    for (const { name: f, text } of inputs) {
      // stdin is read once: a second `-` finds it at its end.
      const input = f === '-' && stdinRead ? '' : text;
      if (f === '-') stdinRead = true;
      ctx.stdout.write(records(input, sep, flags.has('b')).reverse().join(''));
    }
    return code;
  };
}
