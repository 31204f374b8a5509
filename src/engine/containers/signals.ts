// Signal names and numbers as `docker kill -s` and `docker stop -s` accept them (Linux numbering).
import { InvalidSignal } from '../errors/container.ts';
import { signalSpec } from '../../kernel/signals.ts';

/** The number of a signal given as `KILL`, `SIGKILL` or `9`; throws dockerd's `Invalid signal` error. */
export function parseSignal(raw: string): number {
  const n = signalSpec(raw);
  if (n === undefined || n === 0) throw new InvalidSignal(raw);
  return n;
}

export const SIGINT = 2;
export const SIGKILL = 9;
export const SIGTERM = 15;

// Programs with no handler for SIGTERM/SIGINT: as PID 1 of a namespace the kernel ignores those
// signals for them, so `docker stop` waits out its timeout and sends SIGKILL (exit 137).
const DEAF = new Set(['sh', 'ash', 'bash', 'dash', 'sleep', 'tail', 'cat', 'top', 'yes', 'watch', 'ping', 'read', 'sort', 'grep', 'true', 'false', 'echo']);

/** Whether PID 1 running argv ignores SIGTERM and SIGINT. */
export function ignoresTermination(argv: readonly string[]): boolean {
  const name = argv[0]?.slice(argv[0].lastIndexOf('/') + 1) ?? '';
  return DEAF.has(name);
}
