// The learner's session: a host machine with bash and the docker CLI over a simulated daemon, the
// lesson's checkpoints, and persistence. The worker exposes it with comlink; `npm run sim` drives it in Node.
import type { CheckResult, Completion, FeedResult, OutputChunk, SessionApi, SessionOptions } from '../protocol/session.ts';
import type { InteractiveShell, Writer } from '../shell/program.ts';
import type { SessionStorage } from './storage.ts';
import { Engine } from '../engine/engine.ts';
import { Shell } from '../shell/shell.ts';
import { Vfs } from '../vfs/vfs.ts';
import { evaluateCheckpoints } from '../checkpoints/runner.ts';
import type { CommandRecord } from '../checkpoints/context.ts';
import { createHostFs, hostEnv, HOME } from './host-machine.ts';
import { realClock, simulatedClock, type SessionClock } from './clock.ts';
import { lessonKey, PROGRESS_KEY, type Progress, type SavedLesson } from './saved-state.ts';
import { hostProgramTable } from './programs.ts';
import { completeLine } from './completion.ts';
import { shellRuntime } from './runtime.ts';

/** How a session is made: where it saves, and whether time is real (browser) or simulated (sim, tests). */
export interface SessionDeps {
  storage: SessionStorage;
  realTime: boolean;
}

// Each typed line takes a moment of simulated time, so "Up 2 seconds" and "Created" move on.
const SIMULATED_MS_PER_LINE = 1000;

/** Creates a session; call `start` before anything else. */
export function createSession(deps: SessionDeps): SessionApi & { ended(): boolean } {
  let options: SessionOptions | undefined;
  let clock: SessionClock = deps.realTime ? realClock() : simulatedClock();
  let engine: Engine;
  let hostFs: Vfs;
  let log: CommandRecord[] = [];
  let shells: InteractiveShell[] = [];
  let running: AbortController | undefined;
  let columns = 80;
  let rootExited = false;
  let saveFailed = false;

  const host = () => shells[0] as Shell;
  const top = () => shells[shells.length - 1];
  const prompt = () => top().prompt();

  function makeHostShell(cwd: string, env: Map<string, string>): Shell {
    return new Shell({
      fs: hostFs,
      programs: hostProgramTable(engine),
      env,
      cwd,
      dialect: 'bash',
      user: 'learner',
      hostname: 'workbook',
      promptStyle: 'host',
      sleep: (ms) => clock.sleep(ms, running?.signal),
      isTty: options?.tty ?? false,
      columns,
      enterShell: (shell) => shells.push(shell),
    });
  }

  function boot(saved: SavedLesson | undefined): void {
    const opts = options!;
    if (!deps.realTime) clock = simulatedClock(saved?.clock ?? opts.now);
    const now = () => clock.now();
    engine = new Engine(clock, saved?.engine, shellRuntime());
    hostFs = saved ? new Vfs(saved.hostRoot, { clock: now }) : createHostFs(opts.workspace, now);
    log = saved?.log ?? [];
    shells = [makeHostShell(saved?.cwd ?? HOME, saved ? new Map(saved.env) : hostEnv())];
    rootExited = false;
  }

  async function save(): Promise<void> {
    const shell = host();
    const state: SavedLesson = {
      version: 1,
      engine: engine.snapshot(),
      hostRoot: hostFs.root,
      cwd: shell.cwd,
      env: [...shell.env],
      log,
      clock: clock.now(),
    };
    await deps.storage.save(lessonKey(options!.lessonId), state);
  }

  async function recordProgress(results: CheckResult[]): Promise<CheckResult[]> {
    const lessonId = options!.lessonId;
    const progress = ((await deps.storage.load(PROGRESS_KEY)) as Progress | undefined) ?? {};
    const mine = (progress[lessonId] ??= {});
    let changed = false;
    const merged = results.map((r) => {
      if (r.passed && !mine[r.id]) {
        mine[r.id] = { passedAt: clock.now() };
        changed = true;
      }
      // A checkpoint once passed stays passed: progress is never taken away by later experiments.
      return mine[r.id] ? { id: r.id, title: r.title, passed: true } : r;
    });
    if (changed) await deps.storage.save(PROGRESS_KEY, progress);
    return merged;
  }

  return {
    async start(opts) {
      options = opts;
      columns = opts.columns;
      const saved = (await deps.storage.load(lessonKey(opts.lessonId))) as SavedLesson | undefined;
      const usable = saved?.version === 1 ? saved : undefined;
      boot(usable);
      return { prompt: prompt(), restored: usable !== undefined };
    },

    async feed(line: string, onOutput: (chunk: OutputChunk) => void): Promise<FeedResult> {
      const controller = new AbortController();
      running = controller;
      const stdout: Writer = { write: (text) => text && onOutput({ stream: 'stdout', text }) };
      const stderr: Writer = { write: (text) => text && onOutput({ stream: 'stderr', text }) };
      const shell = top();
      try {
        let result: Awaited<ReturnType<InteractiveShell['feed']>>;
        try {
          result = await shell.feed(line, { stdout, stderr, signal: controller.signal });
        } catch (error) {
          // A bug must never take the terminal down: report it like a crashed process and carry on.
          stderr.write(`workbook: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
          result = { kind: 'ran', exitCode: 1, exited: false };
        }
        if (result.kind === 'incomplete') return { kind: 'incomplete', prompt: '> ' };
        if (result.exited) {
          if (shells.length > 1) shells.pop();
          else rootExited = true;
        }
        log.push({ line, exitCode: result.exitCode, at: clock.now() });
        await clock.advance(SIMULATED_MS_PER_LINE);
        await save().catch((error: unknown) => {
          // Storage can be full or unavailable (private windows): keep working, say so once.
          if (!saveFailed) stderr.write(`workbook: your work could not be saved in this browser (${error instanceof Error ? error.message : String(error)})\n`);
          saveFailed = true;
        });
        return { kind: 'ran', exitCode: result.exitCode, prompt: prompt() };
      } finally {
        running = undefined;
      }
    },

    interrupt() {
      if (running) running.abort();
      else (top() as Partial<Shell>).cancelPending?.();
    },

    resize(cols) {
      columns = cols;
    },

    async complete(line, cursor): Promise<Completion> {
      return completeLine(top(), engine, line, cursor);
    },

    async checkpoints() {
      const results = evaluateCheckpoints(options!.checkpoints, { engine, log });
      return recordProgress(results);
    },

    async reset() {
      const lessonId = options!.lessonId;
      await deps.storage.remove(lessonKey(lessonId));
      const progress = ((await deps.storage.load(PROGRESS_KEY)) as Progress | undefined) ?? {};
      delete progress[lessonId];
      await deps.storage.save(PROGRESS_KEY, progress);
      boot(undefined);
      return { prompt: prompt() };
    },

    ended: () => rootExited,
  };
}
