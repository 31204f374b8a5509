// What a build is asked to do and what it streams back: BuildKit's solve status as data (vertices
// with names, statuses, logs, warnings, timings), then the result. Only format/build makes text.
import type { DirNode } from '../../../vfs/types.ts';
import type { EngineHost } from '../../clock.ts';
import type { Runtime } from '../../runtime.ts';
import type { ImageStore } from '../../store/image-store.ts';
import type { Registry } from '../../registry/registry.ts';
import type { BuildCache } from '../cache/build-cache.ts';

/** A build request, as `docker build` sends it (POST /build with BuildKit). */
export interface BuildRequest {
  /** The build context: the workspace directory's tree (the engine filters it with .dockerignore). */
  context: DirNode;
  /** The Dockerfile text (read from the context, or stdin for `-f -`); null when the file does not exist. */
  dockerfile: string | null;
  /** The Dockerfile's name as BuildKit shows it (`Dockerfile`, `Dockerfile.dev`). */
  dockerfileName: string;
  /** Canonical names to tag the result with (`docker.io/library/app:latest`). */
  tags: string[];
  /** `--build-arg K=V` (a bare `K` takes the value from `env`). */
  buildArgs: Map<string, string>;
  target?: string;
  noCache?: boolean;
  pull?: boolean;
  platform?: string;
  /** `--label k=v` set on the final image. */
  labels?: Record<string, string>;
  /** `--secret` values by ID, read by the client; RUN --mount=type=secret exposes them to one step only. */
  secrets?: Map<string, Uint8Array>;
  /** The Dockerfile came from stdin (`-f -`, or `-` as the context): buildx then sends it under its own key. */
  dockerfileFromStdin?: boolean;
  /** BuildKit's ref for the build (buildx makes one per build): a build with a ref is kept in the build
   *  history. The classic builder has none. */
  ref?: string;
}

/** A step of the build graph as the progress display sees it. */
export interface Vertex {
  id: number;
  name: string;
  started?: number;
  completed?: number;
  cached: boolean;
  error?: string;
}

/** A sub-step of a vertex (`transferring context: 2B`, `exporting layers`). */
export interface VertexStatus {
  name: string;
  started: number;
  completed?: number;
}

/** One event of the build's progress stream. Times are milliseconds of the engine's clock. */
export type BuildEvent =
  | { type: 'start'; vertex: number; name: string; at: number }
  | { type: 'status'; vertex: number; status: VertexStatus }
  | { type: 'log'; vertex: number; at: number; stream: 1 | 2; text: string }
  | { type: 'warning'; vertex: number; text: string }
  /** `layer`: the diffID of the layer a layer step reused (cached) or wrote (done). */
  | { type: 'cached'; vertex: number; at: number; layer?: string }
  | { type: 'done'; vertex: number; at: number; layer?: string }
  | { type: 'error'; vertex: number; at: number; message: string };

/** A build-check finding (`JSONArgsRecommended: … (line 5)`). */
export interface BuildWarning {
  rule: string;
  detail: string;
  line: number;
}

/** Where in the Dockerfile an error points, for the excerpt BuildKit prints. */
export interface SourceLocation {
  fileName: string;
  source: string;
  startLine: number;
  endLine: number;
}

/** What a finished build returns. */
export interface BuildResult {
  imageId: string;
  tags: string[];
  warnings: BuildWarning[];
  /** A multi-stage build's stages in order, and whether the target needed (ran) each; empty for one stage. */
  stages?: { name: string; built: boolean }[];
}

/** The daemon parts a build uses. */
export interface BuildDeps {
  store: ImageStore;
  hub: Registry;
  /** ghcr.io, quay.io …: the seeded public registries a FROM may name (loaded before the build). */
  publicRegistries?: ReadonlyMap<string, Registry>;
  cache: BuildCache;
  host: EngineHost;
  runtime?: Runtime;
  signal?: AbortSignal;
}
