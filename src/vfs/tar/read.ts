// Reads tar archives (ustar, GNU long names, pax records) back into entries: `docker load`, `import`, `cp`, ADD.
import { DECLARED_SIZE_KEY, type TarEntry } from './entry.ts';

const decoder = new TextDecoder();

/** Raised for bytes that are not a tar archive; the message is what Docker's archive code says. */
export class TarFormatError extends Error {
  constructor(message = 'archive/tar: invalid tar header') {
    super(message);
    this.name = 'TarFormatError';
  }
}

/** Decodes a tar archive; pax and GNU long-name headers are folded into the entry they describe. */
export function readTar(bytes: Uint8Array): TarEntry[] {
  const entries: TarEntry[] = [];
  let pax: Record<string, string> = {};
  let longName: string | undefined;
  let longLink: string | undefined;
  for (let at = 0; at + 512 <= bytes.length; ) {
    const block = bytes.subarray(at, at + 512);
    if (block.every((b) => b === 0)) break;
    if (!checksumOk(block)) throw new TarFormatError();
    const text = (o: number, n: number) => cstring(block.subarray(o, o + n));
    const num = (o: number, n: number) => parseInt(text(o, n).trim() || '0', 8);
    const size = num(124, 12);
    const type = String.fromCharCode(block[156] || 48);
    const data = bytes.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
    if (type === 'x') {
      pax = { ...pax, ...parsePax(data) };
      continue;
    }
    if (type === 'g') continue;
    if (type === 'L') {
      longName = cstring(data);
      continue;
    }
    if (type === 'K') {
      longLink = cstring(data);
      continue;
    }
    const prefix = text(345, 155);
    let path = pax.path ?? longName ?? (prefix ? `${prefix}/${text(0, 100)}` : text(0, 100));
    path = path.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    const kind: TarEntry['type'] | undefined =
      type === '5' ? 'dir' : type === '2' ? 'symlink' : type === '1' ? 'hardlink' : type === '0' || type === '7' ? 'file' : undefined;
    if (kind && path) {
      const entry: TarEntry = { path, type: kind, mode: num(100, 8) & 0o7777, uid: num(108, 8), gid: num(116, 8), mtime: num(136, 12) };
      if (kind === 'file') entry.data = data.slice();
      if (kind === 'symlink' || kind === 'hardlink') entry.linkTarget = pax.linkpath ?? longLink ?? text(157, 100);
      if (pax[DECLARED_SIZE_KEY]) entry.declaredSize = Number(pax[DECLARED_SIZE_KEY]);
      entries.push(entry);
    }
    pax = {};
    longName = undefined;
    longLink = undefined;
  }
  return entries;
}

function cstring(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return decoder.decode(end < 0 ? bytes : bytes.subarray(0, end));
}

function checksumOk(block: Uint8Array): boolean {
  const stored = parseInt(cstring(block.subarray(148, 156)).trim(), 8);
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
  return stored === sum;
}

function parsePax(data: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const text = decoder.decode(data);
  let at = 0;
  while (at < text.length) {
    const space = text.indexOf(' ', at);
    const len = parseInt(text.slice(at, space), 10);
    if (!len || space < 0) break;
    const record = text.slice(space + 1, at + len - 1);
    const eq = record.indexOf('=');
    out[record.slice(0, eq)] = record.slice(eq + 1);
    at += len;
  }
  return out;
}
