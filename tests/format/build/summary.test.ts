// buildx's summaries: the Dockerfile excerpt around the failing line and the warnings list.
import { describe, expect, it } from 'vitest';
import { formatExcerpt, formatWarnings } from '../../../src/format/build/summary.ts';

describe('build summaries', () => {
  it('quotes two lines either side of a one-line error', () => {
    const source = 'FROM a\nRUN 1\nRUN 2\nRUN 3\nRUN 4\nRUN 5\nRUN 6\n';
    expect(formatExcerpt({ fileName: 'Dockerfile', source, startLine: 4, endLine: 4 })).toBe(
      'Dockerfile:4\n--------------------\n   2 |     RUN 1\n   3 |     RUN 2\n   4 | >>> RUN 3\n   5 |     RUN 4\n   6 |     RUN 5\n--------------------\n',
    );
  });
  it('counts warnings in the singular and plural', () => {
    expect(formatWarnings([{ rule: 'R', detail: 'd', line: 2 }])).toBe(' 1 warning found (use docker --debug to expand):\n - R: d (line 2)\n');
    expect(formatWarnings([])).toBe('');
  });
});
