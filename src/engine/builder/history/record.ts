// Keeps a BuildKit build in the history as it streams: the record starts with the request, counts
// the vertices as BuildKit's status import does (every vertex seen, those completed, those cached),
// keeps the events for `history logs`, and ends with the build (an error, or Canceled if stopped).
import type { BuildEvent, BuildRequest, BuildResult } from '../build/types.ts';
import { BuildError } from '../build/errors.ts';
import type { BuildHistory, BuildRecordError } from './history.ts';
import { observeBuild } from '../build/observe.ts';
import { MAX_EVENTS } from './history.ts';

// gRPC codes (google.golang.org/grpc/codes).
const CANCELED = 1;
const UNKNOWN = 2;

/** The frontend attributes buildx sends BuildKit for a build (build/opt.go toSolveOpt, docker driver). */
export function frontendAttrs(request: BuildRequest): Record<string, string> {
  const attrs: Record<string, string> = { filename: request.dockerfileName };
  // The moby driver resolves local images first unless --pull.
  attrs['image-resolve-mode'] = request.pull ? 'pull' : 'local';
  if (request.target) attrs.target = request.target;
  if (request.noCache) attrs['no-cache'] = '';
  for (const [key, value] of request.buildArgs) attrs[`build-arg:${key}`] = value;
  for (const [key, value] of Object.entries(request.labels ?? {})) attrs[`label:${key}`] = value;
  if (request.platform) attrs.platform = request.platform;
  if (request.dockerfileFromStdin) attrs.dockerfilekey = 'dockerfile';
  return attrs;
}

/** Passes a build's stream through unchanged, keeping it in `history` under `ref`; `now` reads the engine's clock. */
export function keepInHistory(stream: AsyncGenerator<BuildEvent, BuildResult>, history: BuildHistory, ref: string, attrs: Record<string, string>, now: () => number): AsyncGenerator<BuildEvent, BuildResult> {
  const record = history.start(ref, attrs, now());
  const seen = new Map<number, { completed: boolean; cached: boolean }>();
  const finish = (error?: BuildRecordError) => {
    const all = [...seen.values()];
    record.numTotalSteps = all.length;
    record.numCompletedSteps = all.filter((v) => v.completed).length;
    record.numCachedSteps = all.filter((v) => v.cached).length;
    history.finish(record, now(), error);
  };
  return observeBuild(stream, {
    event(event) {
      if (event.type === 'start' || event.type === 'cached' || event.type === 'done' || event.type === 'error') {
        const vertex = seen.get(event.vertex) ?? { completed: false, cached: false };
        seen.set(event.vertex, vertex);
        // A vertex that ended, failed ones too, has its Completed time; a cached one is completed as well.
        if (event.type !== 'start') vertex.completed = true;
        if (event.type === 'cached') vertex.cached = true;
      }
      record.events.push(event);
      if (record.events.length > MAX_EVENTS) record.events.shift();
    },
    done: () => finish(),
    failed(error) {
      const location = error instanceof BuildError ? error.location : undefined;
      finish({ code: UNKNOWN, message: error instanceof Error ? error.message : String(error), ...(location ? { location: structuredClone(location) } : {}) });
    },
    // The client stopped reading (Ctrl-C): BuildKit records the build as canceled.
    stopped: () => finish({ code: CANCELED, message: 'context canceled' }),
  });
}
