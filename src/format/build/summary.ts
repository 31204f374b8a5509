// What buildx prints after the progress: the failed step's logs between `------` lines, the build-check
// summary, the Dockerfile excerpt around the failing line, and `ERROR: failed to build: failed to solve: …`.
import type { BuildError, BuildWarning, SourceLocation } from '../../engine/index.ts';

/** ` 2 warnings found (use docker --debug to expand):` and one ` - Rule: detail (line N)` per finding. */
export function formatWarnings(warnings: readonly BuildWarning[]): string {
  if (warnings.length === 0) return '';
  const head = ` ${warnings.length} warning${warnings.length === 1 ? '' : 's'} found (use docker --debug to expand):\n`;
  return head + warnings.map((w) => ` - ${w.rule}: ${w.detail} (line ${w.line})\n`).join('');
}

/** The `------` block with the failed step's last log lines. */
export function formatStepLogs(step: { name: string; logs: string[] }): string {
  return `------\n > ${step.name}:\n${step.logs.map((l) => `${l}\n`).join('')}------\n`;
}

/** The source excerpt (solver/errdefs source): two lines of context each side of a one-line range. */
export function formatExcerpt(loc: SourceLocation): string {
  const lines = loc.source.split('\n');
  let start = loc.startLine;
  let end = Math.max(loc.endLine, loc.startLine);
  if (start < 1 || start > lines.length) return '';
  if (end > lines.length) end = lines.length;
  const first = start;
  const pad = end === start ? 4 : 2;
  for (let p = 0; p < pad; p++) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
  }
  let out = `${loc.fileName}:${first}\n${'-'.repeat(20)}\n`;
  for (let i = start; i <= end; i++) {
    const marker = i >= loc.startLine && i <= Math.max(loc.endLine, loc.startLine) ? '>>>' : '   ';
    out += ` ${String(i).padStart(3, ' ')} | ${marker} ${lines[i - 1]}\n`;
  }
  return `${out}${'-'.repeat(20)}\n`;
}

/** Everything after the progress display for a failed build. */
export function formatBuildFailure(error: BuildError): string {
  let out = error.step ? formatStepLogs(error.step) : '';
  out += formatWarnings(error.warnings);
  if (error.location) out += formatExcerpt(error.location);
  return `${out}ERROR: failed to build: failed to solve: ${error.message}\n`;
}
