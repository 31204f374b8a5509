// A failed build: the message after `failed to solve: `, the vertex that failed (for the `> [2/4] RUN x:`
// block with its last log lines) and the Dockerfile lines to quote.
import type { BuildWarning, SourceLocation } from './types.ts';

/** BuildKit's build failure; `message` is what follows `ERROR: failed to build: failed to solve: `. */
export class BuildError extends Error {
  override readonly name = 'BuildError';
  constructor(
    message: string,
    /** The failed vertex's name and its last log lines (`0.123 text`), when a step failed. */
    readonly step?: { name: string; logs: string[] },
    readonly location?: SourceLocation,
    readonly warnings: BuildWarning[] = [],
    /** false for errors printed without the `failed to solve: ` prefix (dockerfile parse errors). */
    readonly solve = true,
  ) {
    super(message);
  }
}
