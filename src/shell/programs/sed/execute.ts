// Running a sed script over a stream of lines: addresses and ranges, substitution, the hold space, the
// ends of a cycle (d, D's restart, q, n and N past the last line) and the append queue, each flavour's way.
import type { ProgramContext } from '../../../kernel/process.ts';
import { checkSignal, type Flavour } from '../util.ts';
import type { Addr, Command } from './script.ts';
import type { End, Stream } from './stream.ts';
import type { Output } from './output.ts';
import { listing } from './list.ts';

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

// Runs an s command over the pattern space; `done` says whether it replaced anything.
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

/** How a run goes: the flavour, -n, the line delimiter (GNU's -z makes it NUL) and the width of an `l` without its own. */
export interface RunOptions {
  flavour: Flavour;
  quiet: boolean;
  sep: string;
  width: number;
}

/** Runs the script over a stream of lines, writing to `out`; returns whether `q` stopped it. */
export function run(ctx: ProgramContext, cmds: Command[], s: Stream, o: RunOptions, out: Output): boolean {
  return new Machine(ctx, cmds, s, o, out).run();
}

// How a command leaves the cycle: on to the next command, to the cycle's end with its autoprint, to it
// without (d), back to the script's start on what D left, or out after this cycle (q).
type Flow = 'next' | 'end' | 'delete' | 'restart' | 'quit';

// One run's state. Each space keeps what ended its last line read: GNU's output_line puts back a missing
// delimiter only as the input lacked it, and the hold space carries its own through h, H, g, G and x;
// busybox's G and x make the pattern space's end a newline.
class Machine {
  private ps = '';
  private end: End = '';
  private hold = '';
  private holdEnd: End;
  /** The index of the line read last. */
  private k = -1;
  private appends: string[] = [];
  private readonly gnu: boolean;

  constructor(
    private readonly ctx: ProgramContext,
    private readonly cmds: Command[],
    private readonly s: Stream,
    private readonly o: RunOptions,
    private readonly out: Output,
  ) {
    this.gnu = o.flavour === 'gnu';
    this.holdEnd = o.sep;
  }

  // Each cycle: a line in, the script, the autoprint unless d or -n, then the a texts.
  run(): boolean {
    for (const c of this.cmds) c.inRange = false;
    while (!this.atEnd()) {
      checkSignal(this.ctx);
      this.read();
      const flow = this.cycle();
      if (flow !== 'delete' && !this.o.quiet) this.out.line(this.ps, this.end);
      this.flushAppends();
      if (flow === 'quit') return true;
    }
    return false;
  }

  // Whether the line read last is the last (`$`): no line is left to read.
  private atEnd(): boolean {
    return this.k + 1 >= this.s.lines.length;
  }

  // The next line into the pattern space.
  private read(): void {
    this.k++;
    this.ps = this.s.lines[this.k];
    this.end = this.s.ends[this.k];
  }

  // The a texts queued, written when the cycle ends or n or N reads a line.
  private flushAppends(): void {
    for (const text of this.appends) this.out.appended(text);
    this.appends = [];
  }

  // The script over the pattern space, `{` skipping to its `}` when its addresses do not select.
  private cycle(): Flow {
    for (let pc = 0; pc < this.cmds.length; pc++) {
      const c = this.cmds[pc];
      if (c.name === '}') continue;
      if (!this.selected(c)) {
        if (c.name === '{') pc = c.end!;
        continue;
      }
      const flow = this.execute(c);
      if (flow === 'restart') {
        checkSignal(this.ctx);
        pc = -1;
      } else if (flow !== 'next') return flow;
    }
    return 'end';
  }

  // Whether the command's addresses (and !) select the current line; a range opens and closes here.
  private selected(c: Command): boolean {
    const no = this.k + 1;
    let sel = true;
    if (c.a1 && !c.a2) sel = this.matches(c.a1);
    else if (c.a1 && c.a2) {
      if (!c.inRange) {
        sel = this.matches(c.a1);
        if (sel) c.inRange = !(c.a2.kind === 'line' && c.a2.n <= no);
      } else if (c.a2.kind === 'line' ? no >= c.a2.n : this.matches(c.a2)) c.inRange = false;
    }
    return c.negate ? !sel : sel;
  }

  // Whether one address matches the current line.
  private matches(a: Addr): boolean {
    const no = this.k + 1;
    if (a.kind === 'line') return a.n === no;
    if (a.kind === 'last') return this.atEnd();
    // GNU first~step: every step-th line from first (step 0 is the line itself).
    if (a.kind === 'step') return a.step > 0 ? no >= a.first && (no - a.first) % a.step === 0 : no === a.first;
    a.re.lastIndex = 0;
    return a.re.test(this.ps);
  }

  // One selected command.
  private execute(c: Command): Flow {
    const sep = this.o.sep;
    switch (c.name) {
      // busybox's p always ends the line with a newline.
      case 'p': this.out.line(this.ps, this.gnu ? this.end : '\n'); break;
      case 'd': return 'delete';
      case 'q': return 'quit';
      case '=': this.out.raw(`${this.k + 1}${sep}`); break;
      case 'l': if (this.gnu) this.out.raw(listing(this.ps, c.width ?? this.o.width, sep)); break;
      case 's': {
        const r = substitute(c, this.ps);
        this.ps = r.text;
        if (r.done && c.print) this.out.line(this.ps, this.end);
        break;
      }
      case 'y': {
        const from = [...c.from!];
        const to = [...c.to!];
        this.ps = [...this.ps].map((ch) => (from.includes(ch) ? to[from.indexOf(ch)] : ch)).join('');
        break;
      }
      case 'a': this.appends.push(c.text!); break;
      case 'i': this.out.line(c.text!, sep); break;
      case 'c':
        if (!c.a2 || !c.inRange) this.out.line(c.text!, sep);
        return 'delete';
      case 'n': return this.next();
      case 'N': return this.append();
      case 'P': return this.printFirst();
      case 'D': return this.deleteFirst();
      default: this.holdSpace(c.name);
    }
    return 'next';
  }

  // n: the pattern space out (unless -n), the next line in; past the last line the cycle ends there.
  private next(): Flow {
    if (!this.o.quiet) this.out.line(this.ps, this.end);
    if (this.atEnd()) return 'delete';
    this.flushAppends();
    this.read();
    return 'next';
  }

  // N: the next line after a delimiter; past the last line both seds print the pattern space and stop.
  private append(): Flow {
    if (this.atEnd()) return 'end';
    this.flushAppends();
    const ps = this.ps;
    this.read();
    this.ps = ps + this.o.sep + this.ps;
    return 'next';
  }

  // P: up to the first delimiter, ended with one; without a delimiter, as p.
  private printFirst(): Flow {
    const at = this.ps.indexOf(this.o.sep);
    if (at >= 0) this.out.line(this.ps.slice(0, at), this.o.sep);
    else this.out.line(this.ps, this.gnu ? this.end : '\n');
    return 'next';
  }

  // D: without a delimiter, d; else the text up to it goes and the script starts again, no line read.
  private deleteFirst(): Flow {
    const at = this.ps.indexOf(this.o.sep);
    if (at < 0) return 'delete';
    this.ps = this.ps.slice(at + 1);
    return 'restart';
  }

  // h H g G x: joined with the delimiter; GNU moves the spaces' ends with their text.
  private holdSpace(name: string): void {
    const sep = this.o.sep;
    if (name === 'h') [this.hold, this.holdEnd] = [this.ps, this.end];
    else if (name === 'H') [this.hold, this.holdEnd] = [this.hold + sep + this.ps, this.end];
    else if (name === 'g') [this.ps, this.end] = [this.hold, this.gnu ? this.holdEnd : this.end];
    else if (name === 'G') [this.ps, this.end] = [this.ps + sep + this.hold, this.gnu ? this.holdEnd : '\n'];
    else if (name === 'x') {
      [this.ps, this.hold] = [this.hold, this.ps];
      [this.end, this.holdEnd] = this.gnu ? [this.holdEnd, this.end] : ['\n', this.holdEnd];
    }
  }
}
