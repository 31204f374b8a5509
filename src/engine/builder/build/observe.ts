// Watching a build's stream on its way to the client: what passes, and how it ends — with a result,
// with an error, or because the client stopped reading (Ctrl-C). The last build's record and the
// build history are kept this way.
import type { BuildEvent, BuildResult } from './types.ts';

/** What an observer of a build's stream hears. */
export interface BuildObserver {
  /** An event, before the client gets it. */
  event(event: BuildEvent): void;
  done(result: BuildResult): void;
  failed(error: unknown): void;
  /** The client stopped reading before the end. */
  stopped(): void;
}

/** Passes a build's stream through unchanged, telling `observer` what passes and how it ends. */
export async function* observeBuild(stream: AsyncGenerator<BuildEvent, BuildResult>, observer: BuildObserver): AsyncGenerator<BuildEvent, BuildResult> {
  let ended = false;
  try {
    for (;;) {
      const next = await stream.next();
      if (next.done) {
        ended = true;
        observer.done(next.value);
        return next.value;
      }
      observer.event(next.value);
      yield next.value;
    }
  } catch (error) {
    ended = true;
    observer.failed(error);
    throw error;
  } finally {
    if (!ended) {
      observer.stopped();
      await stream.return(undefined as never).catch(() => undefined);
    }
  }
}
