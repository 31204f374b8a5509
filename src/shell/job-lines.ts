// How jobs are shown: each dialect's words and columns, recorded from bash 5.2, busybox 1.35 ash and
// dash 0.5.12 on a terminal (`script -qfc 'bash -i'`).
import type { Dialect } from './messages.ts';
import type { Job, JobState } from './jobs.ts';

// Linux's names for the signals a job may end by, as bash's `jobs` and notices print them (strsignal).
const SIGNAL_WORDS: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted',
  7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1', 11: 'Segmentation fault',
  12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
};

/** What `jobs` says of a job's state: bash's `Done`, `Exit 3`, `Terminated`; ash's and dash's `Done(3)`. */
export function stateWord(dialect: Dialect, state: JobState): string {
  if (state.kind === 'running') return 'Running';
  if (state.kind === 'signalled') return SIGNAL_WORDS[state.signal] ?? `Signal ${state.signal}`;
  if (state.code === 0) return 'Done';
  return dialect === 'bash' ? `Exit ${state.code}` : `Done(${state.code})`;
}

/**
 * One line of `jobs` (or a notice): bash pads the state to 24 columns (`[1]+  Running                 sleep 2 &`),
 * ash and dash start the command at column 33; `-l` adds the PID (bash right-aligned in 5).
 */
export function jobLine(dialect: Dialect, job: Job, mark: '+' | '-' | ' ', withPid: boolean): string {
  const word = stateWord(dialect, job.state);
  // A finished job's text loses its `&`, as bash prints it once it is done.
  const command = job.state.kind === 'running' ? job.command : job.command.replace(/\s*&$/, '');
  if (dialect === 'bash') {
    const head = withPid ? `[${job.id}]${mark} ${String(job.pid).padStart(5)} ` : `[${job.id}]${mark}  `;
    return `${head}${word.padEnd(24)}${command}`;
  }
  const head = dialect === 'dash' ? `[${job.id}] ${mark} ` : `[${job.id}]${mark}  `;
  const left = `${head}${withPid ? `${job.pid} ` : ''}${word}`;
  return `${left}${' '.repeat(Math.max(1, 33 - left.length))}${command}`;
}

/** The exit status a job's state gives `wait` and `fg`. */
export function jobStatus(state: JobState): number {
  return state.kind === 'exited' ? state.code : state.kind === 'signalled' ? 128 + state.signal : 0;
}
