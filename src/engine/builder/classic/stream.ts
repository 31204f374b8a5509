// POST /build for the classic builder (API `version=1`): runs the engine's BuildKit-modelled build
// and tells it the way moby's builder/dockerfile prints it, a JSON message per write:
//   Step 2/3 : RUN echo hi > /x          (every instruction is a step)
//    ---> Running in 0a1b2c3d4e5f        (RUN, WORKDIR and metadata steps run in a container)
//    ---> Removed intermediate container 0a1b2c3d4e5f
//    ---> Using cache                    (instead, when the step is cached)
//    ---> 5d6e7f8a9b0c                   (the image the step committed)
//   {"aux":{"ID":"sha256:…"}} after each stage, then `Successfully built` and `Successfully tagged`.
// RUN output is streamed as it comes, stderr in red as NewStderrWriter wraps it.
import type { JsonMessage } from '../../api/images.ts';
import { familiarName } from '../../images/names.ts';
import { parseNormalizedNamed } from '../../model/reference/normalize.ts';
import { BuildError } from '../build/errors.ts';
import { stageIndex } from '../build/plan.ts';
import type { BuildEvent, BuildRequest, BuildResult } from '../build/types.ts';
import type { ClassicDaemon } from './daemon.ts';
import { chainKey, derivedId, shortId, stepIds } from './ids.ts';
import { stepOfVertex, type ClassicPlan } from './plan.ts';

/** A message of the classic build stream (moby's JSONMessage with `stream`, in its field order). */
export type ClassicMessage = { stream?: string } & JsonMessage;

/** How the classic build runs besides the engine request. */
export interface ClassicOptions {
  plan: ClassicPlan;
  request: BuildRequest;
  /** `rm` (default on): remove a step's container after it succeeds. */
  remove: boolean;
  /** `forcerm`: remove it even when the step fails. */
  forceRemove: boolean;
}

const CONTAINER_KINDS = new Set(['RUN', 'WORKDIR']);

/** Runs the build and yields the classic builder's messages; an error before any output is thrown. */
export async function* classicBuild(engine: ClassicDaemon, options: ClassicOptions): AsyncGenerator<ClassicMessage> {
  const { plan, request } = options;
  const { steps } = plan;
  const last = steps.length - 1;
  const ids = stepIds(engine);
  const argsText = JSON.stringify([...request.buildArgs].sort());
  const stageHeads: string[] = [];
  let head = '';
  let cursor = 0;
  let deferred: { index: number; key: string } | undefined;
  const line = (text: string): ClassicMessage => ({ stream: text });

  function* stepLine(i: number): Generator<ClassicMessage> {
    yield line(`Step ${i + 1}/${steps.length} : ${steps[i].text}`);
    yield line('\n');
    cursor = i + 1;
  }
  // ` ---> <id>` ends a step; the last step's ID is the built image's, known once the engine returns.
  function* commit(i: number, id: string, key: string, result?: BuildResult): Generator<ClassicMessage> {
    if (i === last && !result) {
      deferred = { index: i, key };
      return;
    }
    const shown = i === last && result ? result.imageId : id;
    if (key) ids.set(key, shown);
    head = shown;
    stageHeads[steps[i].stage] = shown;
    yield line(` ---> ${shortId(shown)}\n`);
    if (i === last || steps[i + 1].stage !== steps[i].stage) yield { aux: { ID: `sha256:${shown.replace(/^sha256:/, '')}` } };
  }
  function* containerRan(key: string, at: number): Generator<ClassicMessage, string> {
    const container = derivedId('container', key, String(at));
    yield line(` ---> Running in ${shortId(container)}\n`);
    return container;
  }
  function* removed(container: string): Generator<ClassicMessage> {
    if (options.remove || options.forceRemove) yield line(` ---> Removed intermediate container ${shortId(container)}\n`);
  }
  // A step the engine shows no vertex for: a global ARG, FROM scratch or another stage, metadata.
  function* metadataStep(i: number, result?: BuildResult): Generator<ClassicMessage> {
    const step = steps[i];
    yield* stepLine(i);
    if (step.kind === 'ARG' && step.stage < 0) return;
    if (step.kind === 'FROM') {
      head = fromId(i);
      yield* commit(i, head, '', result);
      return;
    }
    const key = chainKey(head, step.text, argsText);
    const known = request.noCache ? undefined : ids.get(key);
    if (known) {
      yield line(' ---> Using cache\n');
      yield* commit(i, known, key, result);
      return;
    }
    const at = Date.parse(engine.systemInfo().SystemTime); // the daemon's clock, as GET /info reports it
    const container = yield* containerRan(key, at);
    yield* removed(container);
    yield* commit(i, derivedId('image', key, String(at)), key, result);
  }
  function fromId(i: number): string {
    const base = steps[i].base ?? '';
    if (base.toLowerCase() === 'scratch') return '';
    const stage = stageIndex(plan.stages, base, steps[i].stage);
    if (stage >= 0) return stageHeads[stage] ?? '';
    try {
      return engine.imageInspect(base).Id;
    } catch {
      return derivedId('base', base);
    }
  }
  function* upTo(j: number, result?: BuildResult): Generator<ClassicMessage> {
    while (cursor < j) yield* metadataStep(cursor, result);
  }

  const events = engine.imageBuild(request);
  let current: { index: number; vertex: number; key: string; container?: string } | undefined;
  let result: BuildResult;
  for (;;) {
    let next: IteratorResult<BuildEvent, BuildResult>;
    try {
      next = await events.next();
    } catch (error) {
      if (!current && cursor <= last) {
        // BuildKit resolves the bases before any step; classic fails on the FROM line that names one.
        while (cursor <= last && steps[cursor].kind === 'ARG' && steps[cursor].stage < 0) yield* stepLine(cursor);
        if (cursor <= last && steps[cursor].kind === 'FROM') yield* stepLine(cursor);
      }
      yield classicError(error);
      return;
    }
    if (next.done) {
      result = next.value;
      break;
    }
    const event = next.value;
    if (event.type === 'start') {
      const index = stepOfVertex(plan, event.name);
      if (index === undefined || index < cursor) continue;
      yield* upTo(index);
      yield* stepLine(index);
      if (steps[index].kind === 'FROM') {
        head = yield* baseImage(engine, event.name, request);
        yield* commit(index, head, '');
        continue;
      }
      current = { index, vertex: event.vertex, key: chainKey(head, steps[index].text, argsText) };
      continue;
    }
    if (!current || event.vertex !== current.vertex) continue;
    const step = steps[current.index];
    const inContainer = CONTAINER_KINDS.has(step.kind);
    if (event.type === 'cached') {
      // A cache hit ends the vertex (BuildKit sends no `done` after it).
      yield line(' ---> Using cache\n');
      yield* commit(current.index, ids.get(current.key) ?? derivedId('image', current.key), current.key);
      current = undefined;
    } else if (event.type === 'log') {
      if (inContainer && !current.container) current.container = yield* containerRan(current.key, event.at);
      yield line(event.stream === 2 ? `\u001b[91m${event.text}\n\u001b[0m` : `${event.text}\n`);
    } else if (event.type === 'done') {
      if (inContainer && !current.container) current.container = yield* containerRan(current.key, event.at);
      if (current.container) yield* removed(current.container);
      yield* commit(current.index, derivedId('image', current.key, String(event.at)), current.key);
      current = undefined;
    } else if (event.type === 'error') {
      if (inContainer && !current.container) current.container = yield* containerRan(current.key, event.at);
      if (current.container && options.forceRemove) yield line(` ---> Removed intermediate container ${shortId(current.container)}\n`);
    }
  }

  yield* upTo(last + 1, result);
  if (deferred) yield* commit(deferred.index, '', deferred.key, result);
  yield line(`Successfully built ${shortId(result.imageId)}\n`);
  for (const tag of result.tags) yield line(`Successfully tagged ${familiarName(tag)}\n`);
}

// The classic builder pulls a FROM image it does not have (or every one with `pull`), into the
// image store, and prints the pull's progress; the step's ID is the base image's.
async function* baseImage(engine: ClassicDaemon, vertexName: string, request: BuildRequest): AsyncGenerator<ClassicMessage, string> {
  const pinned = vertexName.replace(/^\[[^\]]*\] FROM /, '');
  const name = /^(.*:[^/@]+)@sha256:[0-9a-f]+$/.exec(pinned)?.[1] ?? pinned;
  let local: string | undefined;
  try {
    local = engine.imageInspect(name).Id;
  } catch {
    local = undefined;
  }
  if (local && !request.pull) return local;
  yield* engine.imageCreate({ ref: parseNormalizedNamed(name), platform: request.platform });
  return engine.imageInspect(name).Id;
}

// A failed RUN is `The command '…' returned a non-zero code: N` with N as the error's code (the CLI
// exits with it); other failures keep the engine's message.
function classicError(error: unknown): ClassicMessage {
  if (!(error instanceof BuildError)) throw error;
  const exit = /^process (".*") did not complete successfully: exit code: (\d+)$/s.exec(error.message);
  if (exit) {
    const code = Number(exit[2]);
    const message = `The command '${unquote(exit[1])}' returned a non-zero code: ${code}`;
    return { errorDetail: { code, message }, error: message };
  }
  return { errorDetail: { message: error.message }, error: error.message };
}

// goQuote's output is JSON for everything a shell command line holds; keep it quoted otherwise.
function unquote(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}
