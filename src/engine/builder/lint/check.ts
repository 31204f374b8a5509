// Runs the build checks over a Dockerfile, honouring `# check=skip=A,B` / `skip=all` / `error=true`.
import { parseStages } from '../instructions/parse-stages.ts';
import { parseDirective } from '../parser/directives.ts';
import { parseDockerfile } from '../parser/parse.ts';
import { LINT_RULES, type LintWarning } from './rules.ts';

/** The `# check=` settings. */
export interface CheckOptions {
  skip: Set<string>;
  skipAll: boolean;
  error: boolean;
}

/** Parses a `# check=skip=A,B;error=true` value. */
export function parseCheckDirective(value: string | null): CheckOptions {
  const opts: CheckOptions = { skip: new Set(), skipAll: false, error: false };
  if (!value) return opts;
  for (const part of value.split(';')) {
    const [key, val = ''] = part.trim().split('=', 2).map((s) => s.trim());
    if (key === 'skip') {
      for (const name of val.split(',').map((s) => s.trim())) {
        if (name === 'all') opts.skipAll = true;
        else if (name !== '') opts.skip.add(name);
      }
    } else if (key === 'error') opts.error = val === 'true';
  }
  return opts;
}

/** The warnings of the implemented rules, sorted by line then detail, as BuildKit reports them. */
export function lintDockerfile(text: string): LintWarning[] {
  const parsed = parseDockerfile(text);
  const { stages } = parseStages(parsed.ast);
  const opts = parseCheckDirective(parseDirective('check', text)?.value ?? null);
  if (opts.skipAll) return [];
  return LINT_RULES.filter((r) => !opts.skip.has(r.name))
    .flatMap((r) => r.check({ parsed, stages }))
    .sort((a, b) => a.line - b.line || (a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0));
}

/** `<rule>: <detail> (line N)`, BuildKit's short format. */
export function formatLintWarning(w: LintWarning): string {
  return `${w.rule}: ${w.detail} (line ${w.line})`;
}
