// Linux's signals, as the shells' `kill`, `timeout`, `docker kill -s` and the process table know them:
// numbers 1–31 by name, the real-time ones 34–64 (SIGRTMIN…SIGRTMAX), and which of them end a process.

/** The names of signals 1 to 31 (glibc's: 29 is IO, which busybox and procps call POLL). */
export const SIGNAL_NAMES: readonly string[] = [
  'HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM', 'STKFLT',
  'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'IO', 'PWR', 'SYS',
];

/** The highest signal number (SIGRTMAX). */
export const SIGRTMAX = 64;
/** The lowest real-time signal glibc leaves to programs (32 and 33 are its own). */
export const SIGRTMIN = 34;

// Other names for the same numbers, as the tools accept them.
const ALIASES: Record<string, number> = { POLL: 29, IOT: 6, CLD: 17 };

// Signals whose default action does not end a process: ignored (CHLD, CONT, URG, WINCH) or stopping it
// (STOP, TSTP, TTIN, TTOU; no process here is ever stopped, so those leave it running too).
const SURVIVED = new Set([17, 18, 23, 28, 19, 20, 21, 22]);

/** A signal's number from its name (`TERM`, `SIGTERM`, `term`, `RTMIN+3`); undefined if there is none. */
export function signalByName(name: string): number | undefined {
  const upper = name.toUpperCase().replace(/^SIG/, '');
  const k = SIGNAL_NAMES.indexOf(upper);
  if (k >= 0) return k + 1;
  if (upper in ALIASES) return ALIASES[upper];
  const rt = /^RT(MIN|MAX)(?:([+-])(\d+))?$/.exec(upper);
  if (!rt) return undefined;
  const n = (rt[1] === 'MIN' ? SIGRTMIN : SIGRTMAX) + (rt[2] === '-' ? -1 : 1) * Number(rt[3] ?? 0);
  return n >= SIGRTMIN && n <= SIGRTMAX && (rt[1] === 'MIN' ? rt[2] !== '-' : rt[2] !== '+') ? n : undefined;
}

/** A signal as most tools take it: a number up to SIGRTMAX (0 included), or a name as signalByName reads it. */
export function signalSpec(spec: string): number | undefined {
  if (/^\d+$/.test(spec)) return Number(spec) <= SIGRTMAX ? Number(spec) : undefined;
  return signalByName(spec);
}

/** A signal's name as busybox, procps and coreutils print it: 29 is POLL; a number with no name is itself. */
export function toolSignalName(n: number): string {
  return n === 29 ? 'POLL' : (signalName(n) ?? String(n));
}

/** A signal's name without SIG (`KILL`, `RTMIN+1`, `RTMAX-2`, as bash and dash name them); undefined for 32, 33 and beyond 64. */
export function signalName(n: number): string | undefined {
  if (n >= 1 && n <= SIGNAL_NAMES.length) return SIGNAL_NAMES[n - 1];
  if (n < SIGRTMIN || n > SIGRTMAX) return undefined;
  // glibc names the lower half from RTMIN up and the upper half from RTMAX down (50 is RTMAX-14).
  if (n === SIGRTMIN) return 'RTMIN';
  if (n === SIGRTMAX) return 'RTMAX';
  return n - SIGRTMIN <= 15 ? `RTMIN+${n - SIGRTMIN}` : `RTMAX-${SIGRTMAX - n}`;
}

/** The signal numbers a listing shows: 1–31, then 34–64. */
export function listedSignals(): number[] {
  const all: number[] = [];
  for (let n = 1; n <= SIGRTMAX; n++) if (signalName(n) !== undefined) all.push(n);
  return all;
}

/** Whether a process with no handler for `sig` ends on it (0, the existence check, ends nothing). */
export function endsProcess(sig: number): boolean {
  return sig !== 0 && !SURVIVED.has(sig);
}
