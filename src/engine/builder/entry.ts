// The builder's entry points, gathered so they load as one chunk (builder/lazy.ts): what the daemon
// runs (BuildKit builds and their history records, the classic stream, the build checks, pruning the
// build cache) and what clients
// read (builder/tools.ts).
export { streamBuild } from './build/stream.ts';
export { startClassicBuild } from './classic/index.ts';
export { checkDockerfile, formatLintWarning, lintDockerfile } from './lint/index.ts';
export { parseDockerfile } from './parser/parse.ts';
export { loadContext } from './context/load.ts';
export { apiBuildPrune, filterEntries, pruneCache } from './cache/prune.ts';
export { frontendAttrs, keepInHistory } from './history/record.ts';
