// Runs the build checks over a Dockerfile, honouring `# check=skip=A,B` / `skip=all` / `error=true` /
// `experimental=…` (or the BUILDKIT_DOCKERFILE_CHECK build arg, which replaces it) and the
// `# check=skip=…` comment above a single instruction.
import { PatternMatcher } from '../dockerignore/matcher.ts';
import { InstructionError } from '../instructions/errors.ts';
import { parseStages, type ParsedStages } from '../instructions/parse-stages.ts';
import type { Stage } from '../instructions/types.ts';
import { parseDirective } from '../parser/directives.ts';
import { parseDockerfile } from '../parser/parse.ts';
import { DISPATCH_RULES } from './dispatch-rules.ts';
import { FROM_RULES } from './from-rules.ts';
import { parseCheckDirective, skippedByComment, type CheckOptions } from './options.ts';
import { BASIC_RULES } from './rules.ts';
import type { LintInput, LintRule, LintWarning } from './types.ts';

/** Every build-check rule, in BuildKit's ruleset. */
export const LINT_RULES: readonly LintRule[] = [...BASIC_RULES, ...FROM_RULES, ...DISPATCH_RULES];

/** What the build gives the checks besides the Dockerfile. */
export interface LintOptions {
  /** `--build-arg` values (BUILDKIT_DOCKERFILE_CHECK among them replaces the `# check=` directive). */
  buildArgs?: ReadonlyMap<string, string>;
  /** The context's .dockerignore patterns, as read (no file: undefined). */
  dockerignore?: readonly string[];
  /** `--target`: dispatch-time checks look only at the stages it needs. */
  target?: string;
  platform?: string;
  /** `check` (`docker build --check`): every stage, not only those the target needs. */
  mode?: 'build' | 'check';
  /** The environment (`K=V`) of an external base image; by default PATH only. */
  baseEnv?: (name: string) => readonly string[];
}

/** The warnings and, in error mode, the rules that turn them into a failed build. */
export interface LintResult {
  warnings: LintWarning[];
  options: CheckOptions;
  /** `lint violation found for rules: A, B` when `error=true` and anything was found. */
  error: string | null;
  /** An instruction that does not parse: the checks ran on the lines before it, as BuildKit's do. */
  instructionError: InstructionError | null;
}

const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The warnings of the enabled rules, sorted by line then detail; throws when the Dockerfile does not parse. */
export function lintDockerfile(text: string, options: LintOptions = {}): LintWarning[] {
  const result = checkDockerfile(text, options);
  if (result.instructionError) throw result.instructionError;
  return result.warnings;
}

/** Runs the checks; throws the parser's errors, and reports an instruction error with the warnings before it. */
export function checkDockerfile(text: string, options: LintOptions = {}): LintResult {
  const parsed = parseDockerfile(text);
  let instructionError: InstructionError | null = null;
  let parsedStages: ParsedStages;
  try {
    parsedStages = parseStages(parsed.ast);
  } catch (error) {
    if (!(error instanceof InstructionError)) throw error;
    instructionError = error;
    const before = { ...parsed.ast, children: parsed.ast.children.filter((n) => n.startLine < error.line) };
    try {
      parsedStages = parseStages(before);
    } catch {
      return { warnings: [], options: parseCheckDirective(null), error: null, instructionError };
    }
  }
  const { stages, metaArgs } = parsedStages;
  const buildArgs = options.buildArgs ?? new Map<string, string>();
  const override = buildArgs.get('BUILDKIT_DOCKERFILE_CHECK');
  const opts = parseCheckDirective(override ?? parseDirective('check', text)?.value ?? null);
  if (opts.skipAll) return { warnings: [], options: opts, error: null, instructionError };
  const input: LintInput = {
    parsed,
    stages,
    metaArgs,
    buildArgs,
    ignore: ignoreMatcher(options.dockerignore),
    platform: options.platform ?? 'linux/amd64',
    reachable: options.mode === 'check' ? new Set(stages.keys()) : reachableStages(stages, options.target),
    baseEnv: options.baseEnv ?? (() => [DEFAULT_PATH]),
  };
  const skippedAt = new Map<number, Set<string>>();
  parsed.ast.children.forEach((node, i) => skippedAt.set(node.startLine, skippedByComment(node, i === 0 ? parsed.directives.length : 0)));
  const enabled = (r: LintRule) =>
    !opts.skip.has(r.name) && (!r.experimental || opts.experimentalAll || opts.experimental.has(r.name));
  const warnings = LINT_RULES.filter(enabled)
    .flatMap((r) => r.check(input))
    .filter((w) => {
      const skipped = skippedAt.get(w.line);
      return !skipped || (!skipped.has('all') && !skipped.has(w.rule));
    })
    .sort((a, b) => a.line - b.line || (a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0));
  const rules = [...new Set(warnings.map((w) => w.rule))].sort();
  const error = opts.error && rules.length > 0 ? `lint violation found for rules: ${rules.join(', ')}` : null;
  return { warnings, options: opts, error, instructionError };
}

// A .dockerignore that does not compile fails the build when the context loads; the check stays quiet.
function ignoreMatcher(patterns: readonly string[] | undefined): PatternMatcher | null {
  if (!patterns) return null;
  try {
    return new PatternMatcher(patterns);
  } catch {
    return null;
  }
}

/** The target stage and those it needs through FROM, COPY --from and RUN --mount from. */
export function reachableStages(stages: readonly Stage[], target?: string): Set<number> {
  const find = (name: string, before: number): number => {
    const lower = name.toLowerCase();
    const named = stages.findIndex((s, i) => i < before && s.stageName !== '' && s.stageName === lower);
    if (named >= 0) return named;
    return /^\d+$/.test(name) && Number(name) < before ? Number(name) : -1;
  };
  let start = stages.length - 1;
  if (target) start = stages.findIndex((s) => s.stageName === target.toLowerCase());
  const seen = new Set<number>();
  const visit = (i: number) => {
    if (i < 0 || seen.has(i)) return;
    seen.add(i);
    const stage = stages[i] as Stage;
    visit(find(stage.baseName, i));
    for (const c of stage.commands) {
      if (c.kind === 'COPY' && c.from !== '') visit(find(c.from, i));
      if (c.kind === 'RUN') for (const m of c.mounts) if (m.from !== '') visit(find(m.from, i));
    }
  };
  visit(start);
  return seen;
}

/** `<rule>: <detail> (line N)`, BuildKit's short format. */
export function formatLintWarning(w: LintWarning): string {
  return `${w.rule}: ${w.detail} (line ${w.line})`;
}
