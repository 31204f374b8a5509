// Work that runs outside the engine's thread — a language runtime's worker loading, computing, answering
// a request — and that a simulated session waits for between typed lines, as a person would: without
// it, `docker run -d … node app.js` then `curl` raced the worker in `npm run sim` and graded checks,
// while a detached shell process, which runs in the engine's own turns, was always ready.

const busy = new Set<Promise<void>>();

/** Marks the start of outside work; call the returned function (any number of times) when it is done. */
export function beginActivity(): () => void {
  let done!: () => void;
  const p = new Promise<void>((resolve) => (done = resolve));
  busy.add(p);
  return () => {
    busy.delete(p);
    done();
  };
}

/** Resolves when no outside work is pending, or after `limitMs` of real time (a program that never rests). */
export async function activitySettled(limitMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<'limit'>((resolve) => (timer = setTimeout(() => resolve('limit'), limitMs)));
  try {
    while (busy.size) if ((await Promise.race([Promise.race([...busy]), limit])) === 'limit') return;
  } finally {
    clearTimeout(timer);
  }
}
