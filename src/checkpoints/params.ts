// Parameter schemas several matchers share: image references, regular expressions, workspace paths.
import { z } from 'zod';
import { normalizeReference, type EngineReads } from '../engine/index.ts';
import type { Vfs } from '../vfs/vfs.ts';

// The few engine entry points matchers share, imported here once (the engine's door is narrow).
export { normalizeReference };
export type { EngineReads };

/** An image's root filesystem (its layers stacked, whiteouts applied), as a private copy to read. */
export function imageFiles(engine: EngineReads, id: string): Vfs {
  return engine.imageFiles(id);
}

function isReference(value: string): boolean {
  if (/^(sha256:)?[a-f0-9]{12,64}$/.test(value)) return true;
  try {
    normalizeReference(value);
    return true;
  } catch {
    return false;
  }
}

/** `alpine`, `alpine:3.21`, `nginx@sha256:…`, `localhost:5000/app:v1` — as a learner types it. */
export const imageRef = (what = 'The image') =>
  z
    .string()
    .min(1)
    .refine(isReference, {
      error: 'not a valid image reference (lower-case name, optional :tag or @sha256:digest, e.g. "alpine:3.21")',
    })
    .describe(`${what}, as a learner would type it: name[:tag], name@sha256:digest or an image ID ("alpine" means "alpine:latest").`);

function isRegex(value: string): boolean {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}

/** A JavaScript regular expression written as a string (escape backslashes: "\\b"). */
export const regexString = (what: string) =>
  z.string().min(1).refine(isRegex, { error: 'not a valid regular expression' }).describe(what);

/** An optional regular expression; described on the optional wrapper too, where authors' tools look. */
export const optionalRegex = (what: string) => regexString(what).optional().describe(what);

/** The ID of the local image a reference names, or undefined (also when the reference is ambiguous). */
export function resolveImage(engine: EngineReads, ref: string): string | undefined {
  return engine.imageId(ref);
}

/** A 12-character image ID, as `docker images` shows it. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** A missing image, in the learner's terms. */
export function noImage(ref: string): string {
  return `There is no image called ${ref} on this machine yet.`;
}
