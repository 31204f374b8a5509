// `npm run --silent sim -- [--workspace DIR] [SCRIPT]`: the learner's session, headless (or, with
// `--listen ADDRESS`, the Docker Engine API of a fresh daemon for the real docker CLI). Each line of
// SCRIPT (or stdin) is typed at the prompt in turn; stdout is exactly what the terminal would show,
// minus prompts and the echo of typed lines, with no ANSI escapes unless stdout is a terminal.
import { readFileSync } from 'node:fs';
import { runScript } from './run-script.ts';
import { readWorkspace } from './workspace.ts';
import { parseSimArgs, SIM_USAGE } from './args.ts';
import { serveUntilSignal } from './api/serve.ts';
import type { WorkspaceFile } from '../protocol/session.ts';

// "cannot read notes.sh: No such file or directory", from a Node fs error.
function unreadable(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  const reasons: Record<string, string> = { ENOENT: 'No such file or directory', EACCES: 'Permission denied', EISDIR: 'Is a directory', ENOTDIR: 'Not a directory' };
  return `cannot read ${e.path ?? 'input'}: ${(e.code && reasons[e.code]) ?? e.message}`;
}

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
  if (args.listen !== undefined) return serveUntilSignal(args.listen, args.now, (line) => process.stderr.write(`${line}\n`));
  // A script or workspace that cannot be read is a wrong option: one line, status 2, as the README says.
  let script: string;
  let workspace: WorkspaceFile[];
  try {
    script = args.script ? readFileSync(args.script, 'utf8') : readFileSync(0, 'utf8');
    workspace = args.workspace ? readWorkspace(args.workspace) : [];
  } catch (error) {
    process.stderr.write(`sim: ${unreadable(error)}\n`);
    return 2;
  }
  await runScript(
    script,
    {
      workspace,
      tty: Boolean(process.stdout.isTTY),
      columns: process.stdout.columns ?? 80,
      now: args.now,
    },
    (text) => process.stdout.write(text),
  );
  return 0;
}

// If Node's event loop empties while the session still waits — a foreground server (`docker run -p 80:80
// nginx`, `python3 -m http.server`) that only Ctrl-C would end — say so instead of exiting 0 with the
// rest of the script silently unrun.
let settled = false;
process.on('beforeExit', () => {
  if (settled) return;
  settled = true;
  process.stderr.write('sim: a foreground program is still running and nothing in the script can end it (in a terminal, Ctrl-C would); the lines after it were not run\n');
  process.exitCode = 70;
});

main(process.argv.slice(2)).then(
  (code) => {
    settled = true;
    process.exitCode = code;
  },
  (error: unknown) => {
    settled = true;
    process.stderr.write(`sim: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
