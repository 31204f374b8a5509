// `npm run --silent sim -- [--workspace DIR] [SCRIPT]`: the learner's session, headless. Each line of
// SCRIPT (or stdin) is typed at the prompt in turn; stdout is exactly what the terminal would show,
// minus prompts and the echo of typed lines, with no ANSI escapes unless stdout is a terminal.
import { readFileSync } from 'node:fs';
import { createSession } from '../session/create-session.ts';
import { memoryStorage } from '../session/storage.ts';
import { readWorkspace } from './workspace.ts';
import { parseSimArgs, SIM_USAGE } from './args.ts';

async function main(argv: string[]): Promise<number> {
  const args = parseSimArgs(argv);
  if ('error' in args) {
    process.stderr.write(`sim: ${args.error}\n${SIM_USAGE}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(SIM_USAGE);
    return 0;
  }
  const script = args.script ? readFileSync(args.script, 'utf8') : readFileSync(0, 'utf8');
  const tty = Boolean(process.stdout.isTTY);
  const session = createSession({ storage: memoryStorage(), realTime: false });
  await session.start({
    lessonId: 'sim',
    workspace: args.workspace ? readWorkspace(args.workspace) : [],
    checkpoints: [],
    tty,
    columns: process.stdout.columns ?? 80,
    rows: process.stdout.rows ?? 24,
    now: args.now,
  });
  const lines = script.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    await session.feed(line, (chunk) => process.stdout.write(chunk.text));
    if (session.ended()) break;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sim: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
