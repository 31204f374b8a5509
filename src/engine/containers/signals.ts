// Signal names and numbers as `docker kill -s` and `docker stop -s` accept them (Linux numbering).
import { InvalidSignal } from '../errors/container.ts';

const SIGNALS: Record<string, number> = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10, SEGV: 11, USR2: 12,
  PIPE: 13, ALRM: 14, TERM: 15, STKFLT: 16, CHLD: 17, CONT: 18, STOP: 19, TSTP: 20, TTIN: 21, TTOU: 22,
  URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27, WINCH: 28, IO: 29, PWR: 30, SYS: 31,
};

/** The number of a signal given as `KILL`, `SIGKILL` or `9`; throws dockerd's `Invalid signal` error. */
export function parseSignal(raw: string): number {
  const upper = raw.toUpperCase();
  if (/^\d+$/.test(raw)) {
    const n = Number(raw);
    if (n >= 1 && n <= 64) return n;
  } else {
    const n = SIGNALS[upper.startsWith('SIG') ? upper.slice(3) : upper];
    if (n !== undefined) return n;
  }
  throw new InvalidSignal(raw);
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
