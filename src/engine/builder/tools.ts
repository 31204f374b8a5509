// The builder's reads a client makes (checkpoints: a Dockerfile's parse, its build checks, the context
// after .dockerignore), answered by the lazily loaded builder: call them after `daemon.preload()`.
import type { formatLintWarning as FormatLintWarning, lintDockerfile as LintDockerfile } from './lint/index.ts';
import type { parseDockerfile as ParseDockerfile } from './parser/parse.ts';
import type { loadContext as LoadContext } from './context/load.ts';
import { builderPart } from './lazy.ts';

/** The Dockerfile's AST (BuildKit's parser); throws DockerfileParseError. */
export const parseDockerfile: typeof ParseDockerfile = (...args) => builderPart.get().parseDockerfile(...args);
/** The build checks' warnings on a Dockerfile. */
export const lintDockerfile: typeof LintDockerfile = (...args) => builderPart.get().lintDockerfile(...args);
/** One warning as buildx prints it. */
export const formatLintWarning: typeof FormatLintWarning = (...args) => builderPart.get().formatLintWarning(...args);
/** A context directory as the builder loads it (.dockerignore applied). */
export const loadContext: typeof LoadContext = (...args) => builderPart.get().loadContext(...args);
