// The job clock as a process in the background sees it. Only the foreground's waits move a simulated
// clock (the learner sits and watches); a background process that waits for its own job (`wait` in a
// detached container's script, in a job started with `&`) waits like any of its sleeps, for the clock
// to get there.
import type { JobClock } from './process.ts';

/** `clock` for a process in the background: the same waits, and a wait for a job that moves no clock. */
export function backgroundJobClock(clock: JobClock): JobClock {
  return {
    wait: (ms, signal) => clock.wait(ms, signal),
    until: <T>(until: Promise<T>, signal?: AbortSignal) =>
      new Promise<T>((resolve, reject) => {
        const stop = () => reject(Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' }));
        if (signal?.aborted) return stop();
        signal?.addEventListener('abort', stop, { once: true });
        until.then(resolve, reject).finally(() => signal?.removeEventListener('abort', stop));
      }),
  };
}
