// A runtime's program module is its own chunk, fetched the first time a learner runs python3 or node.
// A runtime that cannot be loaded — its chunk, worker script or WebAssembly not fetched (offline before
// the site was saved for offline use), or the runtime throwing as it starts — says so in one line and
// exits 1; the session goes on and the next run tries again.
import type { Program } from '../kernel/process.ts';
import { beginActivity } from '../kernel/activity.ts';
import type { RuntimeKind } from './spawn.ts';

const RUNTIME_NAMES: Record<RuntimeKind, string> = { python: 'Python', node: 'Node.js' };

// What the browser and the Emscripten loaders say when a file did not arrive.
const NOT_FETCHED = /fetch|dynamically imported module|importing a module script failed|failed to load|networkerror|both async and sync/i;

/** Why a runtime could not be loaded, in a learner's words (a missing file, else the runtime's own reason). */
export function loadReason(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error ?? '')).split('\n')[0].trim();
  if (!message || NOT_FETCHED.test(message)) return 'its files could not be fetched (offline before the site was saved for offline use?)';
  return message;
}

/** The line a runtime that could not be loaded prints: `python3: the Python runtime could not be loaded: …`. */
export function loadFailure(program: string, kind: RuntimeKind, error: unknown): string {
  return `${program}: the ${RUNTIME_NAMES[kind]} runtime could not be loaded: ${loadReason(error)}\n`;
}

/** The line a runtime that stopped under a running program prints (a crash of its worker, not the program's error). */
export function runtimeStopped(program: string, kind: RuntimeKind, message: string): string {
  return `${program}: the ${RUNTIME_NAMES[kind]} runtime stopped: ${message}\n`;
}

/** `python3`/`node` as a table entry: imports the runtime's program chunk on first use. */
export function lazyRuntime(kind: RuntimeKind, load: () => Promise<Program>): Program {
  return async (ctx) => {
    // Fetching the chunk is outside work a simulated session waits for (the program counts its worker's own).
    const fetched = beginActivity();
    let program: Program;
    try {
      program = await load();
    } catch (error) {
      ctx.stderr.write(loadFailure(ctx.argv[0], kind, error));
      return 1;
    } finally {
      fetched();
    }
    return program(ctx);
  };
}
