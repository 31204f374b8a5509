// Watches the session worker: if it dies or stops answering for 5 s, it is replaced by a new worker
// that restores the lesson's last saved state, and the page carries on.
import type { SessionOptions, TabChange } from '../protocol/session.ts';
import { proxyCallback, spawnSession, type RemoteSession, type SessionWorker } from '../terminal/session-client.ts';

/** How long the worker may go without answering a ping before it is replaced. */
export const UNRESPONSIVE_MS = 5000;
/** How often it is pinged. */
const PING_EVERY_MS = 1000;
/** A worker still loading its code gets longer before it counts as stuck (a slow machine, a cold cache). */
const STARTING_MS = 20000;

/** What the page learns from the supervisor. */
export interface SupervisorHooks {
  /** The worker is gone or stuck: `reason` says which, in one line. */
  lost(reason: string): void;
  /** A (new) session has started: its prompt, and whether it restored saved work. */
  started(api: RemoteSession, started: { prompt: string; restored: boolean; notice?: string; readOnly?: boolean }, isRestart: boolean): void;
  /** Another tab took the lesson over, or this read-only one became its writer (the writing tab closed). */
  tabChanged?(change: TabChange): void;
  /** A restart failed too (the worker cannot even start): the page says so. */
  failed(error: unknown): void;
}

/** The supervised session: `api` is always the current worker's. */
export interface Supervisor {
  readonly api: RemoteSession;
  /** The options the session was (and any replacement will be) started with; resize updates them. */
  readonly options: SessionOptions;
  /** Takes the lesson over from the tab that writes it (this page's session was read-only). */
  takeOver(): Promise<{ prompt: string }>;
}

/** Replacements in a row that may die before their session starts (a script that fails to load) before the page gives up. */
const MAX_FAILED_STARTS = 3;

/** Whether a message on the worker's own port is a comlink reply, the only kind the session worker sends there. */
function isReply(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { id, type } = data as { id?: unknown; type?: unknown };
  return typeof id === 'string' && (type === 'RAW' || type === 'HANDLER');
}

/** Calls `crashed` with what happened when the worker throws an uncaught error, fails to load, or sends what the page cannot read. */
function watchForCrashes(worker: Worker, crashed: (what: string) => void): void {
  worker.addEventListener('error', (event) => {
    // The details go to the console for a developer; the learner reads one plain line.
    event.preventDefault();
    console.error('session worker:', event.message || 'failed to load');
    crashed('crashed');
  });
  worker.addEventListener('messageerror', () => crashed('sent a message the page could not read'));
  worker.addEventListener('message', (event) => {
    if (!isReply(event.data)) crashed('sent a message the page could not read');
  });
}

/** Starts the worker, starts the session in it, and keeps it alive. */
export function superviseSession(options: SessionOptions, hooks: SupervisorHooks): Supervisor {
  let current: SessionWorker;
  let lastAnswer = performance.now();
  let generation = 0;
  let started = false;
  // Set from the moment a worker is lost until its replacement has started (one notice per loss).
  let restarting = false;
  let failedStarts = 0;
  // Whether this page's worker writes the lesson: a replacement then takes the dead worker's tab lock back.
  let writer = false;

  const launch = async (isRestart: boolean) => {
    const mine = ++generation;
    const worker = (current = spawnSession());
    watchForCrashes(worker.worker, (what) => {
      if (mine === generation) replace(what);
    });
    started = false;
    lastAnswer = performance.now();
    const onTabChange = (change: TabChange) => {
      if (mine !== generation) return;
      writer = change.writer;
      hooks.tabChanged?.(change);
    };
    const result = await worker.api.start({ ...options, reclaim: isRestart && writer }, proxyCallback(onTabChange));
    if (mine !== generation) return;
    writer = !result.readOnly;
    started = true;
    restarting = false;
    failedStarts = 0;
    lastAnswer = performance.now();
    hooks.started(worker.api, result, isRestart);
  };

  // The worker is gone or stuck: say so once, end it, and start another (unless replacements keep dying before they start).
  const replace = (what: string) => {
    const mine = generation;
    current.terminate();
    if (!started && ++failedStarts > MAX_FAILED_STARTS) {
      generation++;
      hooks.failed(new Error(`the session worker ${what} ${failedStarts} times before it started`));
      return;
    }
    if (!restarting) hooks.lost(`The Docker engine in this page ${what}; it was restarted with your last saved work.`);
    restarting = true;
    launch(true).catch((error: unknown) => {
      // A replacement that died is replaced again by its own watcher; any other failure is the page's to show.
      if (mine + 1 === generation) hooks.failed(error);
    });
  };

  setInterval(() => {
    if (failedStarts > MAX_FAILED_STARTS) return;
    if (performance.now() - lastAnswer > (started ? UNRESPONSIVE_MS : STARTING_MS)) {
      replace(started ? `stopped answering for ${UNRESPONSIVE_MS / 1000} seconds` : `did not start within ${STARTING_MS / 1000} seconds`);
      return;
    }
    const mine = generation;
    current.api.ping().then(
      () => {
        if (mine === generation) lastAnswer = performance.now();
      },
      () => {},
    );
  }, PING_EVERY_MS);

  // Leaving the page (reload, close, another page) ends the worker at once, so this lesson's tab lock
  // passes on now and the next page is not read-only; a page brought back from the back-forward cache reloads.
  addEventListener('pagehide', () => {
    generation++;
    current.terminate();
  });
  addEventListener('pageshow', (event: PageTransitionEvent) => event.persisted && location.reload());

  launch(false).catch((error: unknown) => hooks.failed(error));
  return {
    get api() {
      return current.api;
    },
    options,
    async takeOver() {
      const taken = await current.api.takeOver();
      writer = true;
      return taken;
    },
  };
}
