// `npm run grade`: a genuine export verifies, a tampered one is flagged; tables, CSV and --help.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';
import { loadLessons } from '../../src/sim/grade/lessons.ts';
import { gradeProgress } from '../../src/sim/grade/grade.ts';
import { gradeMain } from '../../src/sim/grade/main.ts';
import type { ProgressExport } from '../../src/protocol/session.ts';

const lessons = await loadLessons();
const lesson02 = lessons.find((l) => l.lessonId === '02-layers-and-history')!;

// A learner works through lesson 02 in a session, as in the browser, and exports their progress.
async function genuineExport(): Promise<ProgressExport> {
  const session = createSession({ storage: memoryStorage(), realTime: false });
  await session.start({ lessonId: lesson02.lessonId, workspace: lesson02.workspace, checkpoints: lesson02.checkpoints, tty: true, columns: 80, rows: 24, now: Date.parse('2026-03-02T09:00:00Z') });
  const lines = ['docker pull alpine:3.21', 'docker pull nginx:alpine', 'echo 3 > ~/predictions/python-layers.txt', 'docker pull python:3.12-alpine', "docker image inspect -f '{{len .RootFS.Layers}}' python:3.12-alpine > ~/answers/python-layers.txt"];
  for (const line of lines) {
    await session.feed(line, () => {});
    await session.checkpoints();
  }
  await session.revealSolution('shared-layer');
  return session.exportProgress(lessons.map((l) => l.lessonId), 'Ada');
}

describe('grading', () => {
  it('verifies every pass a genuine export claims', async () => {
    const file = JSON.parse(JSON.stringify(await genuineExport())) as ProgressExport;
    expect(Object.keys(file.lessons)).toEqual(['02-layers-and-history']);
    expect(file.lessons['02-layers-and-history'].startedAt).toBe(Date.parse('2026-03-02T09:00:00Z'));
    const grade = await gradeProgress(file, 'ada.json', lessons);
    const rows = grade.rows.filter((r) => r.lesson === '02-layers-and-history');
    expect(rows.map((r) => [r.checkpoint, r.claimed, r.verified, r.flagged])).toEqual([
      ['pull-alpine-3-21', true, true, false],
      ['pull-nginx-alpine', true, true, false],
      ['python-layers', true, true, false],
      ['shared-layer', false, false, false],
      ['pull-id', false, false, false],
    ]);
    expect(rows.find((r) => r.checkpoint === 'shared-layer')!.solutionShown).toBe(true);
    expect(grade.rows.filter((r) => r.lesson !== '02-layers-and-history').every((r) => !r.claimed && !r.verified)).toBe(true);
  });

  it('flags claimed passes that an edited file does not reproduce', async () => {
    const file = JSON.parse(JSON.stringify(await genuineExport())) as ProgressExport;
    // Claim a challenge, and take the pull of python:3.12-alpine out of the log.
    const lesson = file.lessons['02-layers-and-history'];
    lesson.checkpoints['shared-layer'] = { passedAt: lesson.log[2].at };
    lesson.log = lesson.log.filter((r) => !r.line.startsWith('docker pull python'));
    file.lessons['03-reading-an-image'] = { startedAt: 0, log: [], checkpoints: { dossier: { passedAt: 1 } } };
    const grade = await gradeProgress(file, 'ada.json', lessons);
    expect(grade.rows.filter((r) => r.flagged).map((r) => `${r.lesson}/${r.checkpoint}`)).toEqual([
      '02-layers-and-history/python-layers',
      '02-layers-and-history/shared-layer',
      '03-reading-an-image/dossier',
    ]);
  });

  it('prints a table per learner, writes a CSV, and exits 1 when something is flagged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grade-'));
    const genuine = await genuineExport();
    const tampered = JSON.parse(JSON.stringify(genuine)) as ProgressExport;
    tampered.learner = 'Eve';
    const claims = tampered.lessons['02-layers-and-history'].checkpoints;
    claims['shared-layer'] = { ...claims['shared-layer'], passedAt: 1 };
    writeFileSync(join(dir, 'ada.json'), JSON.stringify(genuine));
    writeFileSync(join(dir, 'eve.json'), JSON.stringify(tampered));
    let out = '';
    let err = '';
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t) };
    const csv = join(dir, 'grades.csv');
    expect(await gradeMain([join(dir, 'ada.json'), join(dir, 'eve.json'), '--csv', csv], io)).toBe(1);
    expect(err).toBe('');
    expect(out).toContain('Learner: Ada (ada.json)\nLESSON');
    expect(out).toMatch(/02-layers-and-history +pull-alpine-3-21 +yes +yes\n/);
    expect(out).toMatch(/02-layers-and-history +shared-layer +no +no +solution shown\n/);
    expect(out).toMatch(/02-layers-and-history +shared-layer +yes +no +FLAGGED: claimed, not reproduced by replay; solution shown\n/);
    // Every checkpoint of every lesson is listed; Ada's three passes of lesson 02 are the verified ones.
    const total = lessons.reduce((n, l) => n + l.checkpoints.length, 0);
    expect(out).toContain(`3 of ${total} checkpoints verified, 1 FLAGGED`);
    const lines = readFileSync(csv, 'utf8').split('\r\n');
    expect(lines[0]).toBe('learner,source,lesson,checkpoint,title,claimed,verified,solution_shown,flagged');
    expect(lines).toContain('Eve,eve.json,02-layers-and-history,shared-layer,The diff ID python:3.12-alpine and nginx:alpine share is in ~/answers/shared-layer.txt,yes,no,yes,yes');
    expect(lines).toContain('Ada,ada.json,02-layers-and-history,pull-nginx-alpine,"Pull nginx:alpine, built on that base",yes,yes,no,no');
  });

  it('explains itself with --help and rejects files that are not progress exports', async () => {
    let out = '';
    let err = '';
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (err += t) };
    expect(await gradeMain(['--help'], io)).toBe(0);
    expect(out).toMatch(/^Usage: npm run --silent grade -- \[--csv OUT\.csv\] FILE\.\.\./);
    expect(out).toContain('FLAGGED');
    const dir = mkdtempSync(join(tmpdir(), 'grade-'));
    writeFileSync(join(dir, 'x.json'), JSON.stringify({ hello: 1 }));
    expect(await gradeMain([join(dir, 'x.json')], io)).toBe(2);
    expect(err).toContain('x.json: This is not a Docker Images Workbook progress file (format:');
    err = '';
    expect(await gradeMain([], io)).toBe(2);
    expect(err).toMatch(/^grade: give at least one progress file \(or --solutions\)\n/);
  });
});
