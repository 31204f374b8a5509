// The learner's session: a host machine with bash and the docker CLI over a simulated daemon, the
// lesson's checkpoints, and persistence. The worker exposes it with comlink; `npm run sim` drives it in Node.
import type { Completion, FeedEvent, FeedResult, OutputChunk, SessionApi, SessionOptions } from '../protocol/session.ts';
import type { SessionStorage } from './persistence/storage.ts';
import { Machine } from './machine.ts';
import { feedLine } from './feed.ts';
import { completeLine } from './completion.ts';
import { forgetLessonProgress, readProgress, recordPasses, recordSolutionShown } from './progress.ts';
import { exportProgress, importProgress } from './transfer.ts';
import { loadLesson, removeLesson, saveLesson } from './persistence/lesson-store.ts';

/** How a session is made: where it saves, and whether time is real (browser) or simulated (sim, tests). */
export interface SessionDeps {
  storage: SessionStorage;
  realTime: boolean;
}

/** Creates a session; call `start` before anything else. */
export function createSession(deps: SessionDeps): SessionApi & { ended(): boolean } {
  let options: SessionOptions | undefined;
  let machine: Machine;
  let columns = 80;
  let rows = 24;
  let saveFailed = false;

  const lessonId = () => options!.lessonId;
  const boot = async () => {
    machine = new Machine({ ...options!, columns, rows }, await loadLesson(deps.storage, lessonId()), deps.realTime);
  };

  return {
    async start(opts) {
      options = opts;
      columns = opts.columns;
      rows = opts.rows;
      const saved = await loadLesson(deps.storage, opts.lessonId);
      machine = new Machine(opts, saved, deps.realTime);
      return { prompt: machine.prompt(), restored: saved !== undefined };
    },

    async feed(line: string, onOutput: (chunk: OutputChunk) => void): Promise<FeedResult> {
      const { logged, ...result } = await feedLine(machine, line, onOutput);
      if (logged) {
        await saveLesson(deps.storage, lessonId(), machine.state()).catch((error: unknown) => {
          // Storage can be full or unavailable (private windows): keep working, say so once.
          if (!saveFailed) onOutput({ stream: 'stderr', text: `workbook: your work could not be saved in this browser (${error instanceof Error ? error.message : String(error)})\n` });
          saveFailed = true;
        });
      }
      return result;
    },

    async run(line: string, onEvent: (event: FeedEvent) => void): Promise<void> {
      try {
        const result = await this.feed(line, (chunk) => onEvent({ kind: 'output', chunk }));
        onEvent({ kind: 'done', result });
      } catch (error) {
        onEvent({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
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
      return recordPasses(deps.storage, lessonId(), await machine.evaluateCheckpoints(), machine.clock.now());
    },

    async reset() {
      await removeLesson(deps.storage, lessonId());
      await forgetLessonProgress(deps.storage, lessonId());
      await boot();
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
      if (options && report.lessons.some((l) => l.lessonId === options!.lessonId)) await boot();
      return report;
    },

    ended: () => machine?.rootExited ?? false,
  };
}
