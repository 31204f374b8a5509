// The IDs BuildKit shows in messages: random in BuildKit, derived from the step here so output is stable.
import { sha256Digest } from '../../model/digest.ts';

/** A BuildKit identity.NewID()-shaped ID: 25 characters of [a-z0-9]. */
export function snapshotId(seed: string): string {
  return [...sha256Digest(`id ${seed}`).slice(7)].map((c) => 'abcdefghijklmnopqrstuvwxyz0123456789'[parseInt(c, 16) * 2 + (c.charCodeAt(0) % 2)]).join('').slice(0, 25);
}

/** A context ref as BuildKit names it: `<uuid>::<id>`. */
export function refId(seed: string): string {
  const hex = sha256Digest(`ref ${seed}`).slice(7);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}::${snapshotId(seed)}`;
}
