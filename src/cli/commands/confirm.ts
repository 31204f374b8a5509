// The question a prune asks before it removes anything (docker/cli internal/prompt.Confirm): the
// message and ` [y/N] `, then the first line of input; only `y` or `Y` goes on. buildx keeps its own
// copy, which does not trim the answer.
import type { ProgramContext } from '../../kernel/process.ts';

/** Asks `message [y/N] ` and whether the answer was yes (`exact`: buildx's, with no spaces trimmed). */
export function confirmed(ctx: ProgramContext, message: string, exact = false): boolean {
  ctx.stdout.write(`${message} [y/N] `);
  const answer = ctx.stdin.split('\n')[0];
  return (exact ? answer : answer.trim()).toLowerCase() === 'y';
}
