// Starts the session worker and wraps it with comlink; the only place the page touches the worker.
import { proxy, wrap, type Remote } from 'comlink';
import type { OutputChunk, SessionApi } from '../protocol/session.ts';

/** The session as the page sees it: every call is async across the worker boundary. */
export type RemoteSession = Remote<SessionApi>;

/** Spawns the module worker (bundled by Vite with the site's base path) and returns its API. */
export function connectSession(): RemoteSession {
  const worker = new Worker(new URL('../worker/session.worker.ts', import.meta.url), {
    type: 'module',
    name: 'docker-session',
  });
  return wrap<SessionApi>(worker);
}

/** Output callbacks cross the worker boundary as proxies (functions can't be structured-cloned). */
export function proxyOutput(fn: (chunk: OutputChunk) => void): (chunk: OutputChunk) => void {
  return proxy(fn);
}
