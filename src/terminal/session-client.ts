// Starts the session worker and wraps it with comlink; the only place the page touches the worker.
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { SessionApi } from '../protocol/session.ts';

/** The session as the page sees it: every call is async across the worker boundary. */
export type RemoteSession = Remote<SessionApi>;

/** A running session worker and its API. */
export interface SessionWorker {
  worker: Worker;
  api: RemoteSession;
  /** Ends the worker for good (the supervisor replaces one that stopped answering). */
  terminate(): void;
}

/** Spawns the module worker (bundled by Vite with the site's base path) and returns its API. */
export function spawnSession(): SessionWorker {
  const worker = new Worker(new URL('../worker/session.worker.ts', import.meta.url), {
    type: 'module',
    name: 'docker-session',
  });
  const api = wrap<SessionApi>(worker);
  return {
    worker,
    api,
    terminate() {
      api[releaseProxy]();
      worker.terminate();
    },
  };
}

/** Just the API, for pages that only read or export progress. */
export function connectSession(): RemoteSession {
  return spawnSession().api;
}

/** Callbacks cross the worker boundary as proxies (functions can't be structured-cloned). */
export function proxyCallback<T extends (...args: never[]) => unknown>(fn: T): T {
  return proxy(fn);
}
