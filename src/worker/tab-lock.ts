// TabLock for browsers: the writer of a lesson holds the Web Lock `docker-workbook:<lesson>`; a tab
// that takes over says so on the BroadcastChannel `docker-workbook-tabs`, the writer lets go after
// its current command, and the lock passes to the new tab.
import type { TabLock } from '../session/tabs.ts';

const CHANNEL = 'docker-workbook-tabs';
const lockName = (lessonId: string) => `docker-workbook:${lessonId}`;

/** The browser's TabLock; without Web Locks (very old browsers) every tab writes, as before. */
export function browserTabLock(): TabLock {
  const held = new Map<string, () => void>();
  const listeners: ((lessonId: string) => void | Promise<void>)[] = [];
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  channel?.addEventListener('message', async (event: MessageEvent<{ type: string; lessonId: string }>) => {
    const release = held.get(event.data.lessonId);
    if (event.data.type !== 'take-over' || !release) return;
    held.delete(event.data.lessonId);
    // The lock passes on only after this tab's running command and its save are done.
    await Promise.all(listeners.map((listener) => listener(event.data.lessonId)));
    release();
  });
  // Holds the lock until `release` is called; resolves whether it was granted.
  const hold = (lessonId: string, options: LockOptions) =>
    new Promise<boolean>((granted) => {
      void navigator.locks.request(lockName(lessonId), options, (lock) => {
        if (!lock) return granted(false);
        granted(true);
        return new Promise<void>((release) => held.set(lessonId, release));
      });
    });
  if (!navigator.locks) return { acquire: async () => true, takeOver: async () => {}, onLost: () => {} };
  return {
    acquire: (lessonId) => hold(lessonId, { ifAvailable: true }),
    async takeOver(lessonId) {
      channel?.postMessage({ type: 'take-over', lessonId });
      await hold(lessonId, {});
    },
    onLost: (listener) => listeners.push(listener),
  };
}
