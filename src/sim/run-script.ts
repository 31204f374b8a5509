// Types a script into a fresh headless session, line by line, and collects what the terminal shows.
import type { WorkspaceFile } from '../protocol/session.ts';
import { createSession } from '../session/session.ts';
import { memoryStorage } from '../session/persistence/storage.ts';
import { activitySettled } from '../kernel/activity.ts';

// The longest a line waits for a runtime's worker to rest (a program that computes for ever is ended
// by its own budget; this only keeps a typed line from waiting that long).
const SETTLE_LIMIT_MS = 5_000;

/** How the headless machine is set up. */
export interface ScriptOptions {
  workspace?: WorkspaceFile[];
  tty?: boolean;
  columns?: number;
  now?: number;
}

/** Runs each line of `script` at the prompt; `write` receives everything the terminal would show. */
export async function runScript(script: string, options: ScriptOptions, write: (text: string) => void): Promise<void> {
  const session = createSession({ storage: memoryStorage(), realTime: false });
  await session.start({
    lessonId: 'sim',
    workspace: options.workspace ?? [],
    checkpoints: [],
    tty: options.tty ?? false,
    columns: options.columns ?? 80,
    rows: 24,
    now: options.now,
  });
  // A background job's output between lines shows where it comes, as at a terminal.
  session.watch((chunk) => write(chunk.text));
  const lines = script.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  try {
    for (const line of lines) {
      await session.feed(line, (chunk) => write(chunk.text));
      if (session.ended()) break;
      // A person takes a moment between lines: let detached containers run up to their next wait.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await activitySettled(SETTLE_LIMIT_MS);
      await activitySettled(SETTLE_LIMIT_MS, 'jobs');
    }
  } finally {
    // The machine goes away with the script: a loop left running in the background ends with it.
    session.close();
  }
}

/** runScript, collected into one string (tests and graders). */
export async function transcript(script: string, options: ScriptOptions = {}): Promise<string> {
  let out = '';
  await runScript(script, options, (text) => (out += text));
  return out;
}
