// `npm run grade -- [--csv OUT.csv] FILE...`: grades learners' exported progress by replaying it (see --help).
import { gradeMain } from '../src/sim/grade/main.ts';

gradeMain(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`grade: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
