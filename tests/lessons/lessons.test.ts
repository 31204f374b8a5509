// Lesson CI: every lesson's solution passes all its checkpoints, its start passes none, each declared
// near-miss gets its intended hint, and every runnable block in its prose runs in the simulator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { replayLesson } from '../../src/session/replay.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';
import { defineLesson } from '../../src/checkpoints/authoring.ts';
import { loadLessons, scriptToLog, type LessonOnDisk } from '../../src/sim/grade/lessons.ts';

const lessons = await loadLessons();

async function freshSession(lesson: LessonOnDisk) {
  const session = createSession({ storage: memoryStorage(), realTime: false });
  await session.start({ lessonId: lesson.lessonId, workspace: lesson.workspace, checkpoints: lesson.checkpoints, tty: false, columns: 80, rows: 24 });
  return session;
}

// `<Run cmd="…" />` blocks of the lesson's prose, in order.
function runBlocks(lesson: LessonOnDisk): string[] {
  const mdx = readFileSync(join(lesson.dir, 'index.mdx'), 'utf8');
  return [...mdx.matchAll(/<Run\s+cmd="([^"]*)"/g)].map((m) => m[1]);
}

describe('lessons', () => {
  it('finds the lesson folders', () => {
    expect(lessons.map((l) => l.lessonId)).toEqual(expect.arrayContaining(['01-what-is-an-image', '02-layers-and-history', '03-pulling-tags-and-names']));
  });

  for (const lesson of lessons) {
    describe(lesson.lessonId, () => {
      it('declares valid checkpoints (at least three) with defineLesson', () => {
        expect(() => defineLesson(lesson.lessonId, { checkpoints: lesson.definition.checkpoints as never, nearMisses: lesson.definition.nearMisses })).not.toThrow();
        expect(lesson.checkpoints.length).toBeGreaterThanOrEqual(3);
      });

      it('passes no checkpoint in its starting state', async () => {
        const results = await (await freshSession(lesson)).checkpoints();
        expect(results.filter((r) => r.passed).map((r) => r.id)).toEqual([]);
        for (const r of results) expect(r.why, r.id).toBeTruthy();
      });

      it('passes every checkpoint with its solution.sh', async () => {
        expect(lesson.solution, `lessons/${lesson.lessonId}/solution.sh`).toBeDefined();
        const passed = await replayLesson(memoryStorage(), lesson, { startedAt: 0, log: scriptToLog(lesson.solution!) });
        expect(Object.keys(passed).sort()).toEqual(lesson.checkpoints.map((c) => c.id).sort());
      });

      it('passes every checkpoint with the solutions "show solution" reveals, in order', async () => {
        const script = lesson.checkpoints.map((c) => c.solution ?? '').join('\n');
        const passed = await replayLesson(memoryStorage(), lesson, { startedAt: 0, log: scriptToLog(script) });
        expect(Object.keys(passed).sort()).toEqual(lesson.checkpoints.map((c) => c.id).sort());
      });

      for (const [i, miss] of lesson.definition.nearMisses.entries()) {
        it(`near-miss ${i + 1} (${JSON.stringify(miss.script)}) gets its hint`, async () => {
          const session = await freshSession(lesson);
          for (const line of miss.script.split('\n')) await session.feed(line, () => {});
          const id = miss.checkpoint ?? lesson.checkpoints[0].id;
          const result = (await session.checkpoints()).find((r) => r.id === id)!;
          expect(result.passed).toBe(false);
          expect(result.why).toMatch(miss.expectHint);
        });
      }

      it('has runnable blocks that all succeed in the simulator, in order', async () => {
        const blocks = runBlocks(lesson);
        expect(blocks.length).toBeGreaterThan(0);
        const session = await freshSession(lesson);
        for (const cmd of blocks) {
          let out = '';
          const result = await session.feed(cmd, (chunk) => (out += chunk.text));
          expect({ cmd, result, out: result.kind === 'ran' && result.exitCode !== 0 ? out : '' }).toMatchObject({ result: { kind: 'ran', exitCode: 0 }, out: '' });
        }
      });
    });
  }
});
