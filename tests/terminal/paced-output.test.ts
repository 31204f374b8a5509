// Output paced into xterm: in order, in pieces, with a bounded amount handed over before xterm has
// parsed it, and Ctrl-C's discard drops only what xterm was not given yet.
import { describe, expect, it } from 'vitest';
import { PacedOutput } from '../../src/terminal/paced-output.ts';

/** A fake xterm that records writes and parses them only when told to. */
function fakeXterm() {
  const written: string[] = [];
  const unparsed: (() => void)[] = [];
  return {
    written,
    cols: 80,
    rows: 24,
    write(data: string, parsed?: () => void) {
      written.push(data);
      if (parsed) unparsed.push(parsed);
    },
    /** xterm parses everything it holds (each callback may hand it more). */
    parseAll() {
      while (unparsed.length) unparsed.shift()!();
    },
  };
}

describe('PacedOutput', () => {
  it('hands a flood to xterm in pieces, only as fast as xterm parses them, and in order', () => {
    const xterm = fakeXterm();
    const out = new PacedOutput(xterm);
    const flood = Array.from({ length: 100000 }, (_, i) => `${i + 1}\n`).join('');
    out.write(flood);
    out.write('prompt$ ');
    const handed = xterm.written.join('').length;
    expect(handed).toBeLessThan(flood.length);
    expect(handed).toBeLessThanOrEqual(65536);
    xterm.parseAll();
    expect(xterm.written.every((piece) => piece.length <= 8192)).toBe(true);
    expect(xterm.written.join('')).toBe(`${flood}prompt$ `);
  });

  it('discardOutput drops what xterm was not given; later writes go on', () => {
    const xterm = fakeXterm();
    const out = new PacedOutput(xterm);
    out.write('y\n'.repeat(500000));
    const handed = xterm.written.join('');
    out.discardOutput();
    out.write('^C');
    xterm.parseAll();
    expect(xterm.written.join('')).toBe(`${handed}^C`);
    expect(out.cols).toBe(80);
  });

  it('small writes pass straight through while xterm keeps up', () => {
    const xterm = fakeXterm();
    const out = new PacedOutput(xterm);
    out.write('a');
    out.write('b');
    expect(xterm.written).toEqual(['a', 'b']);
  });
});
