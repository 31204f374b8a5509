// Typing a line into a session in tests, as the terminal does: the text it printed, both streams.
import type { createSession } from '../../src/session/session.ts';

/** Runs `line` and returns everything it printed. */
export async function type(session: ReturnType<typeof createSession>, line: string): Promise<string> {
  let out = '';
  await session.feed(line, (chunk) => (out += chunk.text));
  return out;
}
