// The learner's session: a host machine with bash and the docker CLI over a simulated daemon, the
// lesson's checkpoints, and persistence. The worker exposes it with comlink; `npm run sim` drives it in Node.
import type { Completion, FeedEvent, FeedResult, OutputChunk, SessionApi, SessionOptions, TabChange } from '../protocol/session.ts';
import type { SessionStorage } from './persistence/storage.ts';
import { Machine } from './machine.ts';
import { feedLine } from './feed.ts';
import { completeLine } from './completion.ts';
import { forgetLessonProgress, readProgress, recordPasses, recordSolutionShown } from './progress.ts';
import { exportProgress, importProgress } from './transfer.ts';
import { importFlow } from './import-flow.ts';
import { LessonJournal } from './persistence/journal.ts';
import { restoreLesson, restoreNotice } from './restore.ts';
import { SaveStatus } from './persistence/save-status.ts';
import { collectGarbage } from './persistence/garbage.ts';
import { discardSetAside, exportSetAside, setAsideKeys } from './persistence/set-aside.ts';
import { READ_ONLY_LINE, soleTab, type TabLock } from './tabs.ts';
import { workbenchMethods } from './workbench.ts';

/** How a session is made: where it saves, and whether time is real (browser) or simulated (sim, tests). */
export interface SessionDeps {
  storage: SessionStorage;
  realTime: boolean;
  /** Which tab writes a lesson (browser: worker/tab-lock.ts); by default this session always does. */
  tabs?: TabLock;
}

/** Creates a session; call `start` before anything else. */
export function createSession(deps: SessionDeps): SessionApi & { ended(): boolean; close(): void } {
  let options: SessionOptions | undefined;
  let machine: Machine;
  let journal: LessonJournal;
  // The page's callback for output between lines (a background job's), and the machine it listens to.
  let watcher: ((chunk: OutputChunk) => void) | undefined;
  const adopt = (next: { machine: Machine; journal: LessonJournal }) => {
    // A machine replaced (reset, import, another tab's save) takes its jobs with it.
    if (machine && machine !== next.machine) machine.shutDown();
    ({ machine, journal } = next);
    machine.idleOutput = (chunk) => watcher?.(chunk);
    return next;
  };
  let columns = 80;
  let rows = 24;
  const saves = new SaveStatus();
  const tabs = deps.tabs ?? soleTab;
  // Another tab writes this lesson: commands are refused and nothing is saved until a take-over.
  let readOnly = false;
  // The command running now (with its save), so a take-over by another tab waits for it.
  let inFlight: Promise<unknown> = Promise.resolve();
  // The page's callback for a tab that loses the lesson, or becomes its writer by itself.
  let tabChanged: ((change: TabChange) => void) | undefined;
  tabs.onLost(async (lost) => {
    if (lost !== options?.lessonId) return;
    readOnly = true;
    await inFlight.catch(() => {});
    tabChanged?.({ writer: false, notice: READ_ONLY_LINE.trim() });
  });
  // The writing tab closed (or reloaded): carry on here from what it saved last.
  tabs.onGained(async (gained) => {
    if (gained !== options?.lessonId || !readOnly) return;
    await carryOn();
    tabChanged?.({ writer: true, prompt: machine.prompt() });
  });

  const imports = importFlow(deps.storage, tabs);
  const lessonId = () => options!.lessonId;
  const carryOn = async () => {
    adopt(await restoreLesson(deps.storage, { ...options!, columns, rows }, deps.realTime));
    readOnly = false;
  };
  // Blobs no document names any more (an image removed, a lesson reset) leave storage after the save.
  const collect = () => collectGarbage(deps.storage).catch(() => undefined);
  // Writes what the last command changed; a failure is said once, and the next save retries it all.
  const persist = async (say: (line: string) => void) =>
    say(
      await saves.attempt(async () => {
        if (await journal.save(machine)) await collect();
      }),
    );

  // An edit from the editor or the file tree is saved like a command's changes.
  const save = async () => void (await journal.save(machine));

  return {
    ...workbenchMethods(() => machine, save),

    async start(opts, onTabChange) {
      options = opts;
      tabChanged = onTabChange;
      columns = opts.columns;
      rows = opts.rows;
      readOnly = !(await tabs.acquire(opts.lessonId, { steal: opts.reclaim === true }));
      const restored = await restoreLesson(deps.storage, opts, deps.realTime);
      adopt(restored);
      // The daemon's lazy parts (Docker Hub's catalog, the builder) load while the learner reads the prompt.
      setTimeout(() => void restored.machine.engine.preload().catch(() => undefined), 0);
      if (readOnly) return { prompt: machine.prompt(), restored: restored.restored, readOnly, notice: READ_ONLY_LINE.trim() };
      let notice = restoreNotice(restored.problems);
      // An older format (or a partly damaged save) is written anew in today's format at once.
      if (restored.rewrite) await persist((line) => (notice = [notice, line].filter(Boolean).join('\n') || undefined));
      // What an earlier page left behind (a tab closed mid-save, a lesson reset elsewhere) goes in the background.
      void collect();
      return { prompt: machine.prompt(), restored: restored.restored, ...(notice ? { notice } : {}) };
    },

    async feed(line: string, onOutput: (chunk: OutputChunk) => void): Promise<FeedResult> {
      if (readOnly) {
        onOutput({ stream: 'stderr', text: READ_ONLY_LINE });
        return { kind: 'ran', exitCode: 1, prompt: machine.prompt() };
      }
      const running = (async () => {
        const { logged, ...result } = await feedLine(machine, line, onOutput);
        if (logged) await persist((text) => text && onOutput({ stream: 'stderr', text: `${text}\n` }));
        return result;
      })();
      inFlight = running;
      return running;
    },

    async takeOver() {
      if (!readOnly) return { prompt: machine.prompt() };
      await tabs.takeOver(lessonId());
      // Carry on from what the other tab saved last.
      await carryOn();
      return { prompt: machine.prompt() };
    },

    async run(line: string, onEvent: (event: FeedEvent) => void): Promise<void> {
      try {
        const result = await this.feed(line, (chunk) => onEvent({ kind: 'output', chunk }));
        onEvent({ kind: 'done', result });
      } catch (error) {
        onEvent({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    },

    watch(onOutput) {
      watcher = onOutput;
      machine?.flushHeld();
    },

    async ping(): Promise<true> {
      return true;
    },

    interrupt() {
      machine.interrupt();
    },

    resize(cols, lines) {
      columns = cols;
      rows = lines;
      machine?.resize(cols, lines);
    },

    async complete(line, cursor): Promise<Completion> {
      return completeLine(machine.top(), machine.engine, line, cursor);
    },

    async checkpoints() {
      if (readOnly) return machine.evaluateCheckpoints();
      return recordPasses(deps.storage, lessonId(), await machine.evaluateCheckpoints(), machine.clock.now());
    },

    async reset() {
      if (readOnly) throw new Error(READ_ONLY_LINE.trim());
      await journal.remove();
      await forgetLessonProgress(deps.storage, lessonId());
      await collect();
      adopt({ machine: new Machine({ ...options!, columns, rows }, undefined, deps.realTime), journal: new LessonJournal(deps.storage, lessonId()) });
      return { prompt: machine.prompt() };
    },

    async revealSolution(checkpointId) {
      const spec = options!.checkpoints.find((c) => c.id === checkpointId);
      if (!spec?.solution) return undefined;
      await recordSolutionShown(deps.storage, lessonId(), checkpointId, machine.clock.now());
      return spec.solution;
    },

    async commandLog() {
      return machine.log.map((r) => ({ ...r }));
    },

    progress: () => readProgress(deps.storage),

    exportProgress: (lessonIds, learner) => exportProgress(deps.storage, lessonIds, learner),

    async importProgress(data, setups) {
      const report = await importProgress(deps.storage, data, setups);
      // The machine this session holds may be one just replaced: load it again.
      if (options && report.lessons.some((l) => l.lessonId === options!.lessonId)) adopt(await restoreLesson(deps.storage, { ...options, columns, rows }, deps.realTime));
      return report;
    },

    stageImport: (data, setups, onProgress) => imports.stage(data, setups, onProgress),
    cancelImport: () => imports.cancel(),
    commitImport: () => imports.commit(),

    setAsideKeys: () => setAsideKeys(deps.storage),
    exportSetAside: () => exportSetAside(deps.storage, Date.now()),
    async discardSetAside() {
      const count = await discardSetAside(deps.storage);
      await collect();
      return count;
    },

    ended: () => machine?.rootExited ?? false,

    // A headless session thrown away (a fuzz case, a test) stops what runs in its background.
    close: () => machine?.shutDown(),
  };
}
