// The `# check=` settings: the file-wide directive (`skip=A,B;error=true;experimental=C`) and the
// per-instruction `# check=skip=…` comment that silences rules for the instruction below it.
import type { Node } from '../parser/node.ts';

/** The `# check=` settings. */
export interface CheckOptions {
  skip: Set<string>;
  skipAll: boolean;
  error: boolean;
  /** Experimental rules switched on (`experimental=InvalidDefinitionDescription`). */
  experimental: Set<string>;
  experimentalAll: boolean;
}

const truthy = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);

/** Parses a `# check=skip=A,B;error=true;experimental=all` value (BuildKit's ParseLintOptions). */
export function parseCheckDirective(value: string | null): CheckOptions {
  const opts: CheckOptions = { skip: new Set(), skipAll: false, error: false, experimental: new Set(), experimentalAll: false };
  if (!value) return opts;
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const val = part.slice(eq + 1).trim();
    const names = val.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (key === 'skip') {
      if (val === 'all') opts.skipAll = true;
      else for (const name of names) opts.skip.add(name);
    } else if (key === 'error') opts.error = truthy.has(val);
    else if (key === 'experimental') {
      if (val === 'all') opts.experimentalAll = true;
      else for (const name of names) opts.experimental.add(name);
    }
  }
  return opts;
}

/**
 * The rules a `# check=skip=A,B` comment right above an instruction silences for it (`all` for every
 * rule). Text after the value (`# check=skip=all // why`) is a remark.
 */
export function skippedByComment(node: Pick<Node, 'prevComment'>, directives = 0): Set<string> {
  const skipped = new Set<string>();
  // Above the first instruction, the file's directives (`# syntax=`, `# check=`) are not instruction comments.
  for (const comment of node.prevComment.slice(directives)) {
    const match = /^check\s*=\s*(\S+)/.exec(comment);
    if (!match) continue;
    const opts = parseCheckDirective(match[1]);
    if (opts.skipAll) skipped.add('all');
    for (const name of opts.skip) skipped.add(name);
  }
  return skipped;
}
