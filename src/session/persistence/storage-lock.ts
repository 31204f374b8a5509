// Saves and the garbage collector share one storage: a save writes its blobs and trees before the
// document that names them, so the collector must never run in between. Saves hold the lock shared
// (many at once), the collector exclusive. In the browser it is a Web Lock across tabs (worker/).

/** A readers-writer lock over a storage. */
export interface StorageLock {
  /** Runs `work` while no exclusive holder runs (saves). */
  shared<T>(work: () => Promise<T>): Promise<T>;
  /** Runs `work` alone (garbage collection). */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

/** A lock for one process (Node, tests): exclusive work waits for running shared work, and the reverse. */
export function inProcessLock(): StorageLock {
  let sharedCount = 0;
  let exclusiveRun: Promise<unknown> | undefined;
  let drained: (() => void) | undefined;
  return {
    async shared(work) {
      while (exclusiveRun) await exclusiveRun.catch(() => {});
      sharedCount++;
      try {
        return await work();
      } finally {
        if (--sharedCount === 0) drained?.();
      }
    },
    async exclusive(work) {
      while (exclusiveRun) await exclusiveRun.catch(() => {});
      const run = (async () => {
        if (sharedCount > 0) await new Promise<void>((resolve) => (drained = resolve));
        drained = undefined;
        return work();
      })();
      exclusiveRun = run;
      try {
        return await run;
      } finally {
        if (exclusiveRun === run) exclusiveRun = undefined;
      }
    },
  };
}
