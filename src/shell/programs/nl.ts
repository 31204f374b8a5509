// nl [FILE]…: the lines with numbers before them. The body's non-empty lines are numbered by default
// (-b a all, n none; GNU's -b pBRE those matching). GNU also reads logical pages — a line of just \:\:\:,
// \:\: or \: starts a header, body or footer, each with its own style (-h, -b, -f) and a numbering restart
// unless -p — and takes -n ln|rn|rz, -l, -d; busybox numbers every line as the body.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { busyboxUsage, parseFlags, progName, quote, readInputs, type Flavour } from './util.ts';
import { posixToJs } from './regex.ts';

/** Which lines a section numbers: all, non-empty, none, or those matching a regex. */
type Style = { kind: 'a' | 't' | 'n' } | { kind: 'p'; re: RegExp };

/** GNU's reading of a STYLE argument; an error message when it is refused. */
function gnuStyle(s: string, what: string, ctx: ProgramContext): Style | string {
  if (s === 'a' || s === 't' || s === 'n') return { kind: s };
  if (s.startsWith('p')) {
    try {
      return { kind: 'p', re: new RegExp(posixToJs(s.slice(1), false), 'u') };
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }
  return `invalid ${what} numbering style: ${quote(ctx, s)}`;
}

/** Makes `nl`; status 1 when a FILE cannot be read (the rest are still numbered). */
export function makeNl(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const gnu = flavour === 'gnu';
    const { flags, operands, values, bad } = parseFlags(
      ctx.argv.slice(1),
      gnu ? 'b:d:f:h:i:l:n:ps:v:w:' : 'b:i:s:v:w:',
      ctx,
      flavour,
      gnu ? ['body-numbering=:b', 'section-delimiter=:d', 'footer-numbering=:f', 'header-numbering=:h', 'line-increment=:i', 'join-blank-lines=:l', 'number-format=:n', 'no-renumber:p', 'number-separator=:s', 'starting-line-number=:v', 'number-width=:w'] : [],
    );
    if (bad) return gnu ? 1 : busyboxUsage(ctx, '[OPTIONS] [FILE]...');
    const value = (long: string, letter: string) => values.get(gnu ? long : letter);
    const refuse = (message: string) => {
      ctx.stderr.write(`${name}: ${message}\nTry '${name} --help' for more information.\n`);
      return 1;
    };
    // header, body, footer
    const styles: Style[] = [{ kind: 'n' }, { kind: 't' }, { kind: 'n' }];
    const given = [value('header-numbering', 'h'), value('body-numbering', 'b'), value('footer-numbering', 'f')];
    const names = ['header', 'body', 'footer'];
    for (let k = 0; k < 3; k++) {
      const s = given[k];
      if (s === undefined) continue;
      if (!gnu) {
        // busybox: a, t, and anything else numbers no line.
        styles[k] = { kind: s[0] === 'a' ? 'a' : s[0] === 't' ? 't' : 'n' };
        continue;
      }
      const style = gnuStyle(s, names[k], ctx);
      if (typeof style === 'string') return refuse(style);
      styles[k] = style;
    }
    const integer = (long: string, letter: string, what: string, fallback: number, min: number): number | string => {
      const s = value(long, letter);
      if (s === undefined) return fallback;
      const n = /^\s*[-+]?\d+$/.test(s) ? Number(s) : NaN;
      if (Number.isNaN(n)) return gnu ? `invalid ${what}: ${quote(ctx, s)}` : `invalid number '${s}'`;
      if (n < min) return gnu ? `invalid ${what}: ${quote(ctx, s)}: Numerical result out of range` : `number ${s} is not in ${min}..${Number.MAX_SAFE_INTEGER} range`;
      return n;
    };
    const increment = integer('line-increment', 'i', 'line number increment', 1, gnu ? -Infinity : 0);
    const start = integer('starting-line-number', 'v', 'starting line number', 1, -Infinity);
    const width = integer('number-width', 'w', 'line number field width', 6, gnu ? 1 : 0);
    const join = integer('join-blank-lines', 'l', 'line number of blank lines', 1, 1);
    for (const n of [increment, start, width, join]) {
      if (typeof n !== 'string') continue;
      ctx.stderr.write(`${name}: ${n}\n`);
      return 1;
    }
    const format = value('number-format', 'n') ?? 'rn';
    if (!['ln', 'rn', 'rz'].includes(format)) return refuse(`invalid line numbering format: ${quote(ctx, format)}`);
    const sep = value('number-separator', 's') ?? '\t';
    let delim = value('section-delimiter', 'd') ?? '\\:';
    if (delim.length === 1) delim += ':';
    const w = width as number;
    const number = (n: number): string => {
      if (format === 'ln') return String(n).padEnd(w);
      if (format === 'rz') return n < 0 ? '-' + String(-n).padStart(w - 1, '0') : String(n).padStart(w, '0');
      return String(n).padStart(w);
    };
    let line = start as number;
    let section = 1;
    let blanks = 0;
    let code = 0;
    let out = '';
    const inputs = readInputs(ctx, operands, (f, err) => {
      ctx.stderr.write(`${name}: ${f}: ${strerror(err)}\n`);
      code = 1;
    });
    for (const { text } of inputs) {
      const lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      for (const l of lines) {
        if (gnu && delim !== '') {
          const which = l === delim.repeat(3) ? 0 : l === delim.repeat(2) ? 1 : l === delim ? 2 : -1;
          if (which >= 0) {
            section = which;
            if (!flags.has('p')) line = start as number;
            out += '\n';
            continue;
          }
        }
        const style = styles[section];
        let numbered: boolean;
        if (style.kind === 'a') {
          // -l N: of a run of empty lines, only each Nth is numbered.
          if (l === '') numbered = ++blanks >= (join as number);
          else numbered = true;
          if (numbered) blanks = 0;
        } else numbered = style.kind === 't' ? l !== '' : style.kind === 'p' ? style.re.test(l) : false;
        if (l !== '' || style.kind !== 'a') blanks = 0;
        if (numbered) {
          out += number(line) + sep + l + '\n';
          line += increment as number;
        } else out += ' '.repeat(w + sep.length) + l + '\n';
      }
    }
    ctx.stdout.write(out);
    return code;
  };
}
