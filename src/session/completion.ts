// Tab completion for the terminal: docker subcommands, flags and local image names after `docker`;
// the shell's own completion (programs, paths) everywhere else.
import type { Completion } from '../protocol/session.ts';
import type { InteractiveShell } from '../kernel/process.ts';
import type { Daemon } from '../engine/index.ts';
import { completeDocker } from '../cli/completion.ts';

/** Candidates for the word under the cursor. */
export async function completeLine(shell: InteractiveShell, engine: Daemon, line: string, cursor: number): Promise<Completion> {
  const before = line.slice(0, cursor);
  const words = before.split(/\s+/);
  const current = words.pop() ?? '';
  const start = cursor - current.length;
  const previous = words.filter(Boolean);
  if (previous[0] === 'docker') {
    return { start, candidates: await completeDocker(engine, previous.slice(1), current) };
  }
  return shell.complete?.(line, cursor) ?? { start, candidates: [] };
}
