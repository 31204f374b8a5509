// Held-out learner journeys through the Dockerfile lessons (issue 17): for every challenge of lessons
// 8–16, at least two other correct routes than the lesson's own solution pass, and plausible wrong
// routes fail with a hint that names what is wrong. Each journey starts from the lesson's fresh machine.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';
import { loadLessons } from '../../src/sim/grade/lessons.ts';
import { play, type Journey } from './journeys/journey.ts';
import { JOURNEYS } from './journeys/index.ts';

const lessons = await loadLessons();

describe('held-out learner journeys', () => {
  for (const [lessonId, journeys] of Object.entries(JOURNEYS)) {
    const lesson = lessons.find((l) => l.lessonId === lessonId)!;
    describe(lessonId, () => {
      it('has two or more other correct routes to each challenge, and a wrong one', () => {
        for (const cp of lesson.checkpoints.filter((c) => c.kind === 'challenge')) {
          const mine = journeys.filter((j: Journey) => j.checkpoint === cp.id);
          expect(mine.filter((j) => j.expect === 'pass').length, `${cp.id}: correct routes`).toBeGreaterThanOrEqual(2);
          expect(mine.filter((j) => j.expect !== 'pass').length, `${cp.id}: wrong routes`).toBeGreaterThanOrEqual(1);
        }
      });

      for (const journey of journeys) {
        it(`${journey.checkpoint}: ${journey.name} ${journey.expect === 'pass' ? 'passes' : 'fails with its hint'}`, async () => {
          const session = createSession({ storage: memoryStorage(), realTime: false });
          await session.start({ lessonId, workspace: lesson.workspace, checkpoints: lesson.checkpoints, tty: false, columns: 100, rows: 24 });
          const out = await play(session, journey.steps);
          const result = (await session.checkpoints()).find((r) => r.id === journey.checkpoint);
          expect(result, `no checkpoint ${journey.checkpoint}`).toBeDefined();
          if (journey.expect === 'pass') expect(result!.passed, `not passed: ${result!.why}\n--- the journey's last output:\n${out.slice(-2000)}`).toBe(true);
          else {
            expect(result!.passed, `a wrong route passed\n--- the journey's last output:\n${out.slice(-2000)}`).toBe(false);
            expect(result!.why).toMatch(journey.expect);
          }
        });
      }
    });
  }
});
