// Public surface of the build checks.
export type { LintRule, LintWarning, LintInput } from './types.ts';
export { LINT_RULES, lintDockerfile, checkDockerfile, formatLintWarning, reachableStages, type LintOptions, type LintResult } from './check.ts';
export { parseCheckDirective, skippedByComment, type CheckOptions } from './options.ts';
