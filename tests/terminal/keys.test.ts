import { describe, expect, it } from 'vitest';
import { parseKeys, pasteKeys } from '../../src/terminal/keys.ts';

describe('parseKeys', () => {
  it('groups typed characters and recognises control keys and arrows', () => {
    expect(parseKeys('ab\x1b[Dc\x7f\r')).toEqual([
      { type: 'text', text: 'ab' },
      { type: 'left' },
      { type: 'text', text: 'c' },
      { type: 'backspace' },
      { type: 'enter' },
    ]);
  });

  it('knows Home/End/Delete in both cursor modes and the emacs control keys', () => {
    const types = parseKeys('\x1b[H\x1bOF\x1b[3~\x01\x05\x15\x0b\x17\x03\x0c\t').map((k) => k.type);
    expect(types).toEqual(['home', 'end', 'delete', 'ctrl-a', 'ctrl-e', 'ctrl-u', 'ctrl-k', 'ctrl-w', 'ctrl-c', 'ctrl-l', 'tab']);
  });

  it('turns a bracketed multi-line paste into lines and Enters, keeping tabs as text', () => {
    expect(parseKeys('\x1b[200~echo a\r\necho\tb\rls\x1b[201~')).toEqual([
      { type: 'text', text: 'echo a' },
      { type: 'enter' },
      { type: 'text', text: 'echo    b' },
      { type: 'enter' },
      { type: 'text', text: 'ls' },
    ]);
  });

  it('skips unknown escape sequences', () => {
    expect(parseKeys('a\x1b[15~b')).toEqual([
      { type: 'text', text: 'a' },
      { type: 'text', text: 'b' },
    ]);
  });

  it('treats a trailing newline in a paste as Enter', () => {
    expect(pasteKeys('ls\n')).toEqual([{ type: 'text', text: 'ls' }, { type: 'enter' }]);
  });
});
