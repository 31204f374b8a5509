// `npm run grade -- --solutions`: every lesson's solutions replayed; a solution that misses a checkpoint is named.
import { describe, expect, it } from 'vitest';
import { gradeMain } from '../../src/sim/grade/main.ts';
import { formatSolutionReports, replaySolutions } from '../../src/sim/grade/solutions.ts';
import type { LessonOnDisk } from '../../src/sim/grade/lessons.ts';

const hints = ['a', 'b', 'c'];
const lesson = (solution: string): LessonOnDisk => ({
  lessonId: '99-test',
  dir: '/nowhere',
  workspace: [],
  solution,
  definition: { lessonId: '99-test', checkpoints: [], nearMisses: [] },
  checkpoints: [
    { id: 'pulled', title: 'Pull alpine:3.21', hints, checks: [{ matcher: 'imageExists', params: { ref: 'alpine:3.21' } }], solution: 'docker pull alpine:3.21' },
    { id: 'tagged', title: 'Tag it', hints, checks: [{ matcher: 'tagPointsTo', params: { ref: 'mine:v1', sameAs: 'alpine:3.21' } }], solution: 'docker tag alpine:3.21 mine:v2' },
  ],
});

describe('grade --solutions', () => {
  it('names the checkpoints a solution leaves unmet', async () => {
    const reports = await replaySolutions([lesson('docker pull alpine:3.21\ndocker tag alpine:3.21 mine:v1\n')]);
    expect(reports).toEqual([{ lessonId: '99-test', checkpoints: 2, scriptMisses: [], revealedMisses: ['tagged'] }]);
    expect(formatSolutionReports(reports)).toMatch(/^99-test +2\/2 solution\.sh +1\/2 revealed {2}UNMET: tagged\n$/);
  });

  it("replays every lesson's solutions and exits 0 when they all pass", async () => {
    let out = '';
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t) };
    expect(await gradeMain(['--solutions'], io)).toBe(0);
    expect(out).toMatch(/^01-what-is-an-image +3\/3 solution\.sh +3\/3 revealed$/m);
    expect(out).not.toContain('UNMET');
    expect(await gradeMain(['--solutions', 'x.json'], io)).toBe(2);
  }, 180_000); // every lesson replayed twice: about 16 s alone, several times that beside other suites on 2 cores
});
