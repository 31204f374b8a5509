// Running a sed script over a stream of lines: substitution, the hold space, ranges, q.
import type { ProgramContext } from '../../../kernel/process.ts';
import { checkSignal } from '../util.ts';
import type { Addr, Command } from './script.ts';

/** Expands `&`, `\1`…`\9`, `\n` and escaped characters of a replacement; with `caseConv` (GNU), \U \L \u \l \E too. */
function expand(rep: string, m: RegExpExecArray, caseConv: boolean): string {
  let out = '';
  let mode: '' | 'U' | 'L' = '';
  let once: '' | 'u' | 'l' = '';
  const put = (text: string) => {
    if (!text) return;
    let t = mode === 'U' ? text.toUpperCase() : mode === 'L' ? text.toLowerCase() : text;
    if (once) {
      t = (once === 'u' ? t[0].toUpperCase() : t[0].toLowerCase()) + t.slice(1);
      once = '';
    }
    out += t;
  };
  for (let k = 0; k < rep.length; k++) {
    const c = rep[k];
    if (c === '&') put(m[0]);
    else if (c === '\\' && k + 1 < rep.length) {
      const n = rep[++k];
      if (/[0-9]/.test(n)) put(m[Number(n)] ?? '');
      else if (n === 'n') put('\n');
      else if (n === 't') put('\t');
      else if (caseConv && (n === 'U' || n === 'L')) [mode, once] = [n, ''];
      else if (caseConv && n === 'E') [mode, once] = ['', ''];
      else if (caseConv && (n === 'u' || n === 'l')) once = n;
      else put(n);
    } else put(c);
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
      out += line.slice(last, m.index) + expand(c.replacement!, m, c.caseConv === true);
      last = m.index + m[0].length;
      done = true;
    }
    if (m[0] === '') re.lastIndex++;
    if (!c.global && done) break;
    if (re.lastIndex > line.length) break;
  }
  return { text: done ? out + line.slice(last) : line, done };
}

/** The input as lines, and whether it ended with a newline. */
export interface Stream {
  lines: string[];
  finalNewline: boolean;
}

/** Runs the script over a stream of lines; returns the output text and whether `q` stopped it. */
export function run(ctx: ProgramContext, cmds: Command[], s: Stream, quiet: boolean): { text: string; quit: boolean } {
  let out = '';
  let hold = '';
  for (const c of cmds) c.inRange = false;
  const lastNo = s.lines.length;
  const matches = (a: Addr, no: number, line: string) => {
    if (a.kind === 'line') return a.n === no;
    if (a.kind === 'last') return no === lastNo;
    // GNU first~step: every step-th line from first (step 0 is the line itself).
    if (a.kind === 'step') return a.step > 0 ? no >= a.first && (no - a.first) % a.step === 0 : no === a.first;
    a.re.lastIndex = 0;
    return a.re.test(line);
  };
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

/** Splits text into a Stream. */
export function toStream(text: string): Stream {
  const finalNewline = text.endsWith('\n');
  const lines = text === '' ? [] : (finalNewline ? text.slice(0, -1) : text).split('\n');
  return { lines, finalNewline };
}

