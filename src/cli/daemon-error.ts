// How the docker CLI reports a failed API call: "Error response from daemon: …" on stderr, exit 1.
import { EngineError, InvalidReferenceError } from '../engine/index.ts';
import type { ProgramContext } from '../kernel/process.ts';
import { FormatError } from '../format/context.ts';
import { JsonMessageError } from '../format/jsonmessage.ts';
import { TemplateError } from '../format/go/template/index.ts';

/** Prints an error the way docker/cli's main does and returns the exit status; rethrows programming errors. */
export function reportError(ctx: ProgramContext, error: unknown): number {
  if (error instanceof EngineError) {
    ctx.stderr.write(`Error response from daemon: ${error.message}\n`);
    return 1;
  }
  if (error instanceof InvalidReferenceError || error instanceof CliError || error instanceof FormatError || error instanceof TemplateError || error instanceof JsonMessageError) {
    ctx.stderr.write(`${error.message}\n`);
    return 1;
  }
  throw error;
}

/** An error the CLI raises itself (not the daemon): printed as is, exit 1. */
export class CliError extends Error {}
