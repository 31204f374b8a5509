// Warm workers: the first process of a runtime pays for loading its WebAssembly; each later one takes
// a worker that was started (and loaded) while the learner read the previous output.
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
    endpoint.onExit(() => reject(new Error('the runtime stopped while loading')));
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

/** A loaded worker of `kind` (the spare when there is one), and a new spare started behind it. */
export async function takeWorker(kind: RuntimeKind): Promise<ReadyWorker> {
  const taken = spare.get(kind) ?? start(kind);
  spare.delete(kind);
  const worker = await taken;
  const next = start(kind);
  next.catch(() => spare.delete(kind));
  spare.set(kind, next);
  return worker;
}

/** Ends the spare workers (tests and the sim call it so Node can exit at once). */
export async function closeSpareWorkers(): Promise<void> {
  const all = [...spare.values()];
  spare.clear();
  for (const w of all) (await w.catch(() => undefined))?.endpoint.terminate();
}
