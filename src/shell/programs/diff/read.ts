// The operands diff and cmp read: a file, a directory, stdin (`-`), or a file -N treats as empty.
import type { ProgramContext } from '../../../kernel/process.ts';
import { abs, errCode } from '../util.ts';

/** One side of a comparison as the tools see it. */
export interface Side {
  /** The name printed for it. */
  name: string;
  kind: 'file' | 'dir' | 'absent';
  bytes: Uint8Array;
  /** Modification time in seconds (now for stdin, 0 for an absent file). */
  mtime: number;
}

// ctx.stdin is read once (its getter uses the input up): `diff - -` compares what it read with itself.
const stdinBytes = new WeakMap<ProgramContext, Uint8Array>();

/** Reads operand `name` (`-` is stdin); throws the filesystem error code for a file that cannot be read. */
export function readSide(ctx: ProgramContext, name: string): Side {
  if (name === '-') {
    let bytes = stdinBytes.get(ctx);
    if (!bytes) stdinBytes.set(ctx, (bytes = new TextEncoder().encode(ctx.stdin)));
    return { name, kind: 'file', bytes, mtime: ctx.fs.now() };
  }
  const path = abs(ctx, name);
  const st = ctx.fs.stat(path);
  if (st.type === 'dir') return { name, kind: 'dir', bytes: new Uint8Array(), mtime: st.mtime };
  // A process substitution's /dev/fd/N is a pipe, whose time is its last write: now.
  const pipe = /^\/(dev|proc\/self)\/fd\//.test(path);
  return { name, kind: 'file', bytes: ctx.fs.readFile(path), mtime: pipe ? ctx.fs.now() : st.mtime };
}

/** readSide, or the error code it failed with. */
export function trySide(ctx: ProgramContext, name: string): Side | string {
  try {
    return readSide(ctx, name);
  } catch (e) {
    return errCode(e);
  }
}
