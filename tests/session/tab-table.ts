// A fake TabLock table for session tests: tabs sharing one lock table, as Web Locks and a BroadcastChannel give the browser's tabs: one writer
// per lesson, the other tabs queued behind it; closing the writer's tab hands the lock to the next.
import type { TabLock } from '../../src/session/tabs.ts';

/** A fresh lock table; call it for each tab. */
export function lockTable() {
  type Tab = { lost: (lessonId: string) => void | Promise<void>; gained: (lessonId: string) => void | Promise<void> };
  const holders = new Map<string, Tab>();
  const queues = new Map<string, Tab[]>();
  const queueOf = (lessonId: string) => queues.get(lessonId) ?? queues.set(lessonId, []).get(lessonId)!;
  const tab = (): TabLock & { close(): Promise<void> } => {
    const me: Tab = { lost: () => {}, gained: () => {} };
    return {
      acquire: async (lessonId) => {
        if (!holders.has(lessonId)) {
          holders.set(lessonId, me);
          return true;
        }
        queueOf(lessonId).push(me);
        return false;
      },
      takeOver: async (lessonId) => {
        const writer = holders.get(lessonId);
        await writer?.lost(lessonId);
        queues.set(lessonId, queueOf(lessonId).filter((t) => t !== me));
        holders.set(lessonId, me);
        if (writer) queueOf(lessonId).push(writer);
      },
      release: (lessonId) => void (holders.get(lessonId) === me && handOver(lessonId)),
      onLost: (listener) => void (me.lost = listener),
      onGained: (listener) => void (me.gained = listener),
      async close() {
        for (const [lessonId, writer] of holders) if (writer === me) await handOver(lessonId);
      },
    };
  };
  // The writer let go: the next tab in line writes.
  const handOver = async (lessonId: string) => {
    const next = queueOf(lessonId).shift();
    if (next) holders.set(lessonId, next);
    else holders.delete(lessonId);
    await next?.gained(lessonId);
  };
  return tab;
}
