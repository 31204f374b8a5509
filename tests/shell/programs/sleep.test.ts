import { describe, expect, it, vi } from 'vitest';
import { differential } from './cases.ts';
import { ctrlCWhileSleeping, SIMULATED_NOW } from './oracle.ts';
import { realClock, simulatedClock } from '../../../src/session/clock.ts';

differential("sleep", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "sleep 0.01; echo $?",
  "sleep 0.01 0.01s; echo $?",
  "sleep 1x; echo $?",
  "sleep 1e-3; echo $?",
  "sleep -1; echo $?",
  "sleep nan; echo $?",
  {"cmd": "sleep; echo $?", "only": "gnu"},
  {"cmd": "sleep x; echo $?", "only": "gnu"},
  {"cmd": "sleep -- -1; echo $?; sleep +0.01 1e-2s .001m 0x0; echo $?", "only": "gnu"},
  // busybox takes "inf" only as its first argument.
  {"cmd": "sleep 0 inf; echo $?", "only": "busybox"},
]);

// What each sleep asks the clock for, the shell's sleep recorded; Ctrl-C pressed as it sleeps.
async function slept(flavour: 'gnu' | 'busybox', cmd: string): Promise<{ code: number; asked: number[] }> {
  const { code, asked } = await ctrlCWhileSleeping(flavour, cmd);
  return { code, asked };
}

describe('sleep infinity', () => {
  it('asks the clock for a wait without end, which Ctrl-C ends (GNU: inf, infinity, any case; busybox: a first argument starting with inf)', async () => {
    for (const cmd of ['sleep infinity', 'sleep INF', 'sleep 1 inf']) expect(await slept('gnu', cmd)).toEqual({ code: 130, asked: [Infinity] });
    for (const cmd of ['sleep infinity', 'sleep Infs', 'sleep inf 5']) expect(await slept('busybox', cmd)).toEqual({ code: 130, asked: [Infinity] });
    expect(await slept('gnu', 'sleep 1.5m')).toEqual({ code: 130, asked: [90_000] });
  });

  it('the browser clock waits past setTimeout\'s 2^31-1 ms, and without end until its signal', async () => {
    vi.useFakeTimers();
    try {
      const clock = realClock();
      let done = false;
      void clock.sleep(2 ** 31 + 1000).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1001);
      expect(done).toBe(true);
      const stop = new AbortController();
      let ended = '';
      void clock.sleep(Infinity, stop.signal).then(() => (ended = 'resolved'), () => (ended = 'aborted'));
      await vi.advanceTimersByTimeAsync(10 * 2 ** 31);
      expect(ended).toBe('');
      stop.abort();
      await vi.advanceTimersByTimeAsync(0);
      expect(ended).toBe('aborted');
    } finally {
      vi.useRealTimers();
    }
  });

  it('a wait of NaN ends at once on both clocks, as setTimeout reads it', async () => {
    await expect(realClock().sleep(NaN)).resolves.toBeUndefined();
    const clock = simulatedClock(SIMULATED_NOW);
    await clock.sleep(NaN);
    expect(clock.now()).toBe(SIMULATED_NOW);
  });

  it('a simulated clock does not move for a wait without end', async () => {
    const clock = simulatedClock(SIMULATED_NOW);
    const stop = new AbortController();
    const waiting = clock.sleep(Infinity, stop.signal);
    await new Promise((r) => setTimeout(r, 5));
    expect(clock.now()).toBe(SIMULATED_NOW);
    stop.abort();
    await expect(waiting).rejects.toThrow();
    expect(clock.now()).toBe(SIMULATED_NOW);
  });
});
