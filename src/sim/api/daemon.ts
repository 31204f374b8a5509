// The daemon `--listen` serves: a fresh engine with the session's runtime, on real time (so the real
// CLI's "2 seconds ago" agrees with it) or on a simulated clock that starts at `--now`.
import { createEngine, type EngineApi } from '../../engine/index.ts';
import { realClock, simulatedClock, type SessionClock } from '../../session/clock.ts';
import { shellRuntime } from '../../session/runtime.ts';

/** A served daemon and the clock it keeps. */
export interface ServedDaemon {
  engine: EngineApi;
  clock: SessionClock;
}

/** A new daemon; `now` selects a simulated clock starting there. */
export function createServedDaemon(now?: number): ServedDaemon {
  const clock = now === undefined ? realClock() : simulatedClock(now);
  return { engine: createEngine({ host: clock, runtime: shellRuntime() }), clock };
}
