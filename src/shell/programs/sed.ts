// sed [-nEi] [-e SCRIPT]… [SCRIPT] [FILE]…: the stream editor's common commands (s d p q = y a i c { }),
// addresses (N, $, /re/, ranges, !) and in-place editing.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs, checkSignal, errCode, progName, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { posixToJs, RegexError } from './regex.ts';

type Addr = { kind: 'line'; n: number } | { kind: 'last' } | { kind: 're'; re: RegExp };

interface Command {
  a1?: Addr;
  a2?: Addr;
  negate: boolean;
  name: string;
  re?: RegExp;
  replacement?: string;
  global?: boolean;
  nth?: number;
  print?: boolean;
  text?: string;
  from?: string;
  to?: string;
  end?: number; // index of the matching `}` for `{`
  inRange?: boolean;
}

/** A script error: GNU reports the expression number and character, busybox a short message. */
class SedError extends Error {
  constructor(
    readonly gnu: string,
    readonly busybox: string,
    readonly at: number,
  ) {
    super(gnu);
  }
}

function compile(src: string, extended: boolean, icase: boolean): RegExp {
  try {
    return new RegExp(posixToJs(src, extended), icase ? 'gi' : 'g');
  } catch (e) {
    const msg = e instanceof RegexError ? e.message : 'Invalid regular expression';
    throw new SedError(msg, `bad regex '${src}': ${msg}`, -1);
  }
}

/** Reads a delimited piece starting after the delimiter at `i`; `\delim` becomes delim, a `\n` becomes a newline. */
function delimited(s: string, i: number, delim: string, isRegex: boolean): { text: string; next: number } | null {
  let out = '';
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\' && j + 1 < s.length) {
      const n = s[j + 1];
      if (n === delim) out += delim === '&' && !isRegex ? '\\&' : delim;
      else if (n === 'n' && isRegex) out += '\\n';
      else out += c + n;
      j++;
      continue;
    }
    if (c === '[' && isRegex) {
      const close = s.indexOf(']', j + (s[j + 1] === '^' ? 3 : 2));
      if (close > 0) {
        out += s.slice(j, close + 1);
        j = close;
        continue;
      }
    }
    if (c === delim) return { text: out, next: j + 1 };
    out += c;
  }
  return null;
}

function parse(script: string, extended: boolean): Command[] {
  const cmds: Command[] = [];
  const open: number[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < script.length && /[ \t]/.test(script[i])) i++;
  };
  const address = (): Addr | undefined => {
    const m = /^\d+/.exec(script.slice(i));
    if (m) {
      i += m[0].length;
      return { kind: 'line', n: Number(m[0]) };
    }
    if (script[i] === '$') {
      i++;
      return { kind: 'last' };
    }
    if (script[i] === '/' || script[i] === '\\') {
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
      return { kind: 're', re: compile(r.text, extended, icase) };
    }
    return undefined;
  };
  while (i < script.length) {
    while (i < script.length && /[\s;]/.test(script[i])) i++;
    if (i >= script.length) break;
    const c: Command = { negate: false, name: '' };
    c.a1 = address();
    if (c.a1 && script[i] === ',') {
      i++;
      c.a2 = address();
      if (!c.a2) throw new SedError('unexpected `,\'', 'unexpected \',\'', i);
    }
    skipSpace();
    while (script[i] === '!') {
      c.negate = true;
      i++;
      skipSpace();
    }
    const name = script[i++];
    if (name === undefined) throw new SedError('missing command', 'missing command', i);
    c.name = name;
    switch (name) {
      case '{':
        open.push(cmds.length);
        break;
      case '}':
        if (open.length === 0) throw new SedError('unexpected `}\'', "unexpected '}'", i);
        cmds[open.pop()!].end = cmds.length;
        break;
      case 'p': case 'd': case 'q': case '=': case 'n': case 'N': case 'P': case 'D': case 'h': case 'H': case 'g': case 'G': case 'x':
        break;
      case 's': {
        const delim = script[i];
        if (delim === undefined || delim === '\n' || delim === '\\') throw new SedError("unterminated `s' command", "unmatched 's'", i);
        const re = delimited(script, i + 1, delim, true);
        const rep = re && delimited(script, re.next, delim, false);
        if (!re || !rep) throw new SedError("unterminated `s' command", `unmatched '${delim}'`, script.length);
        i = rep.next;
        let icase = false;
        c.global = false;
        for (; i < script.length && !/[\s;}]/.test(script[i]); i++) {
          const f = script[i];
          if (f === 'g') c.global = true;
          else if (f === 'p') c.print = true;
          else if (f === 'i' || f === 'I') icase = true;
          else if (/\d/.test(f)) {
            const m = /^\d+/.exec(script.slice(i))![0];
            c.nth = Number(m);
            i += m.length - 1;
          } else throw new SedError("unknown option to `s'", 'bad option in substitution expression', i + 1);
        }
        c.re = compile(re.text, extended, icase);
        c.replacement = rep.text;
        break;
      }
      case 'y': {
        const delim = script[i];
        const a = delimited(script, i + 1, delim, false);
        const b = a && delimited(script, a.next, delim, false);
        if (!a || !b) throw new SedError("unterminated `y' command", `unmatched '${delim}'`, script.length);
        if ([...a.text].length !== [...b.text].length) throw new SedError("strings for `y' command are different lengths", 'strings for y must be the same length', b.next);
        c.from = a.text;
        c.to = b.text;
        i = b.next;
        break;
      }
      case 'a': case 'i': case 'c': {
        if (script[i] === '\\') i++;
        if (script[i] === '\n') i++;
        else skipSpace();
        const nl = script.indexOf('\n', i);
        c.text = script.slice(i, nl < 0 ? script.length : nl).replace(/\\(.)/g, '$1');
        i = nl < 0 ? script.length : nl;
        break;
      }
      default:
        throw new SedError(`unknown command: \`${name}'`, `unsupported command ${name}`, i);
    }
    cmds.push(c);
  }
  if (open.length) throw new SedError("unmatched `{'", "missing '}'", 0);
  return cmds;
}

/** Expands `&`, `\1`…`\9`, `\n` and escaped characters of a replacement. */
function expand(rep: string, m: RegExpExecArray): string {
  let out = '';
  for (let k = 0; k < rep.length; k++) {
    const c = rep[k];
    if (c === '&') out += m[0];
    else if (c === '\\' && k + 1 < rep.length) {
      const n = rep[++k];
      if (/[0-9]/.test(n)) out += m[Number(n)] ?? '';
      else if (n === 'n') out += '\n';
      else if (n === 't') out += '\t';
      else out += n;
    } else out += c;
  }
  return out;
}

function substitute(c: Command, line: string): { text: string; done: boolean } {
  const re = c.re!;
  re.lastIndex = 0;
  let out = '';
  let last = 0;
  let count = 0;
  let done = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    count++;
    const want = c.nth === undefined ? count === 1 || c.global : count === c.nth || (c.global && count > c.nth);
    if (want) {
      out += line.slice(last, m.index) + expand(c.replacement!, m);
      last = m.index + m[0].length;
      done = true;
    }
    if (m[0] === '') re.lastIndex++;
    if (!c.global && done) break;
    if (re.lastIndex > line.length) break;
  }
  return { text: done ? out + line.slice(last) : line, done };
}

interface Stream {
  lines: string[];
  finalNewline: boolean;
}

/** Runs the script over a stream of lines; returns the output text and whether `q` stopped it. */
function run(ctx: ProgramContext, cmds: Command[], s: Stream, quiet: boolean): { text: string; quit: boolean } {
  let out = '';
  let hold = '';
  for (const c of cmds) c.inRange = false;
  const lastNo = s.lines.length;
  const matches = (a: Addr, no: number, line: string) => (a.kind === 'line' ? a.n === no : a.kind === 'last' ? no === lastNo : ((a.re.lastIndex = 0), a.re.test(line)));
  for (let k = 0; k < s.lines.length; k++) {
    checkSignal(ctx);
    const no = k + 1;
    let ps = s.lines[k];
    let append = '';
    let deleted = false;
    let quit = false;
    const nl = (j: number) => (j < s.lines.length - 1 || s.finalNewline ? '\n' : '');
    for (let pc = 0; pc < cmds.length; pc++) {
      const c = cmds[pc];
      if (c.name === '}') continue;
      let sel = true;
      if (c.a1 && !c.a2) sel = matches(c.a1, no, ps);
      else if (c.a1 && c.a2) {
        if (!c.inRange) {
          if (matches(c.a1, no, ps)) {
            c.inRange = !(c.a2.kind === 'line' && c.a2.n <= no);
            sel = true;
          } else sel = false;
        } else {
          sel = true;
          if (c.a2.kind === 'line' ? no >= c.a2.n : matches(c.a2, no, ps)) c.inRange = false;
        }
      }
      if (c.negate) sel = !sel;
      if (!sel) {
        if (c.name === '{') pc = c.end!;
        continue;
      }
      switch (c.name) {
        case 'p': out += ps + '\n'; break;
        case 'd': deleted = true; break;
        case 'q': quit = true; break;
        case '=': out += `${no}\n`; break;
        case 's': {
          const r = substitute(c, ps);
          ps = r.text;
          if (r.done && c.print) out += ps + '\n';
          break;
        }
        case 'y': {
          const from = [...c.from!];
          const to = [...c.to!];
          ps = [...ps].map((ch) => (from.includes(ch) ? to[from.indexOf(ch)] : ch)).join('');
          break;
        }
        case 'a': append += c.text + '\n'; break;
        case 'i': out += c.text + '\n'; break;
        case 'c': if (!c.a2 || !c.inRange) out += c.text + '\n'; deleted = true; break;
        case 'h': hold = ps; break;
        case 'H': hold += '\n' + ps; break;
        case 'g': ps = hold; break;
        case 'G': ps += '\n' + hold; break;
        case 'x': [ps, hold] = [hold, ps]; break;
        case 'n':
          if (!quiet) out += ps + nl(k);
          if (k + 1 >= s.lines.length) {
            return { text: out + append, quit: true };
          }
          ps = s.lines[++k];
          break;
        case 'N':
          if (k + 1 >= s.lines.length) break;
          ps += '\n' + s.lines[++k];
          break;
        case 'P': out += ps.split('\n')[0] + '\n'; break;
        case 'D': deleted = true; break;
      }
      if (deleted || quit) break;
    }
    if (!deleted && !quiet) out += ps + nl(k);
    out += append;
    if (quit) return { text: out, quit: true };
  }
  return { text: out, quit: false };
}

function toStream(text: string): Stream {
  const finalNewline = text.endsWith('\n');
  const lines = text === '' ? [] : (finalNewline ? text.slice(0, -1) : text).split('\n');
  return { lines, finalNewline };
}

/** Makes `sed` (GNU `-e expression #1, char 5: …` or busybox's short messages). */
export function makeSed(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const args = ctx.argv.slice(1);
    const scripts: string[] = [];
    const files: string[] = [];
    let quiet = false;
    let extended = false;
    let inPlace: string | undefined;
    let separate = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--') {
        files.push(...args.slice(i + 1));
        break;
      }
      if (a === '--quiet' || a === '--silent') quiet = true;
      else if (a === '--regexp-extended') extended = true;
      else if (a.startsWith('--expression=')) scripts.push(a.slice(13));
      else if (a === '--in-place' || a.startsWith('--in-place=')) inPlace = a.slice(11);
      else if (a.startsWith('-') && a !== '-' && !a.startsWith('--')) {
        for (let j = 1; j < a.length; j++) {
          const c = a[j];
          if (c === 'n') quiet = true;
          else if (c === 'E' || c === 'r') extended = true;
          else if (c === 's') separate = true;
          else if (c === 'i') {
            inPlace = a.slice(j + 1);
            break;
          } else if (c === 'e') {
            const v = a.slice(j + 1) || args[++i];
            if (v === undefined) {
              ctx.stderr.write(flavour === 'gnu' ? `${name}: option requires an argument -- 'e'\nUsage: ${name} [OPTION]... {script-only-if-no-other-script} [input-file]...\n` : `${name}: option requires an argument -- 'e'\n`);
              return 1;
            }
            scripts.push(v);
            break;
          } else {
            ctx.stderr.write(flavour === 'gnu' ? `${name}: invalid option -- '${c}'\nUsage: ${name} [OPTION]... {script-only-if-no-other-script} [input-file]...\n` : `${name}: unrecognized option: ${c}\n`);
            return 1;
          }
        }
      } else files.push(a);
    }
    if (scripts.length === 0) {
      if (files.length === 0) {
        ctx.stderr.write(flavour === 'gnu' ? `Usage: ${name} [OPTION]... {script-only-if-no-other-script} [input-file]...\n` : `Usage: ${name} [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\n`);
        return 1;
      }
      scripts.push(files.shift()!);
    }
    let cmds: Command[] = [];
    for (let k = 0; k < scripts.length; k++) {
      try {
        cmds = cmds.concat(parse(scripts[k], extended));
      } catch (e) {
        if (!(e instanceof SedError)) throw e;
        const at = e.at < 0 ? scripts[k].length : e.at;
        ctx.stderr.write(flavour === 'gnu' ? `${name}: -e expression #${k + 1}, char ${at}: ${e.gnu}\n` : `${name}: ${e.busybox}\n`);
        return 1;
      }
    }
    let code = 0;
    const read = (f: string): string | null => {
      if (f === '-') return ctx.stdin;
      try {
        return decodeUtf8(ctx.fs.readFile(abs(ctx, f)));
      } catch (e) {
        const c = errCode(e);
        if (flavour === 'gnu') ctx.stderr.write(c === 'EISDIR' ? `${name}: couldn't edit ${f}: not a regular file\n` : `${name}: can't read ${f}: ${strerror(c)}\n`);
        else ctx.stderr.write(`${name}: ${f}: ${strerror(c)}\n`);
        code = flavour === 'gnu' ? 2 : 1;
        return null;
      }
    };
    if (inPlace !== undefined) {
      if (files.length === 0) {
        ctx.stderr.write(`${name}: no input files\n`);
        return flavour === 'gnu' ? 1 : 1;
      }
      for (const f of files) {
        const text = read(f);
        if (text === null) continue;
        const r = run(ctx, cmds, toStream(text), quiet);
        const p = abs(ctx, f);
        if (inPlace) ctx.fs.writeFile(p + inPlace, text);
        ctx.fs.writeFile(p, r.text);
      }
      return code;
    }
    const inputs = files.length ? files : ['-'];
    if (separate) {
      for (const f of inputs) {
        const text = read(f);
        if (text === null) continue;
        const r = run(ctx, cmds, toStream(text), quiet);
        ctx.stdout.write(r.text);
        if (r.quit) break;
      }
      return code;
    }
    let all = '';
    for (const f of inputs) {
      const text = read(f);
      if (text === null) continue;
      if (all !== '' && !all.endsWith('\n')) all += '\n';
      all += text;
    }
    ctx.stdout.write(run(ctx, cmds, toStream(all), quiet).text);
    return code;
  };
}
