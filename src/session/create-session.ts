// The learner's session: a host machine with bash and the docker CLI over a simulated daemon, the
// lesson's checkpoints, and persistence. The worker exposes it with comlink; `npm run sim` drives it in Node.
import type { CheckResult, Completion, FeedResult, LessonSetup, LoggedCommand, OutputChunk, ProgressRecord, SessionApi, SessionOptions } from '../protocol/session.ts';
import type { InteractiveShell, Writer } from '../shell/program.ts';
import type { SessionStorage } from './storage.ts';
import { Engine } from '../engine/engine.ts';
import { Shell } from '../shell/shell.ts';
import { Vfs } from '../vfs/vfs.ts';
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
  // Lines of a multi-line construct (heredoc, open quote) typed so far: logged as one entry when it runs.
  let pending: string[] = [];
  // When this lesson's machine started; saved beside it so a grader can replay from the same time.
  let startedAt = 0;
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
      net: engine.hostNet,
    });
  }

  function boot(saved: SavedLesson | undefined): void {
    const opts = options!;
    if (!deps.realTime) clock = simulatedClock(saved?.clock ?? opts.now);
    const now = () => clock.now();
    engine = new Engine(clock, saved?.engine, shellRuntime());
    hostFs = saved ? new Vfs(saved.hostRoot, { clock: now }) : createHostFs(opts.workspace, now);
    engine.hostFs = hostFs;
    engine.resumeContainers();
    log = saved?.log ?? [];
    pending = [];
    startedAt = (saved as StartedLesson | undefined)?.startedAt ?? saved?.log[0]?.at ?? clock.now();
    shells = [makeHostShell(saved?.cwd ?? HOME, saved ? new Map(saved.env) : hostEnv())];
    rootExited = false;
  }

  async function save(): Promise<void> {
    const shell = host();
    const state: StartedLesson = {
      version: 1,
      startedAt,
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
        if (result.kind === 'incomplete') {
          pending.push(line);
          return { kind: 'incomplete', prompt: '> ' };
        }
        const typed = [...pending, line].join('\n');
        pending = [];
        if (result.exited) {
          if (shells.length > 1) shells.pop();
          else rootExited = true;
        }
        log.push({ line: typed, exitCode: result.exitCode, at: clock.now() });
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
      else {
        pending = [];
        (top() as Partial<Shell>).cancelPending?.();
      }
    },

    resize(cols) {
      columns = cols;
    },

    async complete(line, cursor): Promise<Completion> {
      return completeLine(top(), engine, line, cursor);
    },

    async checkpoints() {
      // Loaded on first use: the matchers and their schemas (zod) are most of the worker's code, and the
      // prompt does not need them.
      const { evaluateCheckpointsAsync } = await import('../checkpoints/runner.ts');
      const results = await evaluateCheckpointsAsync(options!.checkpoints, { engine, log, host: { fs: hostFs, home: HOME } });
      return recordProgress(results);
    },

    async reset() {
      const lessonId = options!.lessonId;
      await deps.storage.remove(lessonKey(lessonId));
      const progress = ((await deps.storage.load(PROGRESS_KEY)) as Progress | undefined) ?? {};
      delete progress[lessonId];
      await deps.storage.save(PROGRESS_KEY, progress);
      const shown = await loadSolutionsShown(deps.storage);
      delete shown[lessonId];
      await deps.storage.save(SOLUTIONS_KEY, shown);
      boot(undefined);
      return { prompt: prompt() };
    },

    async revealSolution(checkpointId) {
      const spec = options!.checkpoints.find((c) => c.id === checkpointId);
      if (!spec?.solution) return undefined;
      const shown = await loadSolutionsShown(deps.storage);
      const mine = (shown[options!.lessonId] ??= {});
      if (mine[checkpointId] === undefined) {
        mine[checkpointId] = clock.now();
        await deps.storage.save(SOLUTIONS_KEY, shown);
      }
      return spec.solution;
    },

    async commandLog() {
      return log.map((r) => ({ ...r }));
    },

    async progress() {
      return readProgress(deps.storage);
    },

    async exportProgress(lessonIds, learner) {
      const progress = await readProgress(deps.storage);
      const lessons: Record<string, { startedAt: number; log: LoggedCommand[]; checkpoints: ProgressRecord[string] }> = {};
      for (const lessonId of lessonIds) {
        const saved = (await deps.storage.load(lessonKey(lessonId))) as StartedLesson | undefined;
        if (!saved && !progress[lessonId]) continue;
        const savedLog = saved?.log ?? [];
        lessons[lessonId] = { startedAt: saved?.startedAt ?? savedLog[0]?.at ?? 0, log: savedLog, checkpoints: progress[lessonId] ?? {} };
      }
      return { format: 'docker-workbook-progress', version: 1, ...(learner ? { learner } : {}), exportedAt: Date.now(), lessons };
    },

    async importProgress(data, setups) {
      const { parseProgressFile } = await import('../checkpoints/progress-file.ts');
      const file = parseProgressFile(data);
      const report: Awaited<ReturnType<SessionApi['importProgress']>> = { lessons: [], unknown: [] };
      const shown = await loadSolutionsShown(deps.storage);
      for (const [lessonId, lesson] of Object.entries(file.lessons)) {
        const setup = setups.find((s) => s.lessonId === lessonId);
        if (!setup) {
          report.unknown.push(lessonId);
          continue;
        }
        // The file's log replaces this device's machine and passes for the lesson, so what a later
        // export claims is always what its log reproduces.
        await deps.storage.remove(lessonKey(lessonId));
        const progress = ((await deps.storage.load(PROGRESS_KEY)) as Progress | undefined) ?? {};
        delete progress[lessonId];
        await deps.storage.save(PROGRESS_KEY, progress);
        const verified = await replayLesson(deps.storage, setup, lesson);
        const claimed = Object.keys(lesson.checkpoints).filter((id) => lesson.checkpoints[id].passedAt !== undefined);
        report.lessons.push({ lessonId, claimed, verified: Object.keys(verified) });
        for (const [id, entry] of Object.entries(lesson.checkpoints)) {
          if (entry.solutionShownAt !== undefined) (shown[lessonId] ??= {})[id] ??= entry.solutionShownAt;
        }
      }
      await deps.storage.save(SOLUTIONS_KEY, shown);
      // The machine this session holds may be one just replaced: load it again.
      if (options && file.lessons[options.lessonId] && setups.some((s) => s.lessonId === options!.lessonId)) {
        boot((await deps.storage.load(lessonKey(options.lessonId))) as SavedLesson | undefined);
      }
      return report;
    },

    ended: () => rootExited,
  };
}

/** A saved lesson with the time its machine started (kept beside SavedLesson's fields). */
type StartedLesson = SavedLesson & { startedAt?: number };

/** Storage key: per lesson, per checkpoint, when the learner first asked for its solution. */
const SOLUTIONS_KEY = 'solutions';
type SolutionsShown = Record<string, Record<string, number>>;

async function loadSolutionsShown(storage: SessionStorage): Promise<SolutionsShown> {
  return ((await storage.load(SOLUTIONS_KEY)) as SolutionsShown | undefined) ?? {};
}

async function readProgress(storage: SessionStorage): Promise<ProgressRecord> {
  const progress = ((await storage.load(PROGRESS_KEY)) as Progress | undefined) ?? {};
  const shown = await loadSolutionsShown(storage);
  const out: ProgressRecord = {};
  for (const [lessonId, checkpoints] of Object.entries(progress)) {
    for (const [id, { passedAt }] of Object.entries(checkpoints)) (out[lessonId] ??= {})[id] = { passedAt };
  }
  for (const [lessonId, checkpoints] of Object.entries(shown)) {
    for (const [id, at] of Object.entries(checkpoints)) ((out[lessonId] ??= {})[id] ??= {}).solutionShownAt = at;
  }
  return out;
}

// A replayed command that waits for Ctrl-C (a foreground server) gets it after this much real time.
const REPLAY_COMMAND_LIMIT_MS = 10_000;

/**
 * Types a recorded command log into a fresh headless machine for the lesson (simulated clock from
 * `startedAt`), evaluating the checkpoints after every command as the lesson page does, and saves
 * the machine and its progress in `storage`. Returns the checkpoints that passed, and when.
 */
export async function replayLesson(
  storage: SessionStorage,
  setup: LessonSetup,
  lesson: { startedAt: number; log: readonly LoggedCommand[] },
): Promise<Record<string, number>> {
  const session = createSession({ storage, realTime: false });
  await session.start({ lessonId: setup.lessonId, workspace: setup.workspace, checkpoints: setup.checkpoints, tty: false, columns: 80, rows: 24, now: lesson.startedAt || undefined });
  const passed: Record<string, number> = {};
  for (const record of lesson.log) {
    if (session.ended()) break;
    for (const line of record.line.split('\n')) {
      const timer = setTimeout(() => session.interrupt(), record.exitCode === 130 ? 50 : REPLAY_COMMAND_LIMIT_MS);
      try {
        await session.feed(line, () => {});
      } finally {
        clearTimeout(timer);
      }
    }
    for (const result of await session.checkpoints()) if (result.passed && passed[result.id] === undefined) passed[result.id] = record.at;
  }
  return passed;
}
