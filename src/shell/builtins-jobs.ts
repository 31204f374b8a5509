// The job-control builtins over the jobs `cmd &` starts: jobs, wait, fg and bg (kill is builtin-kill.ts),
// and the "[1]+  Done  sleep 2" notices an interactive shell prints before its next prompt. Wording,
// statuses and columns recorded from bash 5.2, busybox 1.35 ash and dash 0.5.12, each interactive (on a
// terminal, through `script`) and under `-c`.
import { Interrupted } from './errors.ts';
import type { ExecIo } from './io.ts';
import { jobLine, jobStatus, stateWord } from './job-lines.ts';
import type { Job } from './jobs.ts';
import type { ShellState } from './state.ts';
import { noSuchJob } from './builtin-kill.ts';

// A builtin's shape (builtins.ts, which lists these, names it Builtin).
type Builtin = (sh: ShellState, argv: string[], io: ExecIo) => number | Promise<number>;

/** Prints a notice for each job that has ended (an interactive shell, before its prompt) and forgets it. */
export function reportDoneJobs(sh: ShellState, io: ExecIo): void {
  const ended = sh.jobs.all().filter((j) => j.state.kind !== 'running');
  if (ended.length === 0) return;
  let moved = false;
  for (const job of ended) {
    let line = jobLine(sh.dialect, job, sh.jobs.mark(job), false);
    // bash says where a job ran when the shell has moved since (`(wd: /)`, then `(wd now: ~)`).
    if (sh.dialect === 'bash' && job.cwd !== sh.cwd) {
      line += `  (wd: ${tilde(sh, job.cwd)})`;
      moved = true;
    }
    io.stderr.write(line + '\n');
    sh.jobs.remove(job);
  }
  if (moved) io.stderr.write(`(wd now: ${tilde(sh, sh.cwd)})\n`);
}

/** bash's `[1] 1234` on starting a job at an interactive prompt (ash and dash print nothing). */
export function announceJob(sh: ShellState, job: Job, io: ExecIo): void {
  if (sh.interactive && sh.dialect === 'bash') io.stderr.write(`[${job.id}] ${job.pid}\n`);
}

// bash forgets an ended job at once when not interactive, telling only of one a signal killed (other than
// INT, PIPE and TERM): `bash: line 1: 1234 Killed                  sleep 5`. ash and dash keep it for `jobs`.
function forgetSilently(sh: ShellState, io: ExecIo): void {
  if (sh.interactive || sh.dialect !== 'bash') return;
  for (const job of sh.jobs.all().filter((j) => j.state.kind !== 'running')) {
    if (job.state.kind === 'signalled' && ![2, 13, 15].includes(job.state.signal)) io.stderr.write(`${sh.errPrefix()}${String(job.pid).padStart(5)} ${stateWord('bash', job.state).padEnd(24)}${job.command.replace(/\s*&$/, '')}\n`);
    sh.jobs.remove(job);
  }
}

/** `jobs [-lpr] [%N…]`: bash lists oldest first, ash and dash newest first; an ended job is listed once. */
export const jobs: Builtin = (sh, argv, io) => {
  let withPid = false;
  let pidsOnly = false;
  let runningOnly = false;
  let k = 1;
  for (; k < argv.length && /^-[lprs]+$/.test(argv[k]); k++) {
    if (argv[k].includes('l')) withPid = true;
    if (argv[k].includes('p')) pidsOnly = true;
    if (argv[k].includes('r')) runningOnly = true;
    if (argv[k].includes('s')) return 0; // no job is ever stopped here (there is no Ctrl-Z)
  }
  if (argv[k]?.startsWith('-') && argv[k] !== '--') {
    io.stderr.write(sh.dialect === 'bash' ? `${sh.builtinPrefix('jobs')}${argv[k]}: invalid option\njobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]\n` : `${sh.builtinPrefix('jobs')}${sh.dialect === 'dash' ? 'I' : 'i'}llegal option ${argv[k]}\n`);
    return 2;
  }
  if (argv[k] === '--') k++;
  forgetSilently(sh, io);
  let listed: readonly Job[] = sh.jobs.all();
  if (k < argv.length) {
    const picked: Job[] = [];
    for (const spec of argv.slice(k)) {
      const job = sh.jobs.find(spec.startsWith('%') ? spec : `%${spec}`);
      if (!job) {
        io.stderr.write(noSuchJob(sh, 'jobs', spec));
        return sh.dialect === 'bash' ? 1 : 2;
      }
      picked.push(job);
    }
    listed = picked;
  }
  if (runningOnly) listed = listed.filter((j) => j.state.kind === 'running');
  const ordered = sh.dialect === 'bash' ? [...listed] : [...listed].reverse();
  // An ended job goes as it is listed: the next one's `+` or `-` is counted without it (ash lists newest first).
  for (const job of ordered) {
    io.stdout.write(pidsOnly ? `${job.pid}\n` : jobLine(sh.dialect, job, sh.jobs.mark(job), withPid) + '\n');
    if (job.state.kind !== 'running') sh.jobs.remove(job);
  }
  return 0;
};

/** `wait [PID|%N…]`: waits for the jobs named (or all); the status is the last one's (127 for none of ours). */
export const wait: Builtin = async (sh, argv, io) => {
  const args = argv.slice(1).filter((a, k) => !(k === 0 && a === '--'));
  if (args.length === 0) {
    for (const job of [...sh.jobs.all()]) await waitFor(sh, job, io);
    if (sh.interactive && sh.dialect === 'bash') reportDoneJobs(sh, io);
    forgetSilently(sh, io);
    return 0;
  }
  let status = 0;
  for (const arg of args) {
    const job = arg.startsWith('%') ? sh.jobs.find(arg) : /^\d+$/.test(arg) ? sh.jobs.byPid(Number(arg)) : undefined;
    if (job) {
      status = await waitFor(sh, job, io);
      // ash and dash, not interactive, say what killed the job they waited for by name (`Terminated`).
      if (!sh.interactive && sh.dialect !== 'bash' && job.state.kind === 'signalled') io.stderr.write(`${stateWord(sh.dialect, job.state)}\n`);
      if (sh.interactive && sh.dialect === 'bash') reportDoneJobs(sh, io);
      forgetSilently(sh, io);
      continue;
    }
    if (arg.startsWith('%')) {
      io.stderr.write(noSuchJob(sh, 'wait', arg));
      status = sh.dialect === 'bash' ? 127 : 2;
    } else if (!/^\d+$/.test(arg)) {
      io.stderr.write(sh.dialect === 'bash' ? `${sh.builtinPrefix('wait')}\`${arg}': not a pid or valid job spec\n` : `${sh.builtinPrefix('wait')}Illegal number: ${arg}\n`);
      status = sh.dialect === 'bash' ? 1 : 2;
    } else {
      if (sh.dialect === 'bash') io.stderr.write(`${sh.builtinPrefix('wait')}pid ${arg} is not a child of this shell\n`);
      status = 127;
    }
  }
  return status;
};

/** `fg [%N]`: prints the job's command and waits for it; Ctrl-C then interrupts the job. Needs an interactive shell. */
export const fg: Builtin = async (sh, argv, io) => {
  const job = pick(sh, 'fg', argv[1], io);
  if (!job) return sh.dialect === 'bash' ? 1 : 2;
  io.stdout.write(job.command.replace(/\s*&$/, '') + '\n');
  let status: number;
  try {
    status = await waitFor(sh, job, io);
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
    // The job is in the foreground now: the terminal's Ctrl-C is its SIGINT.
    job.kill(2);
    status = await job.done;
  }
  sh.jobs.remove(job);
  return status;
};

/** `bg [%N]`: every job here already runs in the background (there is no Ctrl-Z to stop one). */
export const bg: Builtin = (sh, argv, io) => {
  const job = pick(sh, 'bg', argv[1], io);
  if (!job) return sh.dialect === 'bash' ? 1 : 2;
  if (sh.dialect === 'bash') io.stderr.write(`${sh.builtinPrefix('bg')}job ${job.id} already in background\n`);
  else io.stdout.write(`[${job.id}] ${job.command}\n`);
  return 0;
};

// Waits for a job on the job clock (a simulated one moves to each of its waits); Ctrl-C ends the wait.
async function waitFor(sh: ShellState, job: Job, io: ExecIo): Promise<number> {
  try {
    await (sh.opts.jobClock ? sh.opts.jobClock.until(job.done, io.signal) : job.done);
  } catch {
    throw new Interrupted();
  }
  return jobStatus(job.state);
}

// The job fg and bg act on: the one named, else the current one; an error when there is none or no job control.
function pick(sh: ShellState, builtin: 'fg' | 'bg', spec: string | undefined, io: ExecIo): Job | undefined {
  if (!sh.interactive) {
    if (sh.dialect === 'bash') io.stderr.write(`${sh.builtinPrefix(builtin)}no job control\n`);
    else if (spec === undefined && sh.jobs.all().length === 0) io.stderr.write(`${sh.builtinPrefix(builtin)}No current job\n`);
    else io.stderr.write(`${sh.builtinPrefix(builtin)}job ${spec ?? '(null)'} not created under job control\n`);
    return undefined;
  }
  const job = sh.jobs.find(spec === undefined ? '%+' : spec.startsWith('%') ? spec : `%${spec}`);
  if (job) return job;
  if (spec === undefined) io.stderr.write(sh.dialect === 'bash' ? `${sh.builtinPrefix(builtin)}current: no such job\n` : `${sh.builtinPrefix(builtin)}No current job\n`);
  else io.stderr.write(noSuchJob(sh, builtin, spec));
  return undefined;
}

function tilde(sh: ShellState, path: string): string {
  const home = sh.env.get('HOME');
  return home && home !== '/' && (path === home || path.startsWith(home + '/')) ? '~' + path.slice(home.length) : path;
}
