// base64 [-d] [-w COLS] [FILE]: encodes to or decodes from Base64 (GNU coreutils or busybox).
import { decodeUtf8 } from '../../vfs/utf8.ts';
import type { Program } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { readBytes, writeBytes } from './bytes-input.ts';
import { busyboxUsage, progName, refusedLetter, usageError, type Flavour } from './util.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 text of bytes, without line breaks. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? ALPHABET[n & 63] : '=');
  }
  return out;
}

/** Decodes Base64 (newlines ignored); `ok` is false at the first character that is not Base64 or at a truncated end. */
export function decodeBase64(text: string): { bytes: Uint8Array; ok: boolean } {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  let ok = true;
  let pad = 0;
  let count = 0;
  for (const c of text) {
    if (c === '\n') continue;
    if (c === '=') {
      pad++;
      count++;
      continue;
    }
    const v = ALPHABET.indexOf(c);
    if (v < 0 || pad > 0) {
      ok = false;
      break;
    }
    count++;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 255);
    }
  }
  if (ok && count % 4 !== 0) ok = false;
  return { bytes: new Uint8Array(out), ok };
}

/** Makes `base64` for a flavour. */
export function makeBase64(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    let decode = false;
    let wrap = 76;
    const files: string[] = [];
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-d' || a === '--decode') decode = true;
      else if (a === '-w' || a.startsWith('--wrap=') || /^-w\d+$/.test(a)) {
        const v = a === '-w' ? args[++i] : a.startsWith('-w') ? a.slice(2) : a.slice(7);
        if (v === undefined || !/^\d+$/.test(v)) return flavour === 'gnu' ? usageError(ctx, flavour, `invalid wrap size: '${v ?? ''}'`) : busyboxUsage(ctx, '[-d] [-w COL] [FILE]');
        wrap = Number(v);
      } else if (a === '-i' || a === '--ignore-garbage') continue;
      else if (/^-[^-]/.test(a) && refusedLetter(ctx, flavour, a[1])) return 1;
      else if (a.startsWith('-') && a !== '-') return flavour === 'gnu' ? usageError(ctx, flavour, a.startsWith('--') ? `unrecognized option '${a}'` : `invalid option -- '${a[1]}'`) : busyboxUsage(ctx, '[-d] [-w COL] [FILE]');
      else files.push(a);
    }
    if (files.length > 1) return flavour === 'gnu' ? usageError(ctx, flavour, `extra operand '${files[1]}'`) : busyboxUsage(ctx, '[-d] [-w COL] [FILE]');
    let input: Uint8Array;
    try {
      input = readBytes(ctx, files[0] ?? '-');
    } catch (code) {
      ctx.stderr.write(`${name}: ${files[0]}: ${strerror(String(code))}\n`);
      return 1;
    }
    if (decode) {
      const { bytes, ok } = decodeBase64(decodeUtf8(input));
      writeBytes(ctx, bytes);
      if (ok) return 0;
      ctx.stderr.write(`${name}: invalid input\n`);
      return 1;
    }
    const text = encodeBase64(input);
    const lines = wrap === 0 ? [text] : (text.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []);
    ctx.stdout.write(wrap === 0 ? text : lines.join('\n') + (text === '' ? '' : '\n'));
    return 0;
  };
}
