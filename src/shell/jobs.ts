// A shell's background jobs (`cmd &`): what `jobs`, `wait`, `fg`, `kill %1` and the "[1]+  Done" notices
// read. Each dialect's words and columns were recorded from bash 5.2, busybox 1.35 ash and dash 0.5.12
// on a terminal (`script -qfc 'bash -i'`).
import type { Dialect } from './messages.ts';

/** How a job stands: running, ended with a status, or ended by a signal. */
export type JobState = { kind: 'running' } | { kind: 'exited'; code: number } | { kind: 'signalled'; signal: number };

/** One job started with `&`. */
export interface Job {
  /** Its number, `%1`. */
  readonly id: number;
  readonly pid: number;
  /** The command as the shell prints it back (`sleep 2 &`, `( exit 3 )`). */
  readonly command: string;
  /** Where it started: bash adds `(wd: …)` to a notice when the shell has moved since. */
  readonly cwd: string;
  state: JobState;
  /** Settles with its exit status (128 + the signal when killed). */
  readonly done: Promise<number>;
  /** Sends it a signal (15 TERM, 9 KILL, 2 INT …): every signal here ends it. */
  kill(signal: number): void;
}

/** The jobs of one shell, in the order they were started; the last is the current job (`%+`). */
export class JobTable {
  private readonly jobs: Job[] = [];

  /** The number the next job gets: one more than the highest still listed (1 once all are gone). */
  nextId(): number {
    return this.jobs.reduce((max, j) => Math.max(max, j.id), 0) + 1;
  }

  add(job: Job): void {
    this.jobs.push(job);
  }

  /** Forgets a job that was reported (or waited for). */
  remove(job: Job): void {
    const k = this.jobs.indexOf(job);
    if (k >= 0) this.jobs.splice(k, 1);
  }

  /** Every job, oldest first. */
  all(): readonly Job[] {
    return this.jobs;
  }

  /** The job with this process ID. */
  byPid(pid: number): Job | undefined {
    return this.jobs.find((j) => j.pid === pid);
  }

  /** `+` for the current job, `-` for the one before, else a space. */
  mark(job: Job): '+' | '-' | ' ' {
    const k = this.jobs.indexOf(job);
    return k === this.jobs.length - 1 ? '+' : k === this.jobs.length - 2 ? '-' : ' ';
  }

  /** The job a jobspec names (`%1`, `%%`, `%+`, `%-`, `%sleep`, `%?pat`); undefined when none does. */
  find(spec: string): Job | undefined {
    const body = spec.slice(1);
    if (body === '' || body === '%' || body === '+') return this.jobs[this.jobs.length - 1];
    if (body === '-') return this.jobs[this.jobs.length - 2] ?? this.jobs[this.jobs.length - 1];
    if (/^\d+$/.test(body)) return this.jobs.find((j) => j.id === Number(body));
    if (body.startsWith('?')) return this.jobs.find((j) => j.command.includes(body.slice(1)));
    return this.jobs.find((j) => j.command.startsWith(body));
  }
}

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
