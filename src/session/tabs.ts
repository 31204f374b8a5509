// One lesson, many tabs: only the tab that holds the lesson's lock runs commands and saves; another
// tab on the same lesson is read-only until the learner takes over, so no tab's work silently
// overwrites another's. The browser's implementation is worker/tab-lock.ts (Web Locks + BroadcastChannel).

/** Who may write a lesson's machine. */
export interface TabLock {
  /** Tries to become the lesson's writer; false when another (live) tab is. `steal`: this tab's own
   *  ended worker held it, so take it from that holder at once. */
  acquire(lessonId: string, options?: { steal?: boolean }): Promise<boolean>;
  /** Asks the writer to let go, waits until it has (its last save done), and becomes the writer. */
  takeOver(lessonId: string): Promise<void>;
  /** Lets go of a lesson this tab took only for a moment (an import's commit); the next tab in line gets it. */
  release(lessonId: string): void;
  /** Called when another tab takes the lesson over: this one is read-only from now on; the lock passes
   *  on when the listener's promise settles (after the running command and its save). */
  onLost(listener: (lessonId: string) => void | Promise<void>): void;
  /** Called when the lock comes to this read-only tab without a take-over (the writer's tab closed). */
  onGained(listener: (lessonId: string) => void | Promise<void>): void;
}

/** For Node (`npm run sim`, tests): one session, always the writer. */
export const soleTab: TabLock = {
  acquire: async () => true,
  takeOver: async () => {},
  release: () => {},
  onLost: () => {},
  onGained: () => {},
};

/** What a read-only tab answers to a command, in the terminal. */
export const READ_ONLY_LINE = 'workbook: this lesson is open in another tab, so this one is read-only (nothing you type here runs or is saved). Use “Take over” to work here instead.\n';
