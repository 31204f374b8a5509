// busybox xargs's reading and command building (findutils/xargs.c), byte for byte: each command line is
// read into a buffer of -s's size less the command's, a word taking its bytes and a NUL. A full buffer,
// or -n words, ends the line; the word cut off there starts the next one (copied as a C string, so a NUL
// read into it ends it), and one that fits no empty buffer is "argument line too long". An error dies at
// once, the words read for the line being built never run. -x is taken and has no effect, as in busybox.
import { decodeUtf8, encodeUtf8 } from '../../vfs/utf8.ts';
import { byteLength, XargsExit } from './xargs-common.ts';
import { busyboxNumber, type XargsOptions } from './xargs-options.ts';
import type { RunCommand } from './xargs-gnu.ts';

// In the C locale isspace() is space and \t \n \v \f \r (9 to 13), all of them separators here.
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

// The buffer without -s: ARG_MAX capped at 32 KiB, less POSIX's 2048 bytes of headroom.
const DEFAULT_CHARS = 32 * 1024 - 2048;
const INT_MAX = 2147483647;

/** The input as busybox reads it, a byte at a time (getchar), with the quoting kept from one command line to the next. */
class Input {
  private pos = 0;
  quote = 0;
  backslash = false;
  constructor(private readonly bytes: Uint8Array) {}
  /** The next byte, or -1 at the end. */
  getc(): number {
    return this.pos < this.bytes.length ? this.bytes[this.pos++] : -1;
  }
  /** Reads to the end, as busybox does on meeting the -E word. */
  drain(): void {
    this.pos = this.bytes.length;
  }
}

/** One command line's worth read: its arguments, and the bytes of the word the full buffer cut off. */
interface Read {
  args: number[][];
  rem: number[];
}

/** Bytes up to the first NUL, as strcpy copies them. */
const cBytes = (b: number[]) => (b.includes(0) ? b.slice(0, b.indexOf(0)) : b);
const text = (b: number[]) => decodeUtf8(Uint8Array.from(cBytes(b)));

/** Builds and runs busybox's command lines from `input`. */
export async function runBusybox(o: XargsOptions, input: string, run: RunCommand): Promise<void> {
  const number = (s: string) => {
    const n = busyboxNumber(s, 1, INT_MAX);
    if (typeof n === 'string') throw new XargsExit(n);
    return n;
  };
  let room = o.busyboxChars !== undefined ? number(o.busyboxChars) : DEFAULT_CHARS;
  room -= o.command.reduce((n, a) => n + byteLength(a) + 1, 0);
  if (room <= 0) throw new XargsExit("can't fit single argument within argument list size limit");
  const maxArgs = o.busyboxArgs !== undefined ? number(o.busyboxArgs) : room;
  const reader = new Input(encodeUtf8(input));
  const eof = o.eof !== undefined ? [...encodeUtf8(o.eof)] : undefined;
  const read = (seed: number[]): Read => {
    if (o.replace !== undefined) return readLine(reader, room, o.delimiter === '\0' ? 0 : 10);
    return o.delimiter !== undefined ? readItems(reader, room, maxArgs, seed) : readWords(reader, room, maxArgs, seed, eof);
  };
  // -I implies -r; otherwise the command runs once even for no input.
  let noEmpty = o.noRun || o.replace !== undefined;
  let seed: number[] = [];
  for (;;) {
    const { args, rem } = read(seed);
    if (args.length === 0) {
      if (cBytes(rem).length > 0) throw new XargsExit('argument line too long');
      if (noEmpty) return;
    }
    noEmpty = true;
    // -I replaces the string in every word, the command's name too.
    const line = args.length > 0 ? text(args[0]) : '';
    await run(o.replace !== undefined ? o.command.map((w) => w.split(o.replace!).join(line)) : [...o.command, ...args.map(text)]);
    seed = cBytes(rem);
  }
}

/** process_stdin: white space separates words, quotes (across newlines) and backslashes group; a word of quotes alone is none. */
function readWords(input: Input, room: number, maxArgs: number, seed: number[], eof: number[] | undefined): Read {
  const buf = [...seed];
  const args: number[][] = [];
  let start = 0;
  for (;;) {
    const c = input.getc();
    let close = false;
    if (c < 0) {
      if (buf.length === start) break;
      close = true;
    } else if (input.backslash) {
      input.backslash = false;
      buf.push(c);
    } else if (input.quote) {
      if (c !== input.quote) buf.push(c);
      else input.quote = 0;
    } else if (isSpace(c)) close = buf.length > start;
    else if (c === 0x5c) input.backslash = true;
    else if (c === 0x27 || c === 0x22) input.quote = c;
    else buf.push(c);
    if (close) {
      if (input.quote) throw new XargsExit(`unmatched ${input.quote === 0x27 ? 'single' : 'double'} quote`);
      input.backslash = false;
      const word = buf.slice(start);
      buf.push(0);
      if (eof !== undefined && cBytes(word).join() === eof.join()) {
        input.drain();
        buf.length = start;
        break;
      }
      args.push(word);
      start = buf.length;
      if (args.length === maxArgs) break;
    }
    if (buf.length === room) break;
  }
  return { args, rem: buf.slice(start) };
}

/** process0_stdin: each NUL ends an item, an empty one too; a last item needs none. */
function readItems(input: Input, room: number, maxArgs: number, seed: number[]): Read {
  const buf = [...seed];
  const args: number[][] = [];
  let start = 0;
  for (;;) {
    let c = input.getc();
    if (c < 0) {
      if (buf.length === start) break;
      c = 0;
    }
    buf.push(c);
    if (c === 0) {
      args.push(buf.slice(start, -1));
      start = buf.length;
      if (args.length === maxArgs) break;
    }
    if (buf.length === room) break;
  }
  return { args, rem: buf.slice(start) };
}

/** process_stdin_with_replace: a line (NUL-ended with -0) without its leading white space; a NUL read ends it too, empty lines are skipped. */
function readLine(input: Input, room: number, eol: number): Read {
  const buf: number[] = [];
  for (;;) {
    let c = input.getc();
    if (buf.length === 0 && (c < 0 || c === eol || isSpace(c))) {
      if (c < 0) break;
      continue;
    }
    if (c < 0 || c === eol) c = 0;
    buf.push(c);
    if (c === 0) return { args: [buf.slice(0, -1)], rem: [] };
    if (buf.length === room) break;
  }
  return { args: [], rem: buf };
}
