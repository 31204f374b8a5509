// TabLock for browsers: the writer of a lesson holds the Web Lock `docker-workbook:<lesson>`. Every
// other tab on the lesson keeps a request queued, so when the writer's tab closes or reloads (or its
// worker is replaced) the lock passes on by itself. On the BroadcastChannel `docker-workbook-tabs` a
// starting tab asks whether a live writer exists (a writer that is going away does not answer, so a
// reload never comes back read-only), and a tab that takes over asks the writer to let go. A worker
// that replaces its page's own stuck or crashed writer steals the lock back from the dead one.
import type { TabLock } from '../session/tabs.ts';

const CHANNEL = 'docker-workbook-tabs';
/** How long a starting tab waits for a lock whose holder does not answer (a tab closing, a worker dying). */
export const HANDOVER_GRACE_MS = 3000;
const lockName = (lessonId: string) => `docker-workbook:${lessonId}`;

type Message = { type: 'take-over' | 'who-writes' | 'writing'; lessonId: string };
type Listener = (lessonId: string) => void | Promise<void>;

/** The browser's TabLock; without Web Locks (very old browsers) every tab writes, as before. */
export function browserTabLock(): TabLock {
  if (!navigator.locks) return { acquire: async () => true, takeOver: async () => {}, onLost: () => {}, onGained: () => {} };
  const held = new Map<string, () => void>();
  // Per lesson, while this tab waits for the lock: resolves when it is granted.
  const waiting = new Map<string, Promise<void>>();
  // Lessons whose grant someone awaits (acquire deciding, or a take-over): a grant then is not news.
  const claimed = new Set<string>();
  const lost: Listener[] = [];
  const gained: Listener[] = [];
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  const answers = new Set<string>();

  // Queues a request for the lesson's lock; when granted, the lock is held until `held`'s release runs.
  const queue = (lessonId: string, steal = false) => {
    if (waiting.has(lessonId) || held.has(lessonId)) return;
    const granted = new Promise<void>((resolve) => {
      void navigator.locks.request(lockName(lessonId), { steal }, () => {
        waiting.delete(lessonId);
        resolve();
        // The writer went away while no one here asked for the lock: this tab writes from now on.
        if (!claimed.has(lessonId)) void Promise.all(gained.map((listener) => listener(lessonId)));
        return new Promise<void>((release) => held.set(lessonId, release));
      });
    });
    waiting.set(lessonId, granted);
  };

  channel?.addEventListener('message', async ({ data }: MessageEvent<Message>) => {
    if (data.type === 'writing') return void answers.add(data.lessonId);
    const release = held.get(data.lessonId);
    if (!release) return;
    if (data.type === 'who-writes') return channel.postMessage({ type: 'writing', lessonId: data.lessonId } satisfies Message);
    if (data.type !== 'take-over') return;
    held.delete(data.lessonId);
    // The lock passes on only after this tab's running command and its save are done.
    await Promise.all(lost.map((listener) => listener(data.lessonId)));
    release();
    queue(data.lessonId);
  });

  return {
    async acquire(lessonId, { steal = false } = {}) {
      if (held.has(lessonId)) return true;
      claimed.add(lessonId);
      answers.delete(lessonId);
      queue(lessonId, steal);
      channel?.postMessage({ type: 'who-writes', lessonId } satisfies Message);
      const deadline = Date.now() + HANDOVER_GRACE_MS;
      // Granted (no writer, or one that went away), or a live writer answered, or the grace ran out.
      const decided = await Promise.race([
        waiting.get(lessonId)!.then(() => true),
        (async () => {
          while (!answers.has(lessonId) && !held.has(lessonId) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
          return held.has(lessonId);
        })(),
      ]);
      claimed.delete(lessonId);
      return decided;
    },
    async takeOver(lessonId) {
      if (held.has(lessonId)) return;
      claimed.add(lessonId);
      queue(lessonId);
      channel?.postMessage({ type: 'take-over', lessonId } satisfies Message);
      await waiting.get(lessonId);
      claimed.delete(lessonId);
    },
    onLost: (listener) => void lost.push(listener),
    onGained: (listener) => void gained.push(listener),
  };
}
