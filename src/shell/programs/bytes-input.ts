// Byte input for programs that read binary data (base64, checksums, od): a file's bytes, or stdin's.
import type { ProgramContext } from '../../kernel/process.ts';
import { abs, errCode } from './util.ts';
import { decodeUtf8, encodeUtf8 } from '../../vfs/utf8.ts';

/** The bytes of `name` (`-` is stdin); throws the filesystem error code as a string. */
export function readBytes(ctx: ProgramContext, name: string): Uint8Array {
  if (name === '-') return encodeUtf8(ctx.stdin);
  try {
    const p = abs(ctx, name);
    if (ctx.fs.stat(p).type === 'dir') throw Object.assign(new Error('EISDIR'), { fsCode: 'EISDIR' });
    return ctx.fs.readFile(p);
  } catch (e) {
    if (e instanceof Error && 'fsCode' in e) throw e.fsCode;
    throw errCode(e);
  }
}

/** Writes bytes to stdout (as text: the workbook's streams carry strings; bytes that are not UTF-8 survive, see vfs/utf8.ts). */
export function writeBytes(ctx: ProgramContext, bytes: Uint8Array): void {
  ctx.stdout.write(decodeUtf8(bytes));
}
