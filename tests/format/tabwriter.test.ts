import { describe, expect, it } from 'vitest';
import { tabwrite } from '../../src/format/tabwriter.ts';

describe('tabwriter (minwidth 10, padding 3)', () => {
  it('pads every cell but the last to max(width + 3, 10)', () => {
    expect(tabwrite('REPOSITORY\tTAG\tIMAGE ID\nalpine\tlatest\tabc\n')).toBe(
      'REPOSITORY   TAG       IMAGE ID\nalpine       latest    abc\n',
    );
  });
  it('does not pad a trailing empty cell but pads empty cells before it', () => {
    expect(tabwrite('a\t\tb\nc\td\t\n')).toBe('a                   b\nc         d         \n');
  });
  it('ends a column block at a line without that column', () => {
    expect(tabwrite('averyveryverylongcell\tx\nno tabs here\nshort\ty\n')).toBe(
      'averyveryverylongcell   x\nno tabs here\nshort     y\n',
    );
  });
  it('counts runes, not bytes or UTF-16 units', () => {
    expect(tabwrite('héllo\tx\n😀\ty\n')).toBe('héllo     x\n😀         y\n');
  });
  it('keeps text without a final newline', () => {
    expect(tabwrite('a\tb')).toBe('a         b');
  });
});

describe('tabwriter padding with tabs (buildx: minwidth 1, tabwidth 8, padding 1, padchar \\t)', () => {
  const tabs = { minWidth: 1, padding: 1, padChar: '\t', tabWidth: 8 };
  it('pads each cell with tabs to the column width rounded up to a tab stop', () => {
    // Column 0 is 2 + 1 = 3 wide, rounded to 8: one tab after "ID" and after "ab".
    expect(tabwrite('ID\tSIZE\nab\t1B\n', tabs)).toBe('ID\tSIZE\nab\t1B\n');
    // A 12-character key makes the column 13, rounded to 16: a short key needs two tabs.
    expect(tabwrite('Reclaimable:\t1B\nTotal:\t2B\n', tabs)).toBe('Reclaimable:\t1B\nTotal:\t\t2B\n');
  });
  it('gives a 40-character cell one tab and a 2-character header six', () => {
    const id = 'x'.repeat(40);
    expect(tabwrite(`ID\tRECLAIMABLE\n${id}\ttrue\n`, tabs)).toBe(`ID${'\t'.repeat(6)}RECLAIMABLE\n${id}\ttrue\n`);
  });
});
