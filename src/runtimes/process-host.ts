// Runs one runtime process (python3, node) in a worker and wires it to the container: output to the
// program's stdout/stderr, the files it changed back into the Vfs, the ports it listens on onto the
// container's network. Ctrl-C (the program's signal) or the time budget terminates the worker, so an
// endless loop never holds the engine's thread.
import type { ProgramContext } from '../kernel/process.ts';
import type { HttpRequest, HttpResponse } from '../kernel/net.ts';
import { NetError } from '../kernel/net.ts';
import { beginActivity } from '../kernel/activity.ts';
import { applyChanges, snapshotOf, type FileChanges } from './files.ts';
import { restock, takeWorker, type ReadyWorker } from './pool.ts';
import type { RuntimeKind, WorkerMessage } from './spawn.ts';

/** Exit status after Ctrl-C (128 + SIGINT), as a shell reports it. */
export const INTERRUPTED_EXIT = 130;
/** Exit status when a process ran past its time budget (as `timeout(1)` reports it). */
export const BUDGET_EXIT = 124;

let budgetMs = 10_000;

/** Sets how long a process may compute between two outputs of work (tests shorten it); returns the old value. */
export function setRuntimeBudget(ms: number): number {
  const old = budgetMs;
  budgetMs = ms;
  return old;
}

/** How a runtime process ended. */
export type ProcessEnd =
  | { kind: 'exit'; code: number; traceback: string | null }
  | { kind: 'interrupted' }
  | { kind: 'budget' }
  /** The runtime failed: while loading (`loading`), or its worker crashed under the program. */
  | { kind: 'failed'; message: string; loading: boolean }
  /** The program's writer refused output (Ctrl-C or the shell's budget): the shell's own signal, rethrown. */
  | { kind: 'thrown'; error: unknown };

/** A started process that stays (a REPL): evaluate more code in it, then end it. */
export interface LiveProcess {
  evaluate(code: string): Promise<{ traceback: string | null; code: number | null } | ProcessEnd>;
  end(): void;
}

/** What to run: the worker's start message without the snapshot, which this module adds. */
export interface StartRequest {
  main: string;
  config: Record<string, unknown>;
  /** The line a server prints when its port is taken. */
  addressInUse(port: number): string;
  /** Extra files the runtime's library needs (written before the container's). */
  library?: [string, string][];
}

const encoder = new TextEncoder();

/** Runs a process to its end (a server runs until Ctrl-C or `docker stop`). `live` receives the handle a REPL uses. */
export async function runProcess(ctx: ProgramContext, kind: RuntimeKind, request: StartRequest, live?: (p: LiveProcess) => void): Promise<ProcessEnd> {
  // Busy (loading, running, answering) until the program rests: a server listening, a REPL waiting.
  let rest = beginActivity();
  let worker: ReadyWorker;
  try {
    worker = await takeWorker(kind);
  } catch (e) {
    rest();
    return { kind: 'failed', message: (e as Error).message, loading: true };
  }
  const { endpoint } = worker;
  // The next process's spare loads once this one has ended or rests, not alongside it.
  let restocked = false;
  const restockOnce = () => {
    if (!restocked) restock(kind);
    restocked = true;
  };
  // A busy worker keeps Node alive (the session waits for it); a resting one, like a server waiting
  // for requests, must not keep `npm run sim` from ending when its script does.
  const resting = rest;
  rest = () => {
    resting();
    endpoint.hold(false);
    restockOnce();
  };
  endpoint.hold(true);
  const work = () => {
    rest();
    const done = beginActivity();
    endpoint.hold(true);
    rest = () => {
      done();
      endpoint.hold(false);
      restockOnce();
    };
  };
  const snapshot = snapshotOf(ctx.fs);
  for (const [path, text] of request.library ?? []) snapshot.files.unshift([path, encoder.encode(text)]);
  for (const [path] of request.library ?? []) {
    for (let dir = path.slice(0, path.lastIndexOf('/')); dir; dir = dir.slice(0, dir.lastIndexOf('/'))) snapshot.dirs.unshift(dir);
  }
  const stops: (() => void)[] = [];
  const pending = new Map<number, { resolve: (r: HttpResponse) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: (end: ProcessEnd) => void = () => undefined;
  let evaluated: ((v: { traceback: string | null; code: number | null }) => void) | undefined;
  const ended = new Promise<ProcessEnd>((resolve) => (settle = resolve));
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => finish({ kind: 'budget' }), budgetMs);
  };
  let finished = false;
  const finish = (end: ProcessEnd) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    endpoint.terminate();
    for (const stop of stops) stop();
    // A request the process never answered: its connection closes, as when a real server dies.
    for (const { reject } of pending.values()) reject(new NetError('ECONNRESET', 'connection reset by peer'));
    pending.clear();
    ctx.signal.removeEventListener('abort', interrupt);
    rest();
    settle(end);
  };
  const interrupt = () => finish({ kind: 'interrupted' });
  const changed = (m: WorkerMessage) => applyChanges(ctx.fs, m.changes as FileChanges);
  worker.subscribe((m) => {
    try {
      if (m.type === 'out') (m.fd === 2 ? ctx.stderr : ctx.stdout).write(String(m.text));
      else if (m.type === 'exit') {
        changed(m);
        finish({ kind: 'exit', code: Number(m.code), traceback: (m.traceback as string | null) ?? null });
      } else if (m.type === 'serving') {
        changed(m);
        clearTimeout(timer);
        rest();
      } else if (m.type === 'evaluated') {
        changed(m);
        clearTimeout(timer);
        rest();
        evaluated?.({ traceback: (m.traceback as string | null) ?? null, code: (m.code as number | null) ?? null });
      } else if (m.type === 'listen') listenOn(Number(m.port));
      else if (m.type === 'response') {
        changed(m);
        clearTimeout(timer);
        pending.get(Number(m.id))?.resolve(m.response as HttpResponse);
        pending.delete(Number(m.id));
        if (!pending.size) rest();
      }
    } catch (e) {
      // A writer that refuses more output (Ctrl-C pressed, the shell's budget spent) ends the process.
      finish({ kind: 'thrown', error: e });
    }
  });
  const listenOn = (port: number) => {
    if (!ctx.net) return;
    try {
      stops.push(
        ctx.net.listenHttp(port, (req: HttpRequest) => {
          const id = nextId++;
          arm();
          work();
          endpoint.post({ type: 'request', id, port, request: { method: req.method, path: req.path, headers: req.headers, body: new TextDecoder().decode(req.body), remoteAddress: req.remoteAddress } });
          return new Promise<HttpResponse>((resolve, reject) => pending.set(id, { resolve: (r) => resolve({ ...r, body: encoder.encode(String(r.body ?? '')) }), reject }));
        }),
      );
    } catch (e) {
      if (e instanceof NetError) ctx.stderr.write(request.addressInUse(port));
      finish({ kind: 'exit', code: 1, traceback: null });
    }
  };
  if (ctx.signal.aborted) interrupt();
  ctx.signal.addEventListener('abort', interrupt, { once: true });
  endpoint.onError((message) => finish({ kind: 'failed', message, loading: false }));
  endpoint.onExit(() => finish({ kind: 'failed', message: 'its worker ended unexpectedly', loading: false }));
  arm();
  endpoint.post({ type: 'start', main: request.main, config: request.config, snapshot });
  live?.({
    evaluate(code) {
      arm();
      work();
      endpoint.post({ type: 'eval', code });
      return Promise.race([new Promise<{ traceback: string | null; code: number | null }>((resolve) => (evaluated = resolve)), ended]);
    },
    end: () => finish({ kind: 'exit', code: 0, traceback: null }),
  });
  return ended;
}

export { closeSpareWorkers, sparesReady } from './pool.ts';
