// buildx's error line: `ERROR: …` on stderr, status 1.
import type { ProgramContext } from '../../../kernel/process.ts';
import { CliError, reportError } from '../../daemon-error.ts';

/** Prints a buildx error; anything else is reported as docker reports it. */
export function buildxError(ctx: ProgramContext, error: unknown): number {
  if (error instanceof CliError) {
    ctx.stderr.write(`ERROR: ${error.message}\n`);
    return 1;
  }
  return reportError(ctx, error);
}
