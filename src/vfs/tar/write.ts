// Writes POSIX tar (ustar headers, pax records for long names and declared sizes): deterministic bytes,
// so the same files always give the same layer digest.
import { DECLARED_SIZE_KEY, type TarEntry } from './entry.ts';

const BLOCK = 512;
const encoder = new TextEncoder();

/** Encodes entries as a tar archive ending in the two zero blocks real tar writes. */
export function writeTar(entries: Iterable<TarEntry>): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const entry of entries) {
    const name = entry.type === 'dir' ? `${entry.path}/` : entry.path;
    const pax: Record<string, string> = {};
    const split = splitName(name);
    if (!split) pax.path = name;
    if (entry.linkTarget && encoder.encode(entry.linkTarget).length > 100) pax.linkpath = entry.linkTarget;
    if (entry.declaredSize !== undefined) pax[DECLARED_SIZE_KEY] = String(entry.declaredSize);
    if (Object.keys(pax).length > 0) {
      const body = paxBody(pax);
      parts.push(header({ name: paxName(name), size: body.length, type: 'x', mode: 0o644, uid: 0, gid: 0, mtime: entry.mtime }));
      parts.push(padded(body));
    }
    const data = entry.type === 'file' ? (entry.data ?? new Uint8Array()) : new Uint8Array();
    const [prefix, short] = split ?? ['', name.slice(-99)];
    parts.push(
      header({
        name: short,
        prefix,
        size: data.length,
        type: typeFlag(entry.type),
        mode: entry.mode,
        uid: entry.uid,
        gid: entry.gid,
        mtime: entry.mtime,
        linkname: entry.linkTarget,
      }),
    );
    if (data.length) parts.push(padded(data));
  }
  parts.push(new Uint8Array(BLOCK * 2));
  return concat(parts);
}

/** Joins byte arrays. */
export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function typeFlag(type: TarEntry['type']): string {
  return { file: '0', dir: '5', symlink: '2', hardlink: '1' }[type];
}

// ustar holds a name as prefix (155) + '/' + name (100); longer names need a pax `path` record.
function splitName(name: string): [string, string] | null {
  if (encoder.encode(name).length <= 100) return ['', name];
  const cut = name.lastIndexOf('/', name.endsWith('/') ? name.length - 2 : name.length - 1);
  for (let i = cut; i > 0; i = name.lastIndexOf('/', i - 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(rest).length <= 100 && rest.length > 0) return [prefix, rest];
  }
  return null;
}

function paxName(name: string): string {
  const base = name.replace(/\/$/, '').split('/').pop() ?? 'entry';
  return `PaxHeaders.0/${base}`.slice(0, 99);
}

// Each pax record is "<len> key=value\n" where len counts its own digits.
function paxBody(records: Record<string, string>): Uint8Array {
  let text = '';
  for (const [key, value] of Object.entries(records)) {
    const rest = ` ${key}=${value}\n`;
    let len = encoder.encode(rest).length;
    len += String(len).length;
    if (String(len).length !== String(len - String(len).length).length) len += 1;
    text += `${len}${rest}`;
  }
  return encoder.encode(text);
}

interface HeaderFields {
  name: string;
  prefix?: string;
  size: number;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  mtime: number;
  linkname?: string;
}

function header(h: HeaderFields): Uint8Array {
  const block = new Uint8Array(BLOCK);
  const put = (offset: number, length: number, text: string) => writeField(block, offset, length, text);
  const octal = (offset: number, length: number, value: number) => put(offset, length, value.toString(8).padStart(length - 1, '0') + '\0');
  put(0, 100, h.name);
  octal(100, 8, h.mode & 0o7777);
  octal(108, 8, h.uid);
  octal(116, 8, h.gid);
  octal(124, 12, h.size);
  octal(136, 12, Math.max(0, Math.floor(h.mtime)));
  put(148, 8, '        ');
  put(156, 1, h.type);
  if (h.linkname) put(157, 100, h.linkname);
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  put(265, 32, h.uid === 0 ? 'root' : '');
  put(297, 32, h.gid === 0 ? 'root' : '');
  octal(329, 8, 0);
  octal(337, 8, 0);
  if (h.prefix) put(345, 155, h.prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  put(148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return block;
}

// Header fields are almost always ASCII: copy char codes directly, which is much faster than encoding.
function writeField(block: Uint8Array, offset: number, length: number, text: string): void {
  if (/^[\x00-\x7f]*$/.test(text)) {
    const n = Math.min(length, text.length);
    for (let i = 0; i < n; i++) block[offset + i] = text.charCodeAt(i);
  } else {
    block.set(encoder.encode(text).subarray(0, length), offset);
  }
}

function padded(data: Uint8Array): Uint8Array {
  const size = Math.ceil(data.length / BLOCK) * BLOCK;
  if (size === data.length) return data;
  const out = new Uint8Array(size);
  out.set(data);
  return out;
}
