// Starts a runtime's worker: a module Worker in the browser (its own chunk, fetched the first time a
// learner runs python3 or node, precached by the service worker), a worker_threads Worker in Node
// (tests, `npm run sim`, the bench), both over the same plain-JS worker scripts.

/** The kinds of runtime worker. */
export type RuntimeKind = 'python' | 'node';

/** A started worker, whichever kind of thread it is. */
export interface WorkerEndpoint {
  post(message: unknown): void;
  onMessage(handler: (message: WorkerMessage) => void): void;
  onError(handler: (message: string) => void): void;
  /** Called if the worker's thread ends by itself (a runtime that exits its thread, a crash). */
  onExit(handler: () => void): void;
  terminate(): void;
  /** Whether the worker keeps a Node process alive (idle pooled workers must not). */
  hold(held: boolean): void;
}

/** A message from a runtime worker; `type` says which. */
export interface WorkerMessage {
  type: string;
  [key: string]: unknown;
}

interface BrowserWorker {
  postMessage(m: unknown): void;
  addEventListener(type: 'message', h: (e: { data: unknown }) => void): void;
  addEventListener(type: 'error', h: (e: { message: string }) => void): void;
  terminate(): void;
}
const platform = globalThis as unknown as {
  process?: { versions?: { node?: string } };
  window?: unknown;
  WorkerGlobalScope?: unknown;
  Worker: new (url: URL, options: { type: 'module'; name: string }) => BrowserWorker;
};
const inNode = typeof platform.process?.versions?.node === 'string' && platform.window === undefined && platform.WorkerGlobalScope === undefined;

type NodeWorker = {
  postMessage(m: unknown): void;
  on(event: 'message' | 'error' | 'exit', h: (v: never) => void): void;
  terminate(): Promise<number>;
  ref(): void;
  unref(): void;
};

async function nodeWorker(kind: RuntimeKind): Promise<WorkerEndpoint> {
  const { Worker: NodeWorkerClass } = (await import(/* @vite-ignore */ 'node:' + 'worker_threads')) as { Worker: new (url: URL) => NodeWorker };
  const worker = new NodeWorkerClass(new URL('./' + kind + '/worker.mjs', import.meta.url));
  return {
    post: (m) => worker.postMessage(m),
    onMessage: (h) => worker.on('message', h as (v: never) => void),
    onError: (h) => worker.on('error', ((e: Error) => h(e.message)) as (v: never) => void),
    onExit: (h) => worker.on('exit', h as (v: never) => void),
    terminate: () => void worker.terminate(),
    hold: (held) => (held ? worker.ref() : worker.unref()),
  };
}

function browserWorker(kind: RuntimeKind): WorkerEndpoint {
  const { Worker } = platform;
  const worker =
    kind === 'python'
      ? new Worker(new URL('./python/worker.mjs', import.meta.url), { type: 'module', name: 'python' })
      : new Worker(new URL('./node/worker.mjs', import.meta.url), { type: 'module', name: 'node' });
  return {
    post: (m) => worker.postMessage(m),
    onMessage: (h) => worker.addEventListener('message', (e) => h(e.data as WorkerMessage)),
    onError: (h) => worker.addEventListener('error', (e) => h(e.message || 'the runtime failed to load')),
    // A browser worker's thread only ends when terminated.
    onExit: () => undefined,
    terminate: () => worker.terminate(),
    hold: () => undefined,
  };
}

/** Starts a worker of `kind`. */
export async function spawnRuntime(kind: RuntimeKind): Promise<WorkerEndpoint> {
  return inNode ? nodeWorker(kind) : browserWorker(kind);
}
