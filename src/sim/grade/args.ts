// Command-line options of `npm run grade`.

/** What `npm run grade -- --help` prints. */
export const GRADE_USAGE = `Usage: npm run --silent grade -- [--csv OUT.csv] FILE...
       npm run --silent grade -- --solutions

Grades learners' exported progress files (the JSON that "Export progress" on the site's Progress
page saves). For each file and each lesson in it, the recorded command log is typed again into a
fresh simulated machine (clock starting when the learner's did), and every checkpoint is evaluated
after every command, as in the browser. A checkpoint counts as VERIFIED only if this replay passes
it; what the file itself says is shown as CLAIMED. A claimed pass that the replay does not reproduce
is FLAGGED: the file was edited, or it comes from a different version of the lessons.

Prints one table per learner (lesson, checkpoint, claimed, verified) and, with --csv, writes one CSV
with a row per learner and checkpoint for a spreadsheet.

With --solutions (and no files), replays every lesson's solution.sh and the solutions its
checkpoints reveal, each in a fresh machine, and lists any checkpoint they leave unmet.

  --csv OUT.csv   also write the results as CSV to OUT.csv
  --solutions     replay every lesson's own solutions instead of progress files
  -h, --help      show this help

Exit status: 0 when every file was graded and nothing is flagged (with --solutions: every
solution passes every checkpoint), 1 when something is flagged (or a solution leaves a checkpoint
unmet), 2 for a usage error or a file that is not a progress export.
`;

/** Parsed options, or the reason they could not be parsed. */
export type GradeArgs = { files: string[]; csv?: string; help?: boolean; solutions?: boolean } | { error: string };

/** Parses argv (without node and the script path). */
export function parseGradeArgs(argv: string[]): GradeArgs {
  const out: { files: string[]; csv?: string; help?: boolean; solutions?: boolean } = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') out.help = true;
    else if (arg === '--solutions') out.solutions = true;
    else if (arg === '--csv') {
      const value = argv[++i];
      if (value === undefined) return { error: '--csv needs a file name' };
      out.csv = value;
    } else if (arg.startsWith('--csv=')) out.csv = arg.slice('--csv='.length);
    else if (arg === '--') continue;
    else if (arg.startsWith('-')) return { error: `unknown option ${arg}` };
    else out.files.push(arg);
  }
  if (out.solutions && out.files.length > 0) return { error: '--solutions takes no progress files' };
  if (!out.help && !out.solutions && out.files.length === 0) return { error: 'give at least one progress file (or --solutions)' };
  return out;
}
