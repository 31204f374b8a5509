// Appending to a file in amortised constant time per byte: the file's bytes live at the start of a
// larger buffer that only this file writes into, so `>>` in a loop does not copy the whole file
// each time. Readers still see `data` as a Uint8Array of exactly the file's length.
import type { FileNode } from './types.ts';

// Buffers made here with room to spare, by the one file allowed to grow into that room.
const spareRoom = new WeakMap<ArrayBuffer, FileNode>();
// Files given room since the last release: weakly held, so a deleted file is not kept alive.
const growing = new Set<WeakRef<FileNode>>();

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
  growing.add(new WeakRef(f));
  const grown = new Uint8Array(room, 0, length);
  grown.set(old);
  grown.set(bytes, old.length);
  f.data = grown;
}

/** Gives every file grown here exactly its bytes again. Storing a view stores its whole buffer (structured
 *  clone copies the ArrayBuffer), so the journal calls this before a save to store no spare room. */
export function releaseSpareRoom(): void {
  for (const ref of growing) {
    const f = ref.deref();
    if (f && spareRoom.get(f.data.buffer as ArrayBuffer) === f && f.data.byteLength !== f.data.buffer.byteLength) f.data = f.data.slice();
  }
  growing.clear();
}
