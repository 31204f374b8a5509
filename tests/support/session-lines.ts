// A fresh headless session on the simulated clock (no TTY, 80 columns) and a way to type lines into it.
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';

/** What one typed line printed (stdout and stderr together, and apart) and its exit status. */
export interface LineResult {
  out: string;
  stdout: string;
  stderr: string;
  status: number | undefined;
}

/** A new session (with a terminal if `tty`); `run(line)` types a line and returns what it printed. */
export async function sessionLines(lessonId = 'test', tty = false) {
  const session = createSession({ storage: memoryStorage(), realTime: false });
  await session.start({ lessonId, workspace: [], checkpoints: [], tty, columns: 80, rows: 24 });
  const run = async (line: string): Promise<LineResult> => {
    let out = '';
    let stdout = '';
    let stderr = '';
    const result = await session.feed(line, (chunk) => {
      out += chunk.text;
      if (chunk.stream === 'stderr') stderr += chunk.text;
      else stdout += chunk.text;
    });
    return { out, stdout, stderr, status: result.kind === 'ran' ? result.exitCode : undefined };
  };
  return { session, run };
}
