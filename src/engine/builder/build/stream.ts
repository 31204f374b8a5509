// POST /build as a stream: the build runs while its progress events are yielded; the generator's
// return value is the result, and a failure is thrown (BuildError) after the events that led to it.
import { Progress } from './progress.ts';
import { runBuild } from './build.ts';
import type { BuildDeps, BuildEvent, BuildRequest, BuildResult } from './types.ts';

/** Starts a build and yields its events as they happen. */
export async function* streamBuild(deps: BuildDeps, req: BuildRequest): AsyncGenerator<BuildEvent, BuildResult> {
  const queue: BuildEvent[] = [];
  let wake: (() => void) | undefined;
  const progress = new Progress(deps.host, (event) => {
    queue.push(event);
    wake?.();
  });
  let outcome: { ok: true; result: BuildResult } | { ok: false; error: unknown } | undefined;
  const running = runBuild(deps, req, progress).then(
    (result) => (outcome = { ok: true, result }),
    (error: unknown) => (outcome = { ok: false, error }),
  );
  void running.then(() => wake?.());
  for (;;) {
    while (queue.length > 0) yield queue.shift()!;
    if (outcome) break;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = undefined;
  }
  while (queue.length > 0) yield queue.shift()!;
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}
