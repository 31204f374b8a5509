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
