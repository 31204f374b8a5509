// dd [OPERAND]…: copies blocks from if= (stdin) to of= (stdout) — bs/ibs/obs, count, skip, seek,
// conv=notrunc/ucase/lcase/swab/sync, iflag/oflag *_bytes, status= — with the records lines on stderr
// (GNU adds the transfer line, see dd-stats.ts; Alpine's busybox is built without it). The container's
// disk is modelled as DISK_BYTES free: an endless source with no count= fills it as a real one fills the disk.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { DEVICES, MAX_DEVICE_READ, isEndlessDevice } from './system/devices.ts';
import { parseDdOperands, type DdOperands } from './dd-operands.ts';
import { COPY_SPEED, gnuTransferLine, recordsLines, type DdRecords } from './dd-stats.ts';
import { writeBytes } from './bytes-input.ts';
import { encodeUtf8 } from '../../vfs/utf8.ts';
import { abs, checkSignal, quote, type Flavour } from './util.ts';

/** The free space a container's dd can fill (writes past it fail with ENOSPC). */
export const DISK_BYTES = 256 << 20;

/** What an endless source with no count= writes into a pipe before the reader has had enough. */
const PIPE_BLOCK = 1 << 16;

/** The input after skip=, up to count=: `length` bytes, of which `data` holds what the sink keeps (a device sink counts only). */
interface Source {
  data: Uint8Array;
  length: number;
  speed: number;
  /** An endless device read with no count=. */
  endless: boolean;
}

/** Where the output goes: a regular file (or a new one), a device such as /dev/null, or stdout. */
type Sink = 'file' | 'device' | 'stdout';

function readSource(ctx: ProgramContext, o: DdOperands, flavour: Flavour, sink: Sink, room: number): Source {
  const skip = o.iflag.has('skip_bytes') ? o.skip : o.skip * o.ibs;
  const want = o.count === undefined ? undefined : o.iflag.has('count_bytes') ? o.count : o.count * o.ibs;
  if (o.input === undefined) return whole(slice(encodeUtf8(ctx.stdin), skip, want));
  const p = abs(ctx, o.input);
  const node = ctx.fs.stat(p);
  if (node.type === 'dir') throw Object.assign(new Error('EISDIR'), { fsCode: 'EISDIR' });
  const device = node.type === 'file' ? node.device : undefined;
  if (!isEndlessDevice(device)) {
    const data = ctx.fs.readFile(p);
    // GNU says so when skip= goes past the end of a file (and copies nothing); busybox copies nothing quietly.
    if (skip > data.length && flavour === 'gnu') ctx.stderr.write(`dd: ${o.input}: cannot skip to specified offset\n`);
    return whole(slice(data, skip, want));
  }
  const zeros = Object.values(DEVICES).some((d) => d.read === 'zeros' && d.major === device?.major && d.minor === device?.minor);
  const speed = zeros ? COPY_SPEED.zeros : COPY_SPEED.random;
  // A file fills the disk; stdout gets what one read of the device gives; a device sink keeps nothing.
  const length = sink === 'file' ? Math.min(want ?? room, room) : want ?? 0;
  // With no count=, stdout (a pipe) gets one block: the reader takes what it needs.
  const kept = sink === 'file' ? length : sink === 'stdout' ? (want === undefined ? PIPE_BLOCK : Math.min(length, MAX_DEVICE_READ)) : 0;
  const data = new Uint8Array(kept);
  if (!zeros) {
    // The random stream goes on where the last read ended, so skipped bytes are read and dropped.
    for (let left = skip; left > 0; left -= MAX_DEVICE_READ) ctx.fs.readFile(p, { want: Math.min(left, MAX_DEVICE_READ) });
    for (let at = 0; at < kept; at += MAX_DEVICE_READ) data.set(ctx.fs.readFile(p, { want: Math.min(kept - at, MAX_DEVICE_READ) }), at);
  }
  return { data, length, speed, endless: want === undefined && sink !== 'file' };
}

const whole = (data: Uint8Array): Source => ({ data, length: data.length, speed: COPY_SPEED.file, endless: false });

const slice = (b: Uint8Array, skip: number, want: number | undefined) => b.subarray(Math.min(skip, b.length), want === undefined ? b.length : Math.min(b.length, skip + want));

/** Applies conv=sync (pads the last input block with zeros), swab, ucase and lcase to the bytes read. */
function convert(data: Uint8Array, o: DdOperands): Uint8Array {
  let out = data;
  if (o.conv.has('sync') && data.length % o.ibs) {
    out = new Uint8Array(Math.ceil(data.length / o.ibs) * o.ibs);
    out.set(data);
  }
  if (!o.conv.has('swab') && !o.conv.has('ucase') && !o.conv.has('lcase')) return out;
  if (out === data) out = data.slice();
  if (o.conv.has('swab')) for (let b = 0; b < out.length; b += o.ibs) for (let i = b; i + 1 < Math.min(out.length, b + o.ibs); i += 2) [out[i], out[i + 1]] = [out[i + 1], out[i]];
  for (let i = 0; i < out.length; i++) {
    if (o.conv.has('ucase') && out[i] >= 0x61 && out[i] <= 0x7a) out[i] -= 32;
    else if (o.conv.has('lcase') && out[i] >= 0x41 && out[i] <= 0x5a) out[i] += 32;
  }
  return out;
}

/** The records of copying `length` input bytes of which `written` reached the output (less when the disk filled). */
function countRecords(o: DdOperands, length: number, written: number): DdRecords {
  const outLength = o.conv.has('sync') ? Math.ceil(length / o.ibs) * o.ibs : length;
  if (written < outLength) {
    // The block that could not be written was read: one more record in than out.
    const fullOut = Math.floor(written / o.obs);
    return { fullIn: Math.floor(written / o.ibs) + 1, partialIn: 0, fullOut, partialOut: written % o.obs ? 1 : 0 };
  }
  const fullIn = Math.floor(length / o.ibs);
  const partialIn = length % o.ibs ? 1 : 0;
  // bs= writes each block as read; separate ibs/obs reblock the output.
  if (o.bs) return { fullIn, partialIn, fullOut: o.conv.has('sync') ? fullIn + partialIn : fullIn, partialOut: o.conv.has('sync') ? 0 : partialIn };
  return { fullIn, partialIn, fullOut: Math.floor(outLength / o.obs), partialOut: outLength % o.obs ? 1 : 0 };
}

/** Writes `bytes` into the file at `seek` bytes (zero-filled up to it); notrunc keeps what lies beyond. */
function writeOutput(ctx: ProgramContext, path: string, bytes: Uint8Array, seek: number, o: DdOperands): void {
  const p = abs(ctx, path);
  let old: Uint8Array = new Uint8Array();
  if (ctx.fs.exists(p)) {
    if (o.conv.has('excl')) throw Object.assign(new Error('EEXIST'), { fsCode: 'EEXIST' });
    if (ctx.fs.stat(p).type === 'dir') throw Object.assign(new Error('EISDIR'), { fsCode: 'EISDIR' });
    old = ctx.fs.readFile(p);
  } else if (o.conv.has('nocreat')) throw Object.assign(new Error('ENOENT'), { fsCode: 'ENOENT' });
  const at = o.oflag.has('append') ? old.length : seek;
  const keep = o.conv.has('notrunc') || o.oflag.has('append') ? old.length : Math.min(old.length, at);
  const out = new Uint8Array(Math.max(keep, at + bytes.length));
  out.set(old.subarray(0, keep));
  out.set(bytes, at);
  ctx.fs.writeFile(p, out);
}

/** Makes `dd`; busybox's usage errors print the recorded usage through `showUsage`. */
export function makeDd(flavour: Flavour, showUsage: Program): Program {
  return async (ctx) => {
    const gnu = flavour === 'gnu';
    const parsed = parseDdOperands(ctx.argv.slice(1), flavour, (s) => quote(ctx, s));
    if ('usage' in parsed) return showUsage({ ...ctx, argv: ['dd', ...ctx.argv.slice(1)] });
    if ('message' in parsed) {
      ctx.stderr.write(`dd: ${parsed.message}\n${parsed.tryHelp ? "Try 'dd --help' for more information.\n" : ''}`);
      return 1;
    }
    const o = parsed;
    const q = (s: string) => (gnu ? quote(ctx, s) : `'${s}'`);
    const seek = o.oflag.has('seek_bytes') ? o.seek : o.seek * o.obs;
    const report = (r: DdRecords, bytes: number, speed: number) => {
      if (o.status === 'none') return;
      ctx.stderr.write(recordsLines(r) + (gnu && o.status !== 'noxfer' ? gnuTransferLine(bytes, speed) : ''));
    };
    const failed = (e: unknown, opening: string | undefined) => {
      const code = e instanceof Error && 'fsCode' in e ? String(e.fsCode) : errorCode(e);
      if (opening === o.input && code === 'EISDIR') {
        // GNU opens a directory and fails at the first read; busybox names it bare.
        ctx.stderr.write(gnu ? `dd: error reading ${q(opening ?? '')}: ${strerror(code)}\n` : `dd: ${opening}: ${strerror(code)}\n`);
        if (gnu) report({ fullIn: 0, partialIn: 0, fullOut: 0, partialOut: 0 }, 0, COPY_SPEED.file);
      } else ctx.stderr.write(`dd: ${gnu ? 'failed to open' : "can't open"} ${q(opening ?? '')}: ${strerror(code)}\n`);
      return 1;
    };
    let sink: Sink = 'stdout';
    if (o.output !== undefined) {
      try {
        const p = abs(ctx, o.output);
        const node = ctx.fs.exists(p) ? ctx.fs.stat(p) : undefined;
        sink = node?.type === 'file' && node.device ? 'device' : 'file';
      } catch (e) {
        return failed(e, o.output);
      }
    }
    let source: Source;
    try {
      source = readSource(ctx, o, flavour, sink, DISK_BYTES - seek + 1);
    } catch (e) {
      return failed(e, o.input);
    }
    if (source.endless) return untilInterrupted(ctx, source, o.ibs, report);
    const out = convert(source.data, o);
    const room = sink === 'file' ? Math.max(0, DISK_BYTES - seek) : Infinity;
    const written = out.length > room ? out.subarray(0, room) : out;
    const outLength = sink === 'device' ? convertedLength(o, source.length) : written.length;
    try {
      if (sink === 'file') writeOutput(ctx, o.output ?? '', written, seek, o);
      else if (sink === 'stdout') writeBytes(ctx, written);
    } catch (e) {
      return failed(e, o.output);
    }
    const full = out.length > room;
    if (full) ctx.stderr.write(`dd: error writing ${q(o.output ?? '')}: ${strerror('ENOSPC')}\n`);
    report(countRecords(o, source.length, full ? written.length : convertedLength(o, source.length)), outLength, source.speed);
    return full ? 1 : 0;
  };
}

const convertedLength = (o: DdOperands, length: number) => (o.conv.has('sync') ? Math.ceil(length / o.ibs) * o.ibs : length);

function errorCode(e: unknown): string {
  if (e instanceof Error && 'code' in e && typeof e.code === 'string') return e.code;
  throw e;
}

/**
 * An endless source with no count= into stdout: a pipe gets one block (the reader takes what it needs, then dd
 * dies of SIGPIPE, silently); /dev/null or a terminal copy until Ctrl-C, which prints the records so far.
 */
async function untilInterrupted(ctx: ProgramContext, source: Source, ibs: number, report: (r: DdRecords, bytes: number, speed: number) => void): Promise<number> {
  if (ctx.stdoutIsPipe) {
    writeBytes(ctx, source.data);
    return 0;
  }
  let bytes = 0;
  // Bounded, in case the clock never advances (a headless session's instant sleep).
  for (let i = 0; i < 240; i++) {
    if (ctx.signal.aborted) break;
    await ctx.sleep(250);
    bytes += source.speed / 4;
  }
  const blocks = Math.floor(bytes / ibs);
  report({ fullIn: blocks, partialIn: 0, fullOut: blocks, partialOut: 0 }, blocks * ibs, source.speed);
  checkSignal(ctx);
  return 0;
}
