// The character devices of /dev as a container (and the learner's machine) has them: null, zero, full,
// random and urandom (a seeded generator: the same session gives the same bytes), tty, and the
// stdin/stdout/stderr/fd links into /proc/self. A read of an endless device gives what the reader asked
// for (`head -c 100000`, `od -N4`), or one bounded block when it did not say.

/** A device's major/minor numbers and how reading it behaves. */
export interface Device {
  major: number;
  minor: number;
  read: 'empty' | 'zeros' | 'random';
}

/** The character devices of /dev by name. */
export const DEVICES: Record<string, Device> = {
  null: { major: 1, minor: 3, read: 'empty' },
  zero: { major: 1, minor: 5, read: 'zeros' },
  full: { major: 1, minor: 7, read: 'zeros' },
  random: { major: 1, minor: 8, read: 'random' },
  urandom: { major: 1, minor: 9, read: 'random' },
  tty: { major: 5, minor: 0, read: 'empty' },
  console: { major: 136, minor: 0, read: 'empty' },
  ptmx: { major: 5, minor: 2, read: 'empty' },
};

/** Whether a node's device numbers name a device whose reads never end (/dev/zero, /dev/urandom …). */
export function isEndlessDevice(numbers: { major: number; minor: number } | undefined): boolean {
  if (!numbers) return false;
  return Object.values(DEVICES).some((d) => d.read !== 'empty' && d.major === numbers.major && d.minor === numbers.minor);
}

/** The links of /dev, as runc makes them. */
export const DEVICE_LINKS: Record<string, string> = {
  stdin: '/proc/self/fd/0',
  stdout: '/proc/self/fd/1',
  stderr: '/proc/self/fd/2',
  fd: '/proc/self/fd',
  core: '/proc/kcore',
};

/** The directories mounted under /dev. */
export const DEVICE_DIRS = ['mqueue', 'pts', 'shm'];

/** How many bytes a read of /dev/urandom or /dev/random gives when the reader names no size (`cat /dev/urandom | head -c 100000`, `tr -dc … </dev/urandom`). */
export const ENDLESS_CHUNK = 1 << 18;

/** The most one sized read of an endless device gives (`head -c 10G /dev/zero` stops at the line's output budget anyway). */
export const MAX_DEVICE_READ = 64 << 20;

/**
 * How many bytes one read of /dev/zero or /dev/full gives: a block that fits in one pipe within a line's
 * output budget (STEP_BUDGET × OUTPUT_CHARS_PER_STEP, 6.4 MB), so `cat /dev/zero | head -c 1000` and
 * `head -c 1m /dev/zero` get what they ask for, while `cat` into a terminal or a file reads block after
 * block until the budget stops it, as a real one runs until Ctrl-C.
 * Zeros cost nothing to make; random bytes do (decoding 8 MiB of them takes most of a second).
 */
export const ENDLESS_ZEROS = 4 << 20;

// A nonzero xorshift state from a name (FNV-1a).
function seedOf(name: string): number {
  let h = 0x2545f491;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0 || 1;
}

// Per machine (root directory) state of the random stream: each read goes on where the last one ended.
const streams = new WeakMap<object, { state: number }>();

/**
 * The bytes one read of a device gives on the machine whose root is `machine`: `want` of them when the
 * reader says how many. The random stream starts from `name` (the machine's host name), so two
 * containers read different bytes and the same session reads the same ones again.
 */
export function readDevice(device: Device, machine: object, want?: number, name = ''): Uint8Array {
  if (device.read === 'empty') return new Uint8Array();
  const size = want === undefined ? undefined : Math.max(0, Math.min(MAX_DEVICE_READ, Math.floor(want)));
  if (device.read === 'zeros') return new Uint8Array(size ?? ENDLESS_ZEROS);
  let s = streams.get(machine);
  if (!s) streams.set(machine, (s = { state: seedOf(name) }));
  const out = new Uint8Array(size ?? ENDLESS_CHUNK);
  // xorshift32: fast, seeded, reproducible; not for secrets (nothing here is).
  let x = s.state;
  for (let i = 0; i < out.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  s.state = x >>> 0 || 1;
  return out;
}
