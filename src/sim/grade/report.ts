// What a teacher reads: a text table per learner, and one CSV for a spreadsheet.
import type { LearnerGrade } from './grade.ts';

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** A fixed-width table of one learner's checkpoints, with a summary line; flagged rows say so. */
export function formatLearnerTable(grade: LearnerGrade): string {
  const header = ['LESSON', 'CHECKPOINT', 'CLAIMED', 'VERIFIED', 'NOTE'];
  const body = grade.rows.map((r) => [
    r.lesson,
    r.checkpoint,
    yesNo(r.claimed),
    yesNo(r.verified),
    [r.flagged ? 'FLAGGED: claimed, not reproduced by replay' : '', r.solutionShown ? 'solution shown' : ''].filter(Boolean).join('; '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('   ').trimEnd();
  const verified = grade.rows.filter((r) => r.verified).length;
  const flagged = grade.rows.filter((r) => r.flagged).length;
  const out = [`Learner: ${grade.learner} (${grade.source})`, line(header), ...body.map(line)];
  out.push(`${verified} of ${grade.rows.length} checkpoints verified${flagged ? `, ${flagged} FLAGGED` : ''}`);
  if (grade.unknownLessons.length) out.push(`Not graded (no such lesson here): ${grade.unknownLessons.join(', ')}`);
  return `${out.join('\n')}\n`;
}

// RFC 4180: quote fields that need it, double inner quotes.
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV for every learner: learner, source, lesson, checkpoint, title, claimed, verified, solution_shown, flagged. */
export function formatCsv(grades: readonly LearnerGrade[]): string {
  const rows = [['learner', 'source', 'lesson', 'checkpoint', 'title', 'claimed', 'verified', 'solution_shown', 'flagged']];
  for (const g of grades) {
    for (const r of g.rows) rows.push([g.learner, g.source, r.lesson, r.checkpoint, r.title, yesNo(r.claimed), yesNo(r.verified), yesNo(r.solutionShown), yesNo(r.flagged)]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
