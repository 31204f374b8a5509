// `cmd &`: the command runs as a job beside the shell, in a copy of the shell's state (a forked
// subshell), with no input, writing where the shell writes. It waits on the job clock (the background's
// time, which moves as the foreground waits or the learner types), is listed in the machine's process
// table (ps, kill PID) and in the shell's job table (jobs, wait, fg, kill %1, `$!`).
import type { Node } from '../ast.ts';
import { InputStream, type ExecIo } from '../io.ts';
import type { Job, JobState } from '../jobs.ts';
import { jobStatus } from '../job-lines.ts';
import { announceJob } from '../builtins-jobs.ts';
import { jobText } from '../job-text.ts';
import { processTableOf } from '../programs/process-table.ts';
import { JobActivity } from './job-activity.ts';
import { backgroundJobClock } from '../../kernel/job-clock.ts';
import { announcingListens } from '../../kernel/net.ts';
import { topLevelCatch } from './report.ts';
import { captureState, restoreState } from './subshell.ts';
import type { Interp } from './types.ts';

/** The first PID of a job on the learner's host, whose own processes are not modelled (init is not one of them). */
export const HOST_FIRST_PID = 1000;

/** Starts `node` as a background job of `it` (an interactive bash says `[1] 1234`); returns at once with the job. */
export function startJob(it: Interp, node: Node, io: ExecIo): Job {
  const controller = new AbortController();
  let signalled: number | undefined;
  const kill = (sig: number) => {
    signalled ??= sig;
    // The signal's number goes with it: a program tells Ctrl-C's INT from TERM or KILL (python's KeyboardInterrupt).
    controller.abort(sig);
  };
  const table = processTableOf(it.opts.fs);
  const parent = it.opts.process?.();
  if (!parent) table.startAt(HOST_FIRST_PID);
  const entry = table.spawn({ user: it.opts.user ?? 'root', argv: processArgv(node, it.name), tty: false, started: it.fs.clock(), signal: kill }, parent?.pid ?? 0);
  // A simulated session lets a job run until it rests before it goes on (see job-activity.ts).
  const activity = new JobActivity(() => child.state.steps);
  const clock = it.opts.jobClock;
  const sleep = async (ms: number) => {
    activity.rest();
    try {
      await (clock ? clock.wait(ms, controller.signal) : it.opts.sleep?.(ms));
    } finally {
      activity.busy();
    }
  };
  const child = it.spawn({
    ...it.opts,
    fs: it.opts.fs.as(it.opts.fs.identity, it.fs.umask),
    env: new Map(it.env),
    cwd: it.cwd,
    sleep,
    // A server started with `&` rests once it listens, as it would asleep.
    ...(it.opts.net ? { net: announcingListens(it.opts.net, () => activity.rest()) } : {}),
    // Its own `wait` for a job of its own moves no clock: only the foreground's waits do.
    ...(clock ? { jobClock: backgroundJobClock(clock) } : {}),
    process: () => entry,
    onPause: (steps) => activity.paused(steps),
    background: true,
  });
  const c = child.state;
  activity.busy();
  restoreState(c, captureState(it));
  Object.assign(c, { name: it.name, lineNo: it.lineNo, lastExitCode: it.lastExitCode, commandMode: it.commandMode, interactive: false, nesting: it.nesting + 1, signal: controller.signal });
  // A simple command is exec'd by the forked shell: the process is that program (ps shows it).
  if (node.type === 'simple' || (node.type === 'andor' && node.rest.length === 0 && isSimple(node.first))) c.execing = true;
  const jobIo: ExecIo = { stdin: new InputStream(''), stdout: io.stdout, stderr: io.stderr, signal: controller.signal, tty: io.tty };
  const state: { current: JobState } = { current: { kind: 'running' } };
  const done = (async () => {
    let code: number;
    try {
      c.lastBreath = Date.now();
      code = await c.exec(node, jobIo);
    } catch (e) {
      code = topLevelCatch(c, e, jobIo).exitCode;
    }
    state.current = signalled !== undefined ? { kind: 'signalled', signal: signalled } : { kind: 'exited', code };
    table.exit(entry.pid);
    activity.rest();
    return jobStatus(state.current);
  })();
  const job: Job = {
    id: it.jobs.nextId(),
    pid: entry.pid,
    command: commandText(it, node),
    cwd: it.cwd,
    get state() {
      return state.current;
    },
    done,
    kill,
  };
  it.jobs.add(job);
  it.lastBackgroundPid = entry.pid;
  announceJob(it, job, io);
  return job;
}

// bash lists a job as typed with its `&`; ash and dash the same without it, and (non-interactive) no text at all.
function commandText(it: Interp, node: Node): string {
  if (it.dialect === 'bash') return `${jobText(node, 'bash')} &`;
  return it.interactive ? jobText(node, it.dialect) : '';
}

function isSimple(node: Node): boolean {
  return node.type === 'simple' || (node.type === 'pipeline' && node.cmds.length === 1 && !node.negate && node.cmds[0].type === 'simple');
}

// What ps shows for the job: the program a simple command execs (its words, unquoted), else the forked shell.
function processArgv(node: Node, shell: string): string[] {
  let n: Node = node;
  if (n.type === 'andor' && n.rest.length === 0) n = n.first;
  if (n.type === 'pipeline' && n.cmds.length === 1) n = n.cmds[0];
  if (n.type !== 'simple' || n.words.length === 0) return [shell];
  return n.words.map((w) => w.replace(/^'(.*)'$|^"(.*)"$/s, '$1$2'));
}
