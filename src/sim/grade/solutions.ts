// `npm run grade -- --solutions`: replays every lesson's solution.sh, and the solutions its checkpoints
// reveal, in fresh simulated machines, and reports which checkpoints each one leaves unmet.
import { replayLesson } from '../../session/replay.ts';
import { memoryStorage } from '../../session/persistence/storage.ts';
import type { LessonOnDisk } from './lessons.ts';
import { scriptToLog } from './lessons.ts';

/** One lesson's result: the checkpoints each replay left unmet (empty when all passed). */
export interface SolutionReport {
  lessonId: string;
  checkpoints: number;
  /** Unmet after lessons/<id>/solution.sh; undefined when the lesson has none. */
  scriptMisses?: string[];
  /** Unmet after the checkpoints' own solutions, in order. */
  revealedMisses: string[];
}

/** Replays both kinds of solution of every lesson. */
export async function replaySolutions(lessons: readonly LessonOnDisk[]): Promise<SolutionReport[]> {
  const reports: SolutionReport[] = [];
  for (const lesson of lessons) {
    const ids = lesson.checkpoints.map((c) => c.id);
    const unmet = async (script: string) => {
      const passed = await replayLesson(memoryStorage(), lesson, { startedAt: 0, log: scriptToLog(script) });
      return ids.filter((id) => passed[id] === undefined);
    };
    reports.push({
      lessonId: lesson.lessonId,
      checkpoints: ids.length,
      scriptMisses: lesson.solution === undefined ? undefined : await unmet(lesson.solution),
      revealedMisses: await unmet(lesson.checkpoints.map((c) => c.solution ?? '').join('\n')),
    });
  }
  return reports;
}

/** One line per lesson: "01-what-is-an-image  3/3 solution.sh  3/3 revealed", with what failed. */
export function formatSolutionReports(reports: readonly SolutionReport[]): string {
  return reports
    .map((r) => {
      const script = r.scriptMisses === undefined ? 'no solution.sh' : `${r.checkpoints - r.scriptMisses.length}/${r.checkpoints} solution.sh`;
      const revealed = `${r.checkpoints - r.revealedMisses.length}/${r.checkpoints} revealed`;
      const misses = [...new Set([...(r.scriptMisses ?? []), ...r.revealedMisses])];
      return `${r.lessonId.padEnd(42)} ${script.padEnd(16)} ${revealed}${misses.length ? `  UNMET: ${misses.join(', ')}` : ''}\n`;
    })
    .join('');
}
