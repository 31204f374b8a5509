// Paces a pull the way dockerd's transfer manager does: three downloads at a time, the rest
// "Waiting"; extraction in layer order as each download completes. Produces jsonmessage events at
// simulated times, so the terminal can animate them and `npm run sim` can print them instantly.
import type { JsonMessage } from '../api/images.ts';
import { shortId } from '../model/digest.ts';

/** A layer to fetch: its blob digest, download size and whether the store already has it. */
export interface ScheduledLayer {
  digest: string;
  compressedSize: number;
  present: boolean;
}

/** A jsonmessage to emit once `at` milliseconds of the pull have passed. */
export interface TimedMessage {
  at: number;
  message: JsonMessage;
}

const MAX_CONCURRENT_DOWNLOADS = 3; // dockerd's default max-concurrent-downloads
const TICK_MS = 100;
const DOWNLOAD_BYTES_PER_MS = 12_000; // ~12 MB/s per stream: a pull feels real but never drags
const EXTRACT_BYTES_PER_MS = 60_000;

/** The per-layer messages of a pull, in time order. */
export function schedulePull(layers: ScheduledLayer[]): TimedMessage[] {
  const out: TimedMessage[] = [];
  const emit = (at: number, id: string, status: string, progress?: { current: number; total: number }) =>
    out.push({ at, message: { status, progressDetail: progress ?? {}, id } });
  const ids = layers.map((l) => shortId(l.digest));
  const todo = layers.map((l, i) => ({ ...l, id: ids[i], done: 0, finishedAt: -1 })).filter((l) => !l.present);
  layers.forEach((l, i) => emit(0, ids[i], l.present ? 'Already exists' : 'Pulling fs layer'));
  todo.slice(MAX_CONCURRENT_DOWNLOADS).forEach((l) => emit(0, l.id, 'Waiting'));

  let time = 0;
  const active = todo.slice(0, MAX_CONCURRENT_DOWNLOADS);
  let next = active.length;
  while (active.length > 0) {
    time += TICK_MS;
    for (const layer of [...active]) {
      layer.done = Math.min(layer.compressedSize, layer.done + DOWNLOAD_BYTES_PER_MS * TICK_MS);
      if (layer.done < layer.compressedSize) {
        emit(time, layer.id, 'Downloading', { current: layer.done, total: layer.compressedSize });
        continue;
      }
      emit(time, layer.id, 'Verifying Checksum');
      emit(time, layer.id, 'Download complete');
      layer.finishedAt = time;
      active.splice(active.indexOf(layer), 1);
      if (next < todo.length) active.push(todo[next++]);
    }
  }

  // Extraction is serial and in order: a layer can only be applied on top of its parent.
  let clock = 0;
  for (const layer of todo) {
    clock = Math.max(clock, layer.finishedAt);
    for (let done = 0; done < layer.compressedSize; ) {
      done = Math.min(layer.compressedSize, done + EXTRACT_BYTES_PER_MS * TICK_MS);
      clock += TICK_MS;
      emit(clock, layer.id, 'Extracting', { current: done, total: layer.compressedSize });
    }
    emit(clock, layer.id, 'Pull complete');
  }
  return out.sort((a, b) => a.at - b.at);
}
