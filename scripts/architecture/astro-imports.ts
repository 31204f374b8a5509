// The Arrows for .astro files, which dependency-cruiser does not parse: their imports are read from
// the frontmatter and <script> blocks and resolved by path.
import { posix } from 'node:path';

/** A wrong-way import of an .astro file, named after the rule it breaks. */
export interface AstroViolation {
  rule: string;
  text: string;
}

const IMPORT = /\bimport\s+(?:[^'"]*?\bfrom\s+)?['"]([^'"]+)['"]/g;

/** The src/ top-level folder of a path, or undefined for a path outside src/. */
function topFolder(path: string): string | undefined {
  const parts = path.split('/');
  return parts[0] === 'src' && parts.length > 2 ? parts[1] : undefined;
}

/** Wrong-way imports of the .astro files among `files`, by the arrows table. */
export function astroImportViolations(
  files: readonly string[],
  arrows: Record<string, string[]>,
  read: (file: string) => string,
): AstroViolation[] {
  const out: AstroViolation[] = [];
  for (const file of files.filter((f) => f.endsWith('.astro'))) {
    const from = topFolder(file);
    if (!from || !arrows[from]) continue;
    for (const [, spec] of read(file).matchAll(IMPORT)) {
      if (!spec.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), spec));
      const to = topFolder(target);
      if (!to || to === from || arrows[from].includes(to)) continue;
      out.push({ rule: `arrows-${from}`, text: `${file} → ${target}` });
    }
    }
  return out;
}
