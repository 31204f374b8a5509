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

  constructor(
    readonly options: SessionOptions,
    saved: SavedLesson | undefined,
    realTime: boolean,
  ) {
    this.columns = options.columns;
    this.clock = realTime ? realClock() : simulatedClock(saved?.clock ?? options.now, () => this.engine.backgroundIdle());
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
      isTty: this.options.tty,
      columns: this.columns,
      enterShell: (shell) => this.shells.push(shell),
      net: this.engine.hostNet,
    });
  }
}
