// The worker's heap after replaying every lesson's solution, measured in Node (run with --expose-gc):
// one session imports each lesson's solution in turn, as a progress import would, and keeps the last.
import { recordFigures } from './figures.mjs';
import { loadLessons, scriptToLog } from '../../src/sim/grade/lessons.ts';
import { replayLesson } from '../../src/session/replay.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('bench: run heap.ts with node --expose-gc');
const storage = memoryStorage();
for (const lesson of await loadLessons()) {
  if (!lesson.solution) continue;
  await replayLesson(storage, lesson, { startedAt: 0, log: scriptToLog(lesson.solution) });
}
gc();
gc();
recordFigures('heap', [{ key: 'workerHeapMB', label: "the session's heap after replaying every lesson's solution", value: process.memoryUsage().heapUsed / 1e6, unit: 'MB', budget: 100 }]);
