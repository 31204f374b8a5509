// Warm workers: the first process of a runtime pays for loading its WebAssembly and setting the runtime
// up; each later one takes a spare that was started, loaded and set up while the learner read the
// previous output. The spare is started when a process ends or rests, not while it runs, so it does not
// compete with the program for the machine's cores.
import { spawnRuntime, type RuntimeKind, type WorkerEndpoint, type WorkerMessage } from './spawn.ts';

/** A worker whose runtime has loaded, with the messages it sent before anyone listened. */
export interface ReadyWorker {
  endpoint: WorkerEndpoint;
  /** Subscribes to later messages (the `ready` one is consumed here). */
  subscribe(handler: (message: WorkerMessage) => void): void;
}

const spare = new Map<RuntimeKind, Promise<ReadyWorker>>();

async function start(kind: RuntimeKind): Promise<ReadyWorker> {
  const endpoint = await spawnRuntime(kind);
  let handler: ((message: WorkerMessage) => void) | undefined;
  const early: WorkerMessage[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    endpoint.onMessage((message) => {
      if (message.type === 'ready') resolve();
      else if (message.type === 'failed') reject(new Error(String(message.message)));
      else if (handler) handler(message);
      else early.push(message);
    });
    endpoint.onError((message) => reject(new Error(message)));
    endpoint.onExit(() => reject(new Error('its worker ended while loading')));
  });
  // A loading worker keeps Node alive: a process may be waiting for it, and nothing else may be
  // pending in the event loop then (an unreferenced worker let `npm run sim` end mid-script).
  endpoint.hold(true);
  try {
    await ready;
  } catch (e) {
    endpoint.terminate();
    throw e;
  } finally {
    // Loaded and idle, a spare must not keep Node from exiting; the process that takes it holds it.
    endpoint.hold(false);
  }
  return {
    endpoint,
    subscribe(h) {
      handler = h;
      for (const m of early.splice(0)) h(m);
    },
  };
}

/** A loaded worker of `kind`: the spare when there is one, else a new one. */
export async function takeWorker(kind: RuntimeKind): Promise<ReadyWorker> {
  const taken = spare.get(kind) ?? start(kind);
  spare.delete(kind);
  return taken;
}

/** Starts a spare of `kind` unless one is there (call when a process ends or rests). */
export function restock(kind: RuntimeKind): void {
  if (spare.has(kind)) return;
  // After a turn of the event loop: the shell prints the prompt of the process that ended first.
  const next = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => start(kind));
  next.catch(() => {
    if (spare.get(kind) === next) spare.delete(kind);
  });
  spare.set(kind, next);
}

/** Resolves when every spare has loaded (or failed to): the bench measures a later run from there. */
export async function sparesReady(): Promise<void> {
  await Promise.all([...spare.values()].map((w) => w.catch(() => undefined)));
}

/** Ends the spare workers (tests and the sim call it so Node can exit at once). */
export async function closeSpareWorkers(): Promise<void> {
  const all = [...spare.values()];
  spare.clear();
  for (const w of all) (await w.catch(() => undefined))?.endpoint.terminate();
}
