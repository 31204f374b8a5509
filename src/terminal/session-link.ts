// The terminal's link to its session, which may come late (the prompt is drawn before the worker is
// up) or be replaced (the supervisor restarts a stuck worker): calls wait for it, and a detach ends
// whatever was waiting with a notice instead of hanging forever.
import type { FeedEvent, FeedResult, SessionApi } from '../protocol/session.ts';

/** The part of the session the terminal drives. */
export type ShellSession = Pick<SessionApi, 'run' | 'interrupt' | 'complete'>;

/** Thrown into a waiting call when the session behind it is gone (the supervisor restarts it). */
export class SessionLost extends Error {}

/** Holds the current session, or a promise of the next one. */
export class SessionLink {
  private session: Promise<ShellSession>;
  private attachSession!: (session: ShellSession) => void;
  private abandon: ((error: Error) => void) | undefined;

  constructor(
    session?: ShellSession,
    /** Wraps the event callback before it crosses to the worker (Comlink.proxy in the browser). */
    private readonly wrapCallback?: (fn: (event: FeedEvent) => void) => (event: FeedEvent) => void,
  ) {
    this.session = new Promise((resolve) => (this.attachSession = resolve));
    if (session) this.attachSession(session);
  }

  /** A (new) session is ready: waiting calls go to it. */
  attach(session: ShellSession): void {
    this.attachSession(session);
    this.session = Promise.resolve(session);
  }

  /** The session stopped answering: the waiting call fails with SessionLost(`notice`); new calls wait for `attach`. */
  detach(notice: string): void {
    this.session = new Promise((resolve) => (this.attachSession = resolve));
    this.abandon?.(new SessionLost(notice));
  }

  /** Ctrl-C, sent to the session as soon as there is one. */
  interrupt(): void {
    void this.session.then((s) => s.interrupt());
  }

  /** Tab completion candidates. */
  async complete(line: string, cursor: number): Promise<Awaited<ReturnType<ShellSession['complete']>>> {
    const session = await this.abandonable(this.session);
    return this.abandonable(session.complete(line, cursor));
  }

  /** Runs one line: its output (to `write`) and then its result arrive in order on one event stream. */
  async run(line: string, write: (text: string) => void): Promise<FeedResult> {
    const session = await this.abandonable(this.session);
    return this.abandonable(
      new Promise<FeedResult>((resolve, reject) => {
        const onEvent = (event: FeedEvent) => {
          if (event.kind === 'output') write(event.chunk.text);
          else if (event.kind === 'done') resolve(event.result);
          else reject(new Error(event.message));
        };
        session.run(line, this.wrapCallback ? this.wrapCallback(onEvent) : onEvent).catch(reject);
      }),
    );
  }

  /** `promise`, or a SessionLost rejection if the session is detached first (a dead worker never answers). */
  private abandonable<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.abandon = reject;
      promise.then(resolve, reject);
    });
  }
}
