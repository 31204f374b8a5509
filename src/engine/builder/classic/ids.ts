// The classic builder commits an image after every step and runs RUN (and metadata steps) in a
// container. The engine builds as BuildKit does and keeps no per-step images or containers, so the
// IDs those lines show are derived: from the parent step's ID and the instruction, plus the time for
// a step that ran, and remembered per engine so a cached step shows the ID it had when it ran. They
// name no image record (only the final image and the base images are real), as intermediate images
// are hidden in `docker images` anyway.
import { sha256Digest } from '../../model/digest.ts';
import type { ClassicDaemon } from './daemon.ts';

const memory = new WeakMap<ClassicDaemon, Map<string, string>>();

/** The step IDs one daemon has handed out, by chain key. */
export function stepIds(engine: ClassicDaemon): Map<string, string> {
  let ids = memory.get(engine);
  if (!ids) memory.set(engine, (ids = new Map()));
  return ids;
}

/** A 64-hex ID from its parts. */
export function derivedId(...parts: string[]): string {
  return sha256Digest(parts.join('\n')).slice('sha256:'.length);
}

/** The key a step's result is cached under: its parent's ID and the instruction (classic's cache probe). */
export function chainKey(parentId: string, text: string, buildArgs: string): string {
  return `${parentId}\n${text}\n${buildArgs}`;
}

/** stringid.TruncateID: the first 12 hex digits, without `sha256:`. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
