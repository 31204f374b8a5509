// TabLock for browsers: the writer of a lesson holds the Web Lock `docker-workbook:<lesson>`. Every
// other tab on the lesson keeps a request queued, so when the writer's tab closes or reloads (or its
// worker is replaced) the lock passes on by itself. On the BroadcastChannel `docker-workbook-tabs` a
// starting tab asks whether a live writer exists (a writer that is going away does not answer, so a
// reload never comes back read-only). A take-over asks the writer to let go; once it has finished its
// command and save it says so, and the new tab steals the lock (so no tab queued earlier gets it
// instead). A worker that replaces its page's own stuck or crashed writer steals the lock at once.
import type { TabLock } from '../session/tabs.ts';

const CHANNEL = 'docker-workbook-tabs';
/** How long a tab waits for a writer that does not answer (a tab closing, a worker dying). */
export const HANDOVER_GRACE_MS = 3000;
const lockName = (lessonId: string) => `docker-workbook:${lessonId}`;

type Message = { type: 'take-over' | 'who-writes' | 'writing' | 'let-go'; lessonId: string };
type Listener = (lessonId: string) => void | Promise<void>;

/** The browser's TabLock; without Web Locks (very old browsers) every tab writes, as before. */
export function browserTabLock(): TabLock {
  if (!navigator.locks) return { acquire: async () => true, takeOver: async () => {}, release: () => {}, onLost: () => {}, onGained: () => {} };
  const held = new Map<string, () => void>();
  // Lessons this tab waits for: the queued request's canceller, and a promise of the grant.
  const waiting = new Map<string, { cancel: AbortController; granted: Promise<void> }>();
  // Lessons whose grant someone here awaits (acquire deciding, a take-over): a grant then is not news.
  const claimed = new Set<string>();
  // Lessons this tab is letting go of (it said so, or is finishing its command before saying so).
  const lettingGo = new Set<string>();
  const lost: Listener[] = [];
  const gained: Listener[] = [];
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  const heard = new Set<string>();
  const say = (type: Message['type'], lessonId: string) => channel?.postMessage({ type, lessonId } satisfies Message);

  const loseTo = async (lessonId: string) => Promise.all(lost.map((listener) => listener(lessonId)));

  // Requests the lesson's lock (queued behind the holder, or stealing it); held until released or stolen.
  const request = (lessonId: string, steal: boolean) => {
    const cancel = new AbortController();
    const granted = new Promise<void>((resolve) => {
      navigator.locks
        .request(lockName(lessonId), steal ? { steal } : { signal: cancel.signal }, () => {
          waiting.delete(lessonId);
          resolve();
          // The writer went away while no one here asked for the lock: this tab writes from now on.
          if (!claimed.has(lessonId)) void Promise.all(gained.map((listener) => listener(lessonId)));
          return new Promise<void>((release) => held.set(lessonId, release));
        })
        .catch(async (error: unknown) => {
          if ((error as Error).name !== 'AbortError' || !held.has(lessonId)) return;
          // Stolen by a tab that took over: read-only from now on (if not told already), queued to write again.
          held.delete(lessonId);
          if (!lettingGo.delete(lessonId)) await loseTo(lessonId);
          queue(lessonId);
        });
    });
    waiting.set(lessonId, { cancel, granted });
    return granted;
  };
  const queue = (lessonId: string) => (held.has(lessonId) ? Promise.resolve() : (waiting.get(lessonId)?.granted ?? request(lessonId, false)));
  const steal = (lessonId: string) => {
    waiting.get(lessonId)?.cancel.abort();
    return request(lessonId, true);
  };

  // Resolves when `type` was heard for the lesson, the lock was granted here, or the grace ran out.
  const hear = async (type: Message['type'], lessonId: string) => {
    heard.delete(`${type}:${lessonId}`);
    const deadline = Date.now() + HANDOVER_GRACE_MS;
    while (!heard.has(`${type}:${lessonId}`) && !held.has(lessonId) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    return heard.has(`${type}:${lessonId}`);
  };

  channel?.addEventListener('message', async ({ data }: MessageEvent<Message>) => {
    if (data.type === 'writing' || data.type === 'let-go') return void heard.add(`${data.type}:${data.lessonId}`);
    if (!held.has(data.lessonId) || lettingGo.has(data.lessonId)) return;
    if (data.type === 'who-writes') return say('writing', data.lessonId);
    lettingGo.add(data.lessonId);
    // The lesson passes on only after this tab's running command and its save are done.
    await loseTo(data.lessonId);
    say('let-go', data.lessonId);
  });

  return {
    async acquire(lessonId, { steal: reclaim = false } = {}) {
      if (held.has(lessonId)) return true;
      claimed.add(lessonId);
      try {
        if (reclaim) return await steal(lessonId).then(() => true);
        const granted = queue(lessonId);
        say('who-writes', lessonId);
        // Granted (no writer, or one that went away), or a live writer answered, or the grace ran out.
        return await Promise.race([granted.then(() => true), hear('writing', lessonId).then(() => held.has(lessonId))]);
      } finally {
        claimed.delete(lessonId);
      }
    },
    async takeOver(lessonId) {
      if (held.has(lessonId)) return;
      claimed.add(lessonId);
      try {
        const granted = queue(lessonId);
        say('take-over', lessonId);
        await Promise.race([granted, hear('let-go', lessonId)]);
        if (!held.has(lessonId)) await steal(lessonId);
      } finally {
        claimed.delete(lessonId);
      }
    },
    release(lessonId) {
      held.get(lessonId)?.();
      held.delete(lessonId);
    },
    onLost: (listener) => void lost.push(listener),
    onGained: (listener) => void gained.push(listener),
  };
}
