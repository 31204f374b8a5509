// Appending to a file in amortised constant time per byte: the file's bytes live at the start of a
// larger buffer that only this file writes into, so `>>` in a loop does not copy the whole file
// each time. Readers still see `data` as a Uint8Array of exactly the file's length.
import type { FileNode } from './types.ts';

// Buffers made here with room to spare, by the one file allowed to grow into that room.
const spareRoom = new WeakMap<ArrayBuffer, FileNode>();

/** Appends `bytes` to a regular file's data, growing its buffer by half again when it is full. */
export function appendBytes(f: FileNode, bytes: Uint8Array): void {
  const old = f.data;
  const length = old.length + bytes.length;
  const buffer = old.buffer as ArrayBuffer;
  // Room after the data that nobody else can see: a buffer this file owns, its data at the start.
  if (spareRoom.get(buffer) === f && old.byteOffset === 0 && buffer.byteLength >= length) {
    const grown = new Uint8Array(buffer, 0, length);
    grown.set(bytes, old.length);
    f.data = grown;
    return;
  }
  const room = new ArrayBuffer(Math.max(256, Math.ceil(length * 1.5)));
  spareRoom.set(room, f);
  const grown = new Uint8Array(room, 0, length);
  grown.set(old);
  grown.set(bytes, old.length);
  f.data = grown;
}
