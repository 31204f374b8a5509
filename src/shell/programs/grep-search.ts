// One grep run's search, source after source: selected lines with their heads (name, line number, byte
// offset, -T's alignment, -Z's NUL), context and `--` between groups, -o's parts, -c/-l/-L's summaries,
// GNU's binary files, and what the exit status will say.
import type { ProgramContext } from '../../kernel/process.ts';
import type { Flavour } from './util.ts';
import { encodeUtf8 } from '../../vfs/utf8.ts';
import type { GrepOptions } from './grep-options.ts';
import type { Source } from './grep-inputs.ts';

// -T aligns numbers to the digits of the file's size (line numbers count from 1, so one more with -n); a pipe
// has no size, and GNU takes INTMAX_MAX's 19 digits.
const PIPE_WIDTH = 19;

/** The search: `file` each source in turn, then write `out` and exit with `status()`. */
export class Search {
  /** The output so far. */
  out = '';
  private matched = false;
  // busybox -L: a file listed is the "match" its exit status counts, a file with a selected line is not.
  private listed = false;
  private error = false;
  // Whether any line was printed with context on (a later group then starts with `--`).
  private printedAny = false;
  private readonly flags: Set<string>;
  private readonly eol: string;
  private readonly showContext: boolean;

  constructor(
    private readonly ctx: ProgramContext,
    private readonly flavour: Flavour,
    private readonly name: string,
    private readonly o: GrepOptions,
    private readonly re: RegExp,
    private readonly invert: boolean,
    private readonly prefix: boolean,
  ) {
    this.flags = o.flags;
    this.eol = o.flags.has('z') ? '\0' : '\n';
    // GNU prints no context with -o; busybox does.
    this.showContext = (o.context.after > 0 || o.context.before > 0) && !(flavour === 'gnu' && o.flags.has('o'));
  }

  /** Searches one source; true when -q has its match and grep is done. */
  file(s: Source): boolean {
    const { flags, eol, re } = this;
    const max = this.o.context.max;
    if (s.error !== undefined) {
      this.error = true;
      if (!flags.has('s')) this.ctx.stderr.write(`${this.name}: ${s.label}: ${s.error}\n`);
      if (!s.readFailed) return false;
    }
    // GNU's binary files: -I takes them for files without a match; otherwise they print no lines, a match
    // stops the search and is told on stderr (-c still counts them all), and each NUL ends a line.
    const binary = this.flavour === 'gnu' && s.binary && this.o.binaryFiles !== 'text' && !flags.has('z');
    const silent = binary && !['c', 'l', 'L', 'q'].some((c) => flags.has(c));
    const lines = s.text === '' || (binary && this.o.binaryFiles === 'without-match') ? [] : s.text.replace(eol === '\n' ? /\n$/ : /\0$/, '').split(binary ? /[\n\0]/ : eol);
    const head = this.lineHead(s, lines);
    let n = 0;
    let lastShown = -1;
    let after = 0;
    // `--` before a line that does not follow the last one shown (in this file or after another file's).
    const gap = (k: number) => {
      if (this.printedAny && (lastShown < 0 || k > lastShown + 1)) this.out += '--\n';
    };
    const contextLine = (k: number) => {
      gap(k);
      this.out += head('-', k, lines[k]) + lines[k] + eol;
      lastShown = k;
      this.printedAny = true;
    };
    for (let k = 0; k < lines.length; k++) {
      // busybox stops at the m-th match; GNU still prints the context after it.
      if (n >= max && (this.flavour !== 'gnu' || after === 0)) break;
      re.lastIndex = 0;
      if (!(n < max && re.test(lines[k]) !== this.invert)) {
        if (after > 0) {
          contextLine(k);
          after--;
        }
        continue;
      }
      n++;
      this.matched = true;
      if (flags.has('q')) return true;
      if (silent) break;
      if (flags.has('l') || flags.has('c') || flags.has('L')) continue;
      if (this.showContext) {
        for (let j = Math.max(k - this.o.context.before, lastShown + 1); j < k; j++) contextLine(j);
        gap(k);
        lastShown = k;
        this.printedAny = true;
        after = this.o.context.after;
      }
      if (flags.has('o') && !flags.has('v')) {
        re.lastIndex = 0;
        for (const m of lines[k].matchAll(re)) if (m[0] !== '') this.out += head(':', k, m[0], lines[k].slice(0, m.index)) + m[0] + eol;
      } else if (!flags.has('o')) this.out += head(':', k, lines[k]) + lines[k] + eol;
    }
    if (silent && n > 0) {
      this.ctx.stdout.write(this.out);
      this.out = '';
      this.ctx.stderr.write(`${this.name}: ${s.label}: binary file matches\n`);
    }
    this.summary(s, n);
    return false;
  }

  /** The exit status: 2 after an error (unless -q found its match), else 0 for a match and 1 for none. */
  status(): number {
    if (this.error && !(this.flags.has('q') && this.matched)) return 2;
    return (this.flavour === 'busybox' && this.flags.has('L') ? this.listed : this.matched) ? 0 : 1;
  }

  // What -l, -L and -c print once a file is searched: its name (ended by NUL under -Z), or its count.
  private summary(s: Source, n: number): void {
    const { flags } = this;
    const nameEnd = flags.has('Z') ? '\0' : '\n';
    if (flags.has('l') && n > 0) this.out += s.label + nameEnd;
    else if (flags.has('L') && n === 0) {
      this.out += s.label + nameEnd;
      this.listed = true;
    } else if (flags.has('c') && !flags.has('l') && !flags.has('L')) this.out += (this.prefix ? s.label + (flags.has('Z') ? '\0' : ':') : '') + n + '\n';
  }

  // How a printed line (or -o part, `before` it in its line) starts: the file name, line number and byte offset
  // asked for, each followed by `sep` (the name by NUL under -Z); -T pads the numbers and puts a tab before text.
  private lineHead(s: Source, lines: string[]): (sep: string, k: number, text: string, before?: string) => string {
    const { flags } = this;
    const width = !flags.has('T') ? 0 : s.size === undefined ? PIPE_WIDTH : String(s.size + (flags.has('n') ? 1 : 0)).length;
    const offsets = flags.has('b') ? byteOffsets(lines) : [];
    return (sep, k, text, before = '') => {
      let h = this.prefix ? s.label + (flags.has('Z') ? '\0' : sep) : '';
      if (flags.has('n')) h += String(k + 1).padStart(width) + sep;
      if (flags.has('b')) h += String(offsets[k] + encodeUtf8(before).length).padStart(width) + sep;
      return flags.has('T') && h !== '' && text !== '' ? h + '\t' : h;
    };
  }
}

// Each line's byte offset in its input (each line ended by one byte).
function byteOffsets(lines: string[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    offsets.push(at);
    at += encodeUtf8(line).length + 1;
  }
  return offsets;
}
