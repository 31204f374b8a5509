import { describe, expect, it } from 'vitest';
import { entryCycles } from '../../scripts/architecture/entry-cycles.ts';
import { astroImportViolations } from '../../scripts/architecture/astro-imports.ts';

describe('entryCycles', () => {
  it('finds a folder loop that no two files form', () => {
    const edges = [
      ['src/engine/images/prune.ts', 'src/engine/builder/instructions/duration.ts'],
      ['src/engine/builder/build/base-image.ts', 'src/engine/images/rootfs.ts'],
    ] as const;
    expect(entryCycles(edges)).toEqual(['src/engine: builder ↔ images']);
  });

  it('finds a cycle between two files of one folder, and nothing for one-way imports', () => {
    expect(entryCycles([['src/shell/a.ts', 'src/shell/b.ts'], ['src/shell/b.ts', 'src/shell/a.ts']])).toEqual([
      'src/shell: a.ts ↔ b.ts',
    ]);
    expect(entryCycles([['src/cli/a.ts', 'src/engine/b.ts'], ['src/cli/c/d.ts', 'src/cli/a.ts']])).toEqual([]);
  });
});

describe('astroImportViolations', () => {
  it('reports an .astro import that the arrows forbid', () => {
    const files = ['src/components/A.astro'];
    const text = "---\nimport { x } from '../engine/engine.ts';\nimport B from './B.astro';\n---\n<script>import '../terminal/mount.ts';</script>";
    expect(astroImportViolations(files, { components: ['terminal'] }, () => text)).toEqual([
      { rule: 'arrows-components', text: 'src/components/A.astro → src/engine/engine.ts' },
    ]);
  });
});
