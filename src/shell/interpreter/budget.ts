// The limits that keep one typed line from hanging the page or eating its memory, and the exit
// statuses the shell reports when one is hit.
import type { Writer } from '../../kernel/process.ts';
import { BudgetExceeded, Interrupted } from '../errors.ts';
import { BufferWriter } from '../io.ts';

/** Commands, loop iterations and units of program output one typed line (or one `run`) may take. */
export const STEP_BUDGET = 100_000;
/** Exit status when the step budget runs out (as `timeout(1)` uses for a command it stopped). */
export const BUDGET_EXIT = 124;
/** Exit status after Ctrl-C (128 + SIGINT). */
export const INTERRUPT_EXIT = 130;

/**
 * Program output to the terminal costs one step per this many characters (so `seq 1 1e12` runs out of
 * budget after 6.4 MB): each one crosses to the page and is drawn by xterm.
 */
export const OUTPUT_CHARS_PER_STEP = 64;

/**
 * Output kept in memory for the next command (a pipe, `$(…)`) costs one step per this many: writing it
 * is a string append, so 25.6 MB fit in a line (`seq 1 1000000 | wc -l` writes 6.9 MB, which real bash
 * does in a fraction of a second) and the budget still stops a flood before the 32 MiB memory cap would
 * (limits.ts), with the budget's own message. A file costs as much as the terminal (each append copies
 * the file so far, vfs writeFile), and so does /dev/null (what makes a flood there, such as the blocks
 * `cat /dev/zero` decodes, is dearer than the writing).
 */
export const BUFFERED_CHARS_PER_STEP = 256;

/** How long the shell may run before it lets the event loop breathe (so Ctrl-C can arrive). */
export const SLICE_MS = 25;

/** Writes a program may still make after its signal arrived: a handler's last words (nginx's "shutting down"). */
export const WRITES_AFTER_SIGNAL = 64;

/** What the budget reads of a running shell: the steps it took, where its budget started counting, its Ctrl-C. */
interface Metered {
  steps: number;
  budgetFrom: number;
  signal: AbortSignal | undefined;
}

/**
 * A writer that charges a program's output to the step budget and stops it on Ctrl-C. A program that
 * handles the signal may still write a few lines as it winds down, as a real one does; one that keeps
 * writing (`yes`) is stopped once those are spent.
 */
export function meteredWriter(to: Writer, it: Metered): Writer {
  let afterSignal = 0;
  const charsPerStep = to instanceof BufferWriter ? BUFFERED_CHARS_PER_STEP : OUTPUT_CHARS_PER_STEP;
  return {
    write(text: string) {
      if (it.signal?.aborted && ++afterSignal > WRITES_AFTER_SIGNAL) throw new Interrupted();
      it.steps += Math.floor(text.length / charsPerStep);
      if (++it.steps - it.budgetFrom > STEP_BUDGET) throw new BudgetExceeded();
      to.write(text);
    },
  };
}

/**
 * Lets the event loop run when the shell has run SLICE_MS since its last pause, so a Ctrl-C message
 * can arrive. A shell that runs beside the learner's lines (`background`: a detached container's
 * process, a job) rests as long as its `onPause` asks (a loop that never sleeps must not take the whole
 * machine) and starts a new budget: it has no line whose budget it spends, and it runs until it is
 * stopped, as on a real machine. A paused container's process waits here until it is unpaused.
 */
export async function breathe(it: Metered & { lastBreath: number; opts?: { onPause?: (steps: number) => number | void; background?: boolean; thawed?: () => Promise<void> } }): Promise<void> {
  const now = Date.now();
  if (now - it.lastBreath < SLICE_MS) return;
  const rest = it.opts?.onPause?.(it.steps) ?? 0;
  await restUnlessInterrupted(rest, it.signal);
  if (it.opts?.thawed) await it.opts.thawed();
  it.lastBreath = Date.now();
  if (it.signal?.aborted) throw new Interrupted();
  if (it.opts?.background) it.budgetFrom = it.steps;
}

// Waits `ms` (0: one turn of the event loop), cut short by Ctrl-C or a kill.
function restUnlessInterrupted(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    if (ms > 0) signal?.addEventListener('abort', done, { once: true });
  });
}

/** Counts one step; throws when Ctrl-C was pressed or the budget is spent. */
export function countStep(it: Metered): void {
  if (it.signal?.aborted) throw new Interrupted();
  if (++it.steps - it.budgetFrom > STEP_BUDGET) throw new BudgetExceeded();
}
