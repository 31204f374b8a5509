// The learner's machine for one lesson: the daemon, the host's files, the stack of interactive shells
// (the host's bash, then any container shells entered from it), the clock and the command log.
import type { InteractiveShell } from '../kernel/process.ts';
import type { CheckResult, SessionOptions } from '../protocol/session.ts';
import type { CommandRecord } from '../checkpoints/context.ts';
import { createEngine, type Daemon } from '../engine/index.ts';
import { Shell } from '../shell/shell.ts';
import { Vfs } from '../vfs/vfs.ts';
import { createHostFs, hostEnv, HOME, LEARNER } from './host-machine.ts';
import { realClock, simulatedClock, type SessionClock } from './clock.ts';
import { hostProgramTable } from './programs.ts';
import { shellRuntime } from './runtime.ts';
import type { SavedLesson } from './persistence/saved-state.ts';
import type { OutputChunk } from '../protocol/session.ts';
import type { Writer } from '../kernel/process.ts';
import { activitySettled } from '../kernel/activity.ts';
import { processTableOf } from '../shell/programs/process-table.ts';

/** The longest a simulated clock waits for a woken host job to rest (one that computes for ever, in real ms). */
const JOB_SETTLE_LIMIT_MS = 2_000;

/** One lesson's running machine. Built fresh from the lesson's workspace, or from what was saved. */
export class Machine {
  readonly clock: SessionClock;
  readonly engine: Daemon;
  readonly hostFs: Vfs;
  /** The host's shell first, then each container shell entered from it (`docker run -it … sh`). */
  readonly shells: InteractiveShell[];
  readonly log: CommandRecord[];
  /** When this lesson's machine started; saved beside it so a grader can replay from the same time. */
  readonly startedAt: number;
  /** Lines of a multi-line construct (heredoc, open quote) typed so far: logged as one entry when it runs. */
  pending: string[] = [];
  /** The command running now, so Ctrl-C can stop it. */
  running: AbortController | undefined;
  columns: number;
  /** The host's login shell exited (`exit` at the host prompt). */
  rootExited = false;
  /** Settles once the detached containers that were running at the save are running again (see engine `settled`). */
  readonly resumed: Promise<void>;
  /** The page's listener for output between lines (a background job's); until there is one, it is held for the next line. */
  idleOutput: ((chunk: OutputChunk) => void) | undefined;
  /** The running line's output stream (set by feedLine). */
  lineOutput: ((chunk: OutputChunk) => void) | undefined;
  private held: OutputChunk[] = [];
  /** The terminal as the shells write to it: the running line's output, else the page's listener. A job
   *  started with `&` keeps writing here after its line has ended. */
  readonly terminal: { stdout: Writer; stderr: Writer } = {
    stdout: { write: (text) => this.emit({ stream: 'stdout', text }) },
    stderr: { write: (text) => this.emit({ stream: 'stderr', text }) },
  };

  constructor(
    readonly options: SessionOptions,
    saved: SavedLesson | undefined,
    realTime: boolean,
  ) {
    this.columns = options.columns;
    // A woken background wait runs on to its next one: a container's process, or a host job (`cmd &`).
    this.clock = realTime ? realClock() : simulatedClock(saved?.clock ?? options.now, async () => {
      await this.engine.backgroundIdle();
      await activitySettled(JOB_SETTLE_LIMIT_MS, 'jobs');
    });
    const now = () => this.clock.now();
    this.hostFs = saved?.hostRoot ? new Vfs(saved.hostRoot, { clock: now }) : createHostFs(options.workspace, now);
    this.engine = createEngine({ host: this.clock, snapshot: saved?.engine, parts: saved?.engineParts, runtime: shellRuntime(), hostFs: this.hostFs });
    this.resumed = this.engine.resumeContainers();
    this.log = saved?.log ?? [];
    this.startedAt = saved?.startedAt ?? saved?.log[0]?.at ?? this.clock.now();
    this.shells = [this.makeHostShell(saved?.cwd ?? HOME, saved?.env ? new Map(saved.envIncomplete ? [...hostEnv(), ...saved.env] : saved.env) : hostEnv(), saved?.umask)];
    this.resize(options.columns, options.rows);
  }

  /** The terminal's size, given at start and on every change: bash's checkwinsize sets $COLUMNS and
   *  $LINES (shell variables, not exported), and programs format for the new width. */
  resize(columns: number, rows: number): void {
    this.columns = columns;
    for (const shell of this.shells) {
      const opts = (shell as Partial<Shell>).opts;
      if (opts) opts.columns = columns;
    }
    this.host().env.set('COLUMNS', String(columns));
    this.host().env.set('LINES', String(rows));
  }

  /** Sends output where it goes now (see `terminal`). */
  private emit(chunk: OutputChunk): void {
    if (!chunk.text) return;
    const to = this.lineOutput ?? this.idleOutput;
    if (to) to(chunk);
    else this.held.push(chunk);
  }

  /** Hands output held while nobody listened to whoever listens now. */
  flushHeld(): void {
    const held = this.held.splice(0);
    for (const chunk of held) this.emit(chunk);
  }

  /** Ends the host's background jobs and the containers' processes: this machine is being replaced
   *  (a reset, an import) or thrown away, and a loop that never sleeps would otherwise run on. */
  shutDown(): void {
    for (const process of processTableOf(this.hostFs).list()) process.signal(9);
    for (const c of this.engine.containerList()) void this.engine.containerKill(c.Id).catch(() => undefined);
    this.idleOutput = undefined;
    this.held = [];
  }

  /** The host's login shell. */
  host(): Shell {
    return this.shells[0] as Shell;
  }

  /** The shell the learner is typing into now. */
  top(): InteractiveShell {
    return this.shells[this.shells.length - 1];
  }

  prompt(): string {
    return this.top().prompt();
  }

  /** Ctrl-C: stop the running command, or drop a half-typed multi-line construct. */
  interrupt(): void {
    if (this.running) this.running.abort();
    else {
      this.pending = [];
      (this.top() as Partial<Shell>).cancelPending?.();
    }
  }

  /** The lesson's checkpoints evaluated on this machine now (before any record of earlier passes). */
  async evaluateCheckpoints(): Promise<CheckResult[]> {
    // Loaded on first use: the matchers and their schemas (zod) are most of the worker's code, and the
    // prompt does not need them.
    const { evaluateCheckpointsAsync } = await import('../checkpoints/runner.ts');
    return evaluateCheckpointsAsync(this.options.checkpoints, { engine: this.engine, log: this.log, host: { fs: this.hostFs, home: HOME } });
  }

  private makeHostShell(cwd: string, env: Map<string, string>, umask?: number): Shell {
    return new Shell({
      // Files the learner's shell and programs create are the learner's, as on a real host.
      fs: umask === undefined ? this.hostFs.as(LEARNER) : this.hostFs.as(LEARNER, umask),
      programs: hostProgramTable(this.engine),
      env,
      cwd,
      dialect: 'bash',
      user: 'learner',
      hostname: 'workbook',
      promptStyle: 'host',
      sleep: (ms) => this.clock.sleep(ms, this.running?.signal),
      jobClock: this.clock,
      isTty: this.options.tty,
      columns: this.columns,
      enterShell: (shell) => this.shells.push(shell),
      net: this.engine.hostNet,
    });
  }
}
