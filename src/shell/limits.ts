// Limits on memory: no single string (a variable, a pipe's buffer, a file a redirection writes) may
// grow past the cap; past it the shell fails as bash does when it cannot allocate.
import { MemoryExceeded } from './errors.ts';

/** The most characters one string may hold. */
export const MAX_STRING_CHARS = 32 * 1024 * 1024;

/** Throws bash's allocation failure when a string of `chars` characters would pass the cap. */
export function checkSize(chars: number): void {
  if (chars > MAX_STRING_CHARS) throw new MemoryExceeded(chars + 1);
}
