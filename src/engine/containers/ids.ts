// Container IDs: 64 hex digits, as stringid.GenerateRandomID makes them, drawn here from a counter and
// the session clock so a simulated session is reproducible.
import { sha256Digest } from '../model/digest.ts';

/** The next random-looking ID; skips IDs whose 12-digit short form is all decimal (moby does too). */
export function containerId(counter: number, now: number, salt = 'container'): string {
  for (let n = 0; ; n++) {
    const id = sha256Digest(`${salt}:${counter}:${now}:${n}`).slice('sha256:'.length);
    if (!/^\d+$/.test(id.slice(0, 12))) return id;
  }
}

/** Two numbers from an ID, to pick a generated name. */
export function nameSeeds(id: string): [number, number] {
  return [parseInt(id.slice(0, 8), 16), parseInt(id.slice(8, 16), 16)];
}
