// Which process a program started by the shell is: a container's command, and what `exec` starts,
// take the shell's own process (its PID, and ps/docker top then show the new command line).
import type { OwnProcess } from '../../kernel/process.ts';
import type { Interp } from './types.ts';

/** The process the program about to start is: the shell's own when it stands for an exec'd command or runs `exec`; taken once. */
export function ownProcess(it: Interp): OwnProcess | undefined {
  const own = it.execing || it.opts.execForm;
  it.execing = false;
  return own ? it.opts.process?.() : undefined;
}
