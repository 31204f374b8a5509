// Running a sed script over a stream of lines: the commands, the hold space, jumps, the ends of a cycle
// (d, D's restart, q and Q, n and N past the last line) and the append queue (a, r, R), each flavour's way.
import type { ProgramContext } from '../../../kernel/process.ts';
import { checkSignal, type Flavour } from '../util.ts';
import type { Command } from './command.ts';
import type { End, Stream } from './stream.ts';
import type { Output } from './output.ts';
import type { SedFiles } from './files.ts';
import { listing } from './list.ts';
import { resetRange, selected } from './select.ts';
import { substitute } from './substitute.ts';
import { LAST_REGEX } from './regex-text.ts';
import { MAX_STRING_CHARS } from '../../limits.ts';

/** How a run goes: the flavour, -n, the line delimiter (GNU's -z makes it NUL) and the width of an `l` without its own. */
export interface RunOptions {
  flavour: Flavour;
  quiet: boolean;
  sep: string;
  width: number;
}

/** How a run ended: whether q or Q stopped it, with its exit status. */
export interface Ending {
  quit: boolean;
  status: number;
}

/** busybox's death in the middle of a run (a jump to no label, a `{` with no `}`): the output so far stands. */
export class SedDie extends Error {}

/** Steps a run may take before it is stopped: `:a;ba` loops for ever in the real seds too, and sed runs
 *  without a pause in which Ctrl-C could arrive (no line of the workbook may hang the page). Only a jump
 *  back (b, t, T, D's restart) can loop, so each is a step; an s or y is one more for each
 *  SPACE_CHARS_PER_STEP characters it works on, so a loop that grows the line (`:a;s/x/xx/;ta`,
 *  quadratic in the real seds) stops in about a second too. `:a;N;$!ba` over 1,000,000 lines fits. */
export const SED_STEP_BUDGET = 2_000_000;
const SPACE_CHARS_PER_STEP = 256;

/** The run took more than SED_STEP_BUDGET commands, or its pattern or hold space outgrew memory (`:a;s/x/xx/;ta`). */
export class SedStopped {
  constructor(readonly memory: boolean) {}
}

/** Runs the script over a stream of lines, writing to `out` and the script's files. */
export function run(ctx: ProgramContext, cmds: Command[], s: Stream, o: RunOptions, out: Output, files: SedFiles): Ending {
  return new Machine(ctx, cmds, s, o, out, files).run();
}

// How a command leaves the cycle: on to the next command, to the cycle's end with its autoprint, to it
// without (d), back to the script's start on what D left, or out after this cycle (q; Q without the
// autoprint and the append queue).
type Flow = 'next' | 'end' | 'delete' | 'restart' | 'quit' | 'exit';

// What the cycle's end writes after the pattern space: a text, or a file read then (GNU's r).
type Append = { text: string } | { file: string };

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
  private appends: Append[] = [];
  /** Whether an s replaced something since the last line read or t jump (GNU's n and N read; busybox's N does not count). */
  private replaced = false;
  private status = 0;
  private steps = 0;
  /** The regex used last, which an empty one stands for. */
  private lastRegex?: RegExp;
  private readonly gnu: boolean;

  constructor(
    private readonly ctx: ProgramContext,
    private readonly cmds: Command[],
    private readonly s: Stream,
    private readonly o: RunOptions,
    private readonly out: Output,
    private readonly files: SedFiles,
  ) {
    this.gnu = o.flavour === 'gnu';
    this.holdEnd = o.sep;
  }

  // Each cycle: a line in, the script, the autoprint unless d or -n, then the append queue.
  run(): Ending {
    for (const c of this.cmds) resetRange(c, this.gnu);
    while (!this.atEnd()) {
      checkSignal(this.ctx);
      this.read();
      const flow = this.cycle();
      if (flow === 'exit') return { quit: true, status: this.status };
      if (flow !== 'delete' && !this.o.quiet) this.out.line(this.ps, this.end);
      this.flushAppends();
      if (flow === 'quit') return { quit: true, status: this.status };
    }
    return { quit: false, status: 0 };
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
    this.replaced = false;
  }

  // The queue written when the cycle ends or n or N reads a line: GNU copies an r file as it is, busybox
  // read its lines when the r ran.
  private flushAppends(): void {
    for (const a of this.appends) {
      if ('text' in a) this.out.appended(a.text);
      else {
        const text = this.files.read(a.file);
        if (text) this.out.raw(text);
      }
    }
    this.appends = [];
  }

  // The script over the pattern space: `{` skips to its `}` when its addresses do not select, a jump goes
  // on from its label.
  private cycle(): Flow {
    for (let pc = 0; pc < this.cmds.length; pc++) {
      const c = this.cmds[pc];
      if (c.name === '}' || c.name === ':') continue;
      if ((c.a1 || c.negate) && !selected(c, { no: this.k + 1, last: this.atEnd(), ps: this.ps, gnu: this.gnu, regex: (re, end) => this.regex(re, end) })) {
        if (c.name !== '{') continue;
        if (c.end === undefined) throw new SedDie('unterminated {');
        pc = c.end;
        continue;
      }
      if ('btT'.includes(c.name)) {
        if (!this.jumps(c)) continue;
        if (c.label === undefined) return 'end';
        if (c.target === undefined) throw new SedDie(`can't find label for jump to '${c.label}'`);
        checkSignal(this.ctx);
        this.spend(1);
        pc = c.target;
        continue;
      }
      if (c.name === 's' || c.name === 'y') this.spend(Math.floor(this.ps.length / SPACE_CHARS_PER_STEP));
      const flow = this.execute(c);
      if (this.ps.length + this.hold.length > MAX_STRING_CHARS) throw new SedStopped(true);
      if (flow === 'restart') {
        checkSignal(this.ctx);
        this.spend(1);
        pc = -1;
      } else if (flow !== 'next') return flow;
    }
    return 'end';
  }

  // Counts steps against the budget (see SED_STEP_BUDGET).
  private spend(steps: number): void {
    this.steps += steps;
    if (this.steps > SED_STEP_BUDGET) throw new SedStopped(false);
  }

  // The regex to run for one written: an empty one is the last one used (busybox remembers no range's end).
  private regex(re: RegExp, end = false): RegExp {
    if (re !== LAST_REGEX) {
      if (this.gnu || !end) this.lastRegex = re;
      return re;
    }
    if (!this.lastRegex) throw new SedDie(this.gnu ? '-e expression #1, char 0: no previous regular expression' : 'no previous regexp');
    return this.lastRegex;
  }

  // Whether b, t or T jumps; t takes the flag down, and so does GNU's T when it does not jump.
  private jumps(c: Command): boolean {
    if (c.name === 'b') return true;
    const replaced = this.replaced;
    if (c.name === 't' || this.gnu) this.replaced = false;
    return c.name === 't' ? replaced : !replaced;
  }

  // One selected command.
  private execute(c: Command): Flow {
    const sep = this.o.sep;
    switch (c.name) {
      // busybox's p always ends the line with a newline.
      case 'p': this.out.line(this.ps, this.gnu ? this.end : '\n'); break;
      case 'd': return 'delete';
      case 'q':
      case 'Q':
        this.status = c.status ?? 0;
        return c.name === 'q' ? 'quit' : 'exit';
      case '=': this.out.raw(`${this.k + 1}${sep}`); break;
      case 'F': this.out.raw(`${this.s.names?.[this.k] ?? '-'}${sep}`); break;
      case 'z': this.ps = ''; break;
      case 'l': if (this.gnu) this.out.raw(listing(this.ps, c.width ?? this.o.width, sep)); break;
      case 's': this.substitute(c); break;
      case 'y': {
        const from = [...c.from!];
        const to = [...c.to!];
        this.ps = [...this.ps].map((ch) => (from.includes(ch) ? to[from.indexOf(ch)] : ch)).join('');
        break;
      }
      case 'a': this.appends.push({ text: c.text! }); break;
      case 'i': this.text(c.text!); break;
      case 'c':
        // A range's text comes out once, at its end; with `!` at every line.
        if (c.negate || !c.a2 || !c.inRange) this.text(c.text!);
        return 'delete';
      case 'r': this.readFile(c.file!); break;
      case 'R': {
        const line = this.files.nextLine(c.file!);
        if (line !== undefined) this.appends.push({ text: line });
        break;
      }
      case 'w': this.files.writer(c.file!).line(this.ps, this.end); break;
      case 'W': {
        const at = this.ps.indexOf(sep);
        this.files.writer(c.file!).line(at < 0 ? this.ps : this.ps.slice(0, at), at < 0 ? this.end : sep);
        break;
      }
      case 'n': return this.next();
      case 'N': return this.append();
      case 'P': return this.printFirst();
      case 'D': return this.deleteFirst();
      default: this.holdSpace(c.name);
    }
    return 'next';
  }

  // s, with its p and w flags.
  private substitute(c: Command): void {
    const r = substitute(c, this.regex(c.re!), this.ps);
    this.ps = r.text;
    if (!r.done) return;
    this.replaced = true;
    if (c.print) this.out.line(this.ps, this.end);
    if (c.file !== undefined) this.files.writer(c.file).line(this.ps, this.end);
  }

  // i, and c's text: GNU's ends with the delimiter (a NUL under -z), busybox's with a newline.
  private text(t: string): void {
    if (!this.gnu) this.out.appended(t);
    else if (t) this.out.line(t.slice(0, -1), this.o.sep);
  }

  // r: GNU reads the file when the cycle ends; busybox now, a line at a time.
  private readFile(name: string): void {
    if (this.gnu) this.appends.push({ file: name });
    else for (const line of this.files.lines(name)) this.appends.push({ text: line });
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
    const replaced = this.replaced;
    this.read();
    if (!this.gnu) this.replaced = replaced;
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
