// What the last `docker build` did, kept by the daemon for the workbench's picture: each numbered step
// (`[stage 2/5] RUN …`) and whether it came from the cache (CACHED) or ran, and which stages of a
// multi-stage Dockerfile the target did not need (BuildKit skips them). Read from the build's own
// progress events and result as they pass to the client, so it says what the CLI showed.
import type { BuildEvent, BuildRequest, BuildResult } from './types.ts';
import { observeBuild } from './observe.ts';

/** One numbered step of the last build. */
export interface BuildStepRecord {
  /** The stage's label in a multi-stage build (`builder`, `stage-1`); '' for a single stage. */
  stage: string;
  /** Its number within the stage and the stage's count (`2` of `5`). */
  index: number;
  total: number;
  /** The instruction as the progress shows it (`RUN apk add curl`, `FROM docker.io/library/alpine:3.20@sha256:…`). */
  instruction: string;
  /** 'cached' (CACHED: reused from the build cache), 'built' (ran), 'failed', or 'running' when the build stopped first. */
  outcome: 'cached' | 'built' | 'failed' | 'running';
  /** The diffID of the layer the step reused or wrote (RUN, COPY, ADD, WORKDIR); absent for FROM and unfinished steps. */
  layer?: string;
}

/** The last build: its steps in the order they started, and the stages it left out. */
export interface BuildRecord {
  /** The names asked for with -t (canonical), empty for none. */
  tags: string[];
  /** The image it made; absent when it failed. */
  imageId?: string;
  /** The error's first line when it failed. */
  error?: string;
  steps: BuildStepRecord[];
  /** Every stage of a multi-stage Dockerfile, in order, and whether this build ran it (empty for one stage or a failed parse). */
  stages: { name: string; built: boolean }[];
}

// `[builder  2/12] RUN …`: BuildKit's step prefix (stage label, index padded to the total's width).
const STEP = /^\[(?:(\S+) +)?\s*(\d+)\/(\d+)\] (.*)$/s;

/** Passes a build's stream through unchanged, and hands `keep` the record once it ends (or fails). */
export function recordBuild(
  stream: AsyncGenerator<BuildEvent, BuildResult>,
  request: Pick<BuildRequest, 'tags'>,
  keep: (record: BuildRecord) => void,
): AsyncGenerator<BuildEvent, BuildResult> {
  const steps = new Map<number, BuildStepRecord>();
  const record = (extra: Partial<BuildRecord>): BuildRecord => ({ tags: [...request.tags], steps: [...steps.values()], stages: [], ...extra });
  return observeBuild(stream, {
    event(event) {
      if (event.type === 'start') {
        const match = STEP.exec(event.name);
        if (match) steps.set(event.vertex, { stage: match[1] ?? '', index: Number(match[2]), total: Number(match[3]), instruction: match[4], outcome: 'running' });
      } else if (event.type === 'cached' || event.type === 'done' || event.type === 'error') {
        const step = steps.get(event.vertex);
        // A cached vertex also ends with done: the first word wins.
        if (step && step.outcome === 'running') {
          step.outcome = event.type === 'cached' ? 'cached' : event.type === 'done' ? 'built' : 'failed';
          if (event.type !== 'error' && event.layer) step.layer = event.layer;
        }
      }
    },
    done: (result) => keep(record({ imageId: result.imageId, stages: result.stages ?? [] })),
    failed: (error) => keep(record({ error: (error instanceof Error ? error.message : String(error)).split('\n')[0] })),
    // The client stopped reading (Ctrl-C): what ran so far is still the last build.
    stopped: () => keep(record({ error: 'the build was stopped' })),
  });
}
