// Progress files from before a lesson moved: the old lesson 03 (pulling, tags and names) lives on in
// lesson 07, so an export that names 03-pulling-tags-and-names is imported and graded as lesson 07.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';
import { loadLessons } from '../../src/sim/grade/lessons.ts';
import { gradeProgress } from '../../src/sim/grade/grade.ts';
import type { ProgressExport } from '../../src/protocol/session.ts';

const lessons = await loadLessons();
const setups = lessons.map((l) => ({ lessonId: l.lessonId, workspace: l.workspace, checkpoints: l.checkpoints }));

// What the old lesson's page exported: its guided pulls and tag, and a claim on its (dropped) digest step.
function oldExport(): ProgressExport {
  const lines = ['docker pull alpine:3.20', 'docker pull alpine', 'docker pull alpine:3.21', 'docker tag alpine:3.21 localhost:5000/learner/alpine:3.21'];
  const log = lines.map((line, i) => ({ line, exitCode: 0, at: 1_000 + i }));
  const checkpoints = { 'pin-by-tag': { passedAt: 1_000 }, 'latest-is-a-tag': { passedAt: 1_002 }, 'many-names': { passedAt: 1_003 } };
  return { format: 'docker-workbook-progress', version: 1, learner: 'Ada', exportedAt: 2_000, lessons: { '03-pulling-tags-and-names': { startedAt: 1_000, log, checkpoints } } };
}

describe('a progress file that names the old lesson 03', () => {
  it('is imported onto lesson 07, whose guided steps it reaches', async () => {
    const session = createSession({ storage: memoryStorage(), realTime: false });
    const report = await session.importProgress(oldExport(), setups);
    expect(report.unknown).toEqual([]);
    expect(report.lessons.map((l) => l.lessonId)).toEqual(['07-tags-digests-platforms']);
    expect(report.lessons[0].verified.sort()).toEqual(['latest-is-a-tag', 'many-names', 'pin-by-tag']);
  });

  it('is graded as lesson 07, and not reported as an unknown lesson', async () => {
    const grade = await gradeProgress(oldExport(), 'ada.json', lessons);
    expect(grade.unknownLessons).toEqual([]);
    const verified = grade.rows.filter((r) => r.verified).map((r) => `${r.lesson}/${r.checkpoint}`);
    expect(verified.sort()).toEqual(['07-tags-digests-platforms/latest-is-a-tag', '07-tags-digests-platforms/many-names', '07-tags-digests-platforms/pin-by-tag']);
    expect(grade.rows.some((r) => r.flagged)).toBe(false);
  });

  it('leaves the old record aside when the file also has lesson 07 of its own', async () => {
    const file = oldExport();
    file.lessons['07-tags-digests-platforms'] = { startedAt: 5_000, log: [{ line: 'docker pull alpine:3.20', exitCode: 0, at: 5_001 }], checkpoints: {} };
    const grade = await gradeProgress(file, 'ada.json', lessons);
    expect(grade.unknownLessons).toEqual(['03-pulling-tags-and-names']);
    expect(grade.rows.filter((r) => r.verified).map((r) => r.checkpoint)).toEqual(['pin-by-tag']);
  });
});
