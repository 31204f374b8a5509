// What every `docker … inspect` does around the inspector: a daemon refusal becomes the line the CLI
// prints for that object, and the documents and errors go to the terminal.
import { EngineError } from '../../engine/index.ts';
import type { ProgramContext } from '../../kernel/process.ts';
import { runInspect, type InspectElement } from '../../format/inspector.ts';

/** Wraps a lookup so that a daemon error reads `Error response from daemon: …` (or `missing(ref)` when given). */
export function fromDaemon(get: (ref: string) => InspectElement, missing?: (ref: string) => string): (ref: string) => InspectElement {
  return (ref) => {
    try {
      return get(ref);
    } catch (error) {
      if (error instanceof EngineError) throw new Error(missing ? missing(ref) : `Error response from daemon: ${error.message}`);
      throw error;
    }
  };
}

/** Runs the inspector over `refs` with --format, prints what it made and returns its status. */
export function printInspect(ctx: ProgramContext, refs: readonly string[], format: string, get: (ref: string) => InspectElement): number {
  const result = runInspect(refs, format, get);
  ctx.stdout.write(result.stdout);
  ctx.stderr.write(result.stderr);
  return result.status;
}
