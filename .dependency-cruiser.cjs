// The import rules of docs/ARCHITECTURE.md ("Arrows"), checked by dependency-cruiser.
// `npm run lint` runs them through scripts/check-architecture.ts, which compares each rule's count of
// violations with its ceiling in scripts/architecture-ceilings.json (a move lowers a ceiling; a new
// wrong-way import raises a count above its ceiling and fails).

/** Which top-level folders of src/ each folder may import (itself always); a folder not listed is a never. */
const ARROWS = require('./scripts/architecture/arrows.json');

const arrowRules = Object.entries(ARROWS).map(([from, allowed]) => ({
  name: `arrows-${from}`,
  comment: `src/${from}/ may import only ${allowed.length ? allowed.join(', ') : 'nothing of src/'} (docs/ARCHITECTURE.md, Arrows)`,
  severity: 'error',
  from: { path: `^src/${from}/` },
  to: { path: '^src/', pathNot: `^src/(${[from, ...allowed].join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...arrowRules,
    {
      name: 'engine-door',
      comment: 'outside src/engine, import the engine only through src/engine/index.ts',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/engine/' },
      to: { path: '^src/engine/', pathNot: '^src/engine/index\\.ts$' },
    },
    {
      name: 'engine-no-self-door',
      comment: 'inside src/engine, import the file you need, never the door (index.ts)',
      severity: 'error',
      from: { path: '^src/engine/', pathNot: '^src/engine/index\\.ts$' },
      to: { path: '^src/engine/index\\.ts$' },
    },
    {
      name: 'no-file-cycle',
      comment: 'no import cycle between two files (type-only imports count: they still tie the files)',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|\\.astro)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.json'] },
    cache: false,
  },

};
