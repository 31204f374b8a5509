// The engine's one door: the only module outside src/engine that anyone imports (ESLint and
// scripts/check-architecture.ts bar deeper paths). The CLI and the API server see `EngineApi`,
// checkpoints `EngineReads`, the session the whole `Daemon`; beside them the Engine API's shapes, the
// daemon's errors, and the pure helpers a client needs (image references, Dockerfile parsing and lint).

// The daemon and its roles.
export { createEngine, type Daemon, type EngineApi, type EngineReads, type EngineOptions } from './daemon.ts';
export type { EngineSnapshot } from './engine.ts';
export type { EngineDocument, EngineParts, EngineState, StateTree } from './state/state.ts';
export { documentBlobs } from './state/state.ts';
export type { AttachedProcess, LogReader } from './containers/attach.ts';
export type { ExecOptions } from './containers/exec.ts';
export type { Archive } from './containers/filesystem.ts';
export type { Runtime, ProcessIo, ProcessSpec } from './runtime.ts';
export type { HttpRequest, HttpResponse } from '../kernel/net.ts';
export { abortable, abortError, rfc3339Nano, type EngineHost } from './clock.ts';

// Engine API v1.50 shapes.
export * from './api/containers.ts';
export * from './api/events.ts';
export * from './api/images.ts';
export type { EndpointRequest, EndpointResource, IpamConfig, NetworkCreateRequest, NetworkCreateResponse, NetworkPruneResponse, NetworkResource } from './api/networks.ts';
export type { ImageConfigFile } from './model/image-config.ts';
export type { AuthRequest } from './images/auth.ts';
export type { RegistryCredentials } from './registry/auth.ts';
export type { RegistryImage, RegistryManifest } from './registry/types.ts';
export { BUILDER_PLATFORMS, BUILDKIT_VERSION, BUILDX_VERSION_LINE, DOCKER_VERSION, versionDocument } from './version.ts';
export { systemInfoDocument, type SystemCounts } from './system-info.ts';

// Errors the daemon answers with.
export { EngineError, type EngineErrorData, type EngineErrorKind } from './errors/engine-error.ts';
export * from './errors/image.ts';
export * from './errors/container.ts';
export * from './errors/exec.ts';
export * from './errors/volume.ts';
export * from './errors/network.ts';
export * from './errors/filter.ts';
export * from './errors/registry.ts';
export { UnknownProcessUser } from './errors/process-user.ts';

// Image references (distribution/reference) and names as the daemon stores them.
export { InvalidReferenceError } from './model/reference/errors.ts';
export { familiarName, familiarString, parseAnyReference, parseNormalizedNamed, tagNameOnly } from './model/reference/normalize.ts';
export { referenceName, referenceString, withDigest, withTag, type NamedReference } from './model/reference/parse.ts';
export { canonicalName, normalizeReference, familiarName as familiarCanonicalName } from './images/names.ts';
export { formatPlatform, parsePlatformSpecifier, PlatformSyntaxError, type Platform } from './model/platform.ts';
export { sha256Digest } from './model/digest.ts';

// Go's texts a client prints too: strconv.Quote, time.ParseDuration.
export { goQuote, goQuoteList } from './model/go-quote.ts';
export { CsvParseError, readCsvRecord } from './model/csv.ts';
export { GoDurationError, parseGoDuration } from './model/go-duration.ts';
export { humanDuration } from './model/human-duration.ts';
export { encodeBase64, decodeBase64 } from './registry/base64.ts';

// Container logs as the json-file driver stores them.
export { logLines } from './containers/attach.ts';

// Dockerfiles: parsing, stages, build checks, build events and errors.
// The builder loads lazily (engine/lazy-part.ts): these reads answer after `daemon.preload()`.
export { formatLintWarning, lintDockerfile, loadContext, parseDockerfile } from './builder/tools.ts';
export type { BuildContext } from './builder/context/load.ts';
export { DockerfileParseError } from './builder/parser/errors.ts';
export { InstructionError } from './builder/instructions/errors.ts';
export type { Command, Stage } from './builder/instructions/types.ts';
export { BuildError } from './builder/build/errors.ts';
export type { BuildEvent, BuildRequest, BuildResult, BuildWarning, SourceLocation } from './builder/build/types.ts';
export type { BuildRecord, BuildStepRecord } from './builder/build/record.ts';
export type { ClassicBuildOptions, ClassicMessage } from './builder/classic/index.ts';

// What the session wires into the learner's machine.
export { containerRegistryHandler } from './registry/container-registry.ts';
export { catalogListing, type CatalogListingImage, type CatalogListingRepo } from './registry/catalog-listing.ts';
export type { ContainerStats } from './containers/stats.ts';
export type { BuildCacheEntry, DiskUsage } from './system-df.ts';
export type { UsageRecord } from './builder/cache/usage.ts';
export type { BuildHistoryRecord } from './builder/history/history.ts';
