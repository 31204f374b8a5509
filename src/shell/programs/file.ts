// file: names what a file holds, as libmagic does for what a learner meets in an image: directories,
// symlinks, devices, empty files, text (ASCII, UTF-8, CRLF, no final newline), JSON, #! scripts, gzip
// and tar archives, and the image's binaries (stand-ins for ELF executables and shared objects, described
// as the real ones of the image's libc: musl's interpreter on Alpine, glibc's with a build ID on Debian).
// Installed by the `file` package only (found by its file: shell/lookup.ts): neither alpine nor debian-slim ships it.
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { strerror } from '../messages.ts';
import { abs, errCode } from './util.ts';

const STAND_IN = 'workbook stand-in';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// C's asctime() of a Unix time, in UTC (the images' zone): "Mon Dec  7 00:00:20 2026".
function asctime(seconds: number): string {
  const d = new Date(seconds * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

// A gzip member's header, as libmagic words it.
function gzip(b: Uint8Array): string {
  let out = 'gzip compressed data';
  const flags = b[3];
  const mtime = (b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24)) >>> 0;
  if (flags & 8) {
    let at = 10 + (flags & 4 ? 2 + (b[10] | (b[11] << 8)) : 0);
    let name = '';
    while (at < b.length && b[at] !== 0) name += String.fromCharCode(b[at++]);
    out += `, was "${name}"`;
  }
  if (mtime) out += `, last modified: ${asctime(mtime)}`;
  if (b[8] === 2) out += ', max compression';
  else if (b[8] === 4) out += ', max speed';
  if (b[9] === 3) out += ', from Unix';
  const n = b.length;
  if (n >= 18) out += `, original size modulo 2^32 ${(b[n - 4] | (b[n - 3] << 8) | (b[n - 2] << 16) | (b[n - 1] << 24)) >>> 0}`;
  return out;
}

// What kind of text the bytes are, or undefined when they are not text.
function text(b: Uint8Array): string | undefined {
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c >= 0x80) ascii = false;
    else if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27 && c !== 8) return undefined;
  }
  let kind = 'ASCII text';
  if (!ascii) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(b);
    } catch {
      return undefined;
    }
    kind = 'Unicode text, UTF-8 text';
  }
  const s = String.fromCharCode(...b.subarray(0, 65536));
  const notes: string[] = [];
  const longest = Math.max(...s.split('\n').map((l) => l.length));
  if (longest > 300) notes.push(`with very long lines (${longest})`);
  if (s.includes('\r\n')) notes.push('with CRLF line terminators');
  else if (!s.includes('\n')) notes.push('with no line terminators');
  return [kind, ...notes].join(', ');
}

// The interpreter a #! line names, as libmagic calls its scripts.
function script(firstLine: string, kind: string): string {
  const words = firstLine.slice(2).trim().split(/\s+/);
  const prog = (words[0].endsWith('/env') ? words[1] : words[0]) ?? '';
  const base = prog.slice(prog.lastIndexOf('/') + 1);
  const known: Record<string, string> = { sh: 'POSIX shell script', dash: 'POSIX shell script', ash: 'POSIX shell script', bash: 'Bourne-Again shell script', python: 'Python script', python3: 'Python script', perl: 'Perl script text', ruby: 'Ruby script', node: 'Node.js script' };
  const name = known[base] ?? known[base.replace(/[\d.]+$/, '')];
  return `${name ?? `a ${words.join(' ')} script`}, ${kind} executable`;
}

// An image binary: the real program it stands for is an ELF file of the image's libc and machine.
function elf(ctx: ProgramContext, path: string, data: Uint8Array): string {
  const arm = ctx.fs.exists('/lib/ld-musl-aarch64.so.1') || ctx.fs.exists('/lib/ld-linux-aarch64.so.1');
  const musl = ctx.fs.exists(arm ? '/lib/ld-musl-aarch64.so.1' : '/lib/ld-musl-x86_64.so.1');
  const shared = /\.so(\.|$)/.test(path);
  const interp = musl ? `/lib/ld-musl-${arm ? 'aarch64' : 'x86_64'}.so.1` : arm ? '/lib/ld-linux-aarch64.so.1' : '/lib64/ld-linux-x86-64.so.2';
  const parts = [`ELF 64-bit LSB ${shared ? 'shared object' : 'pie executable'}`, arm ? 'ARM aarch64' : 'x86-64', 'version 1 (SYSV)', 'dynamically linked'];
  if (!shared) parts.push(`interpreter ${interp}`);
  // glibc's toolchain stamps a build ID (here a digest of what the stand-in is); musl's alpine builds do not.
  if (!musl) parts.push(`BuildID[sha1]=${bytesToHex(sha1(data))}`, `for GNU/Linux ${arm ? '3.7.0' : '3.2.0'}`);
  parts.push('stripped');
  return parts.join(', ');
}

// The description of one path (what follows "NAME: ").
function describe(ctx: ProgramContext, name: string, follow: boolean): string {
  const p = abs(ctx, name);
  let node: FsNode;
  try {
    node = follow ? ctx.fs.stat(p) : ctx.fs.lstat(p);
  } catch (e) {
    return `cannot open \`${name}' (${strerror(errCode(e))})`;
  }
  if (node.type === 'dir') return 'directory';
  if (node.type === 'symlink') return `${ctx.fs.exists(p) ? '' : 'broken '}symbolic link to ${node.target}`;
  if (node.device) return `character special (${node.device.major}/${node.device.minor})`;
  let data: Uint8Array;
  try {
    data = ctx.fs.readFile(p);
  } catch {
    return 'regular file, no read permission';
  }
  if (data.length === 0 && !node.size) return 'empty';
  if (data[0] === 0x1f && data[1] === 0x8b) return gzip(data);
  const magic = String.fromCharCode(...data.subarray(257, 265));
  if (magic === 'ustar  \0') return 'POSIX tar archive (GNU)';
  if (magic.startsWith('ustar\0')) return 'POSIX tar archive';
  const head = String.fromCharCode(...data.subarray(0, STAND_IN.length));
  if (head === STAND_IN || (data.length === 0 && node.size)) return elf(ctx, p, data);
  const kind = text(data);
  if (kind === undefined) return 'data';
  const firstLine = String.fromCharCode(...data.subarray(0, 256)).split('\n')[0];
  if (firstLine.startsWith('#!')) return script(firstLine, kind);
  if (/^\s*[[{]/.test(firstLine) && isJson(data)) return 'JSON text data';
  return kind;
}

function isJson(data: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder().decode(data));
    return true;
  } catch {
    return false;
  }
}

/** Makes `file [-bLh] FILE…` (libmagic 5.4x's words). */
export function makeFile(): Program {
  return (ctx) => {
    let brief = false;
    let follow = false;
    const names: string[] = [];
    for (const a of ctx.argv.slice(1)) {
      if (a === '-b' || a === '--brief') brief = true;
      else if (a === '-L' || a === '--dereference') follow = true;
      else if (a === '-h' || a === '--no-dereference') follow = false;
      else if (/^-[bLh]+$/.test(a)) {
        if (a.includes('b')) brief = true;
        if (a.includes('L')) follow = true;
      } else if (a.startsWith('-') && a !== '-') {
        ctx.stderr.write(`file: invalid option -- '${a.slice(1, 2)}'\nUsage: file [-bcCdEhikLlNnprsSvzZ0] [--apple] [--extension] [--mime-encoding]\n            [--mime-type] [-e <testname>] [-F <separator>]  [-f <namefile>]\n            [-m <magicfiles>] [-P <parameter=value>] [--exclude-quiet]\n            <file> ...\n       file -C [-m <magicfiles>]\n       file [--help]\n`);
        return 1;
      } else names.push(a);
    }
    if (names.length === 0) {
      ctx.stderr.write('Usage: file [-bcCdEhikLlNnprsSvzZ0] [--apple] [--extension] [--mime-encoding]\n            [--mime-type] [-e <testname>] [-F <separator>]  [-f <namefile>]\n            [-m <magicfiles>] [-P <parameter=value>] [--exclude-quiet]\n            <file> ...\n       file -C [-m <magicfiles>]\n       file [--help]\n');
      return 1;
    }
    const width = Math.max(...names.map((n) => n.length + 1));
    for (const n of names) {
      const what = describe(ctx, n, follow);
      ctx.stdout.write(brief ? `${what}\n` : `${`${n}:`.padEnd(width)} ${what}\n`);
    }
    return 0;
  };
}
