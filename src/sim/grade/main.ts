// Runs `npm run grade`: reads progress files, grades each, prints tables, writes the CSV.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { GRADE_USAGE, parseGradeArgs } from './args.ts';
import { gradeProgress, type LearnerGrade } from './grade.ts';
import { loadLessons } from './lessons.ts';
import { formatCsv, formatLearnerTable } from './report.ts';
import { formatSolutionReports, replaySolutions } from './solutions.ts';

/** Output streams, so tests can run the command in-process. */
export interface GradeIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The whole command; resolves to its exit status. */
export async function gradeMain(argv: string[], io: GradeIo): Promise<number> {
  const args = parseGradeArgs(argv);
  if ('error' in args) {
    io.stderr(`grade: ${args.error}\n\n${GRADE_USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(GRADE_USAGE);
    return 0;
  }
  const lessons = await loadLessons();
  if (args.solutions) {
    const reports = await replaySolutions(lessons);
    io.stdout(formatSolutionReports(reports));
    return reports.some((r) => r.revealedMisses.length > 0 || (r.scriptMisses?.length ?? 0) > 0) ? 1 : 0;
  }
  const grades: LearnerGrade[] = [];
  let status = 0;
  for (const file of args.files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      io.stderr(`grade: ${file}: cannot read it as JSON: ${(error as Error).message}\n`);
      status = 2;
      continue;
    }
    try {
      const grade = await gradeProgress(data, basename(file), lessons);
      grades.push(grade);
      io.stdout(`${formatLearnerTable(grade)}\n`);
      if (grade.rows.some((r) => r.flagged) && status === 0) status = 1;
    } catch (error) {
      io.stderr(`grade: ${file}: ${(error as Error).message}\n`);
      status = 2;
    }
  }
  if (args.csv) {
    writeFileSync(args.csv, formatCsv(grades));
    io.stdout(`Wrote ${args.csv}\n`);
  }
  return status;
}
