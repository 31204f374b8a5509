// Public surface of the build checks.
export { LINT_RULES, type LintRule, type LintWarning, type LintInput } from './rules.ts';
export { lintDockerfile, formatLintWarning, parseCheckDirective, type CheckOptions } from './check.ts';
