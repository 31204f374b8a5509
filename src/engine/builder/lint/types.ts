// What the build checks see and report: the parsed Dockerfile with its stages, the build's inputs
// (build args, .dockerignore, base image environments) and one finding per violation.
import type { PatternMatcher } from '../dockerignore/matcher.ts';
import type { Command, Stage } from '../instructions/types.ts';
import type { ParseResult } from '../parser/parse.ts';

/** One finding: `<rule>: <detail> (line N)` when printed. */
export interface LintWarning {
  rule: string;
  detail: string;
  line: number;
}

/** What a rule sees: the parse result, the stages and what the build was given. */
export interface LintInput {
  parsed: ParseResult;
  stages: Stage[];
  /** The ARGs before the first FROM. */
  metaArgs: Extract<Command, { kind: 'ARG' }>[];
  /** `--build-arg` values. */
  buildArgs: ReadonlyMap<string, string>;
  /** The context's .dockerignore, null without one. */
  ignore: PatternMatcher | null;
  /** The target platform (`linux/amd64`), for the predefined ARGs. */
  platform: string;
  /** The stages the build runs (the target and what it needs): dispatch-time rules look only at these. */
  reachable: ReadonlySet<number>;
  /** The environment (`K=V`) of an external base image, by its expanded name. */
  baseEnv(name: string): readonly string[];
}

/** A build-check rule; experimental ones run only when `# check=experimental=<name>` enables them. */
export interface LintRule {
  name: string;
  description: string;
  url: string;
  experimental?: boolean;
  check(input: LintInput): LintWarning[];
}
