// A shell's background jobs (`cmd &`): what `jobs`, `wait`, `fg`, `kill %1` and the "[1]+  Done" notices
// read (job-lines.ts prints them). Only this table is in the worker's first chunk: the code that starts
// and reports jobs loads with the first `&` or job builtin.

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
