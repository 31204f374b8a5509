import { describe, expect, it } from 'vitest';
import { History, LineEditor } from '../../src/terminal/line-editor.ts';
import { commonPrefix, listColumns, redraw, visibleWidth } from '../../src/terminal/render.ts';

function editor(text: string, cursor = text.length): LineEditor {
  const e = new LineEditor();
  e.set(text);
  e.cursor = cursor;
  return e;
}

describe('LineEditor', () => {
  it('inserts at the cursor and deletes around it', () => {
    const e = editor('docker imags', 11);
    e.insert('e');
    expect([e.buffer, e.cursor]).toEqual(['docker images', 12]);
    e.backspace();
    expect(e.buffer).toBe('docker imags');
    e.deleteForward();
    expect(e.buffer).toBe('docker imag');
    expect(e.backspace()).toBe(true);
    e.home();
    expect(e.backspace()).toBe(false);
  });

  it('Ctrl-U, Ctrl-K and Ctrl-W kill like readline', () => {
    const u = editor('docker run alpine', 7);
    u.killToStart();
    expect([u.buffer, u.cursor]).toEqual(['run alpine', 0]);
    const k = editor('docker run alpine', 6);
    k.killToEnd();
    expect(k.buffer).toBe('docker');
    const w = editor('docker run  alpine  ');
    w.deleteWordBack();
    expect(w.buffer).toBe('docker run  ');
    w.deleteWordBack();
    expect(w.buffer).toBe('docker ');
  });

  it('moves by character and word and stays inside the line', () => {
    const e = editor('ab cd');
    expect(e.right()).toBe(false);
    e.wordLeft();
    expect(e.cursor).toBe(3);
    e.wordLeft();
    expect(e.cursor).toBe(0);
    expect(e.left()).toBe(false);
    e.wordRight();
    expect(e.cursor).toBe(2);
  });
});

describe('History', () => {
  it('browses back and forth and restores the draft', () => {
    const h = new History();
    h.push('docker pull alpine');
    h.push('docker images');
    h.push('docker images'); // repeats are stored once
    h.push('   ');
    expect(h.entries).toEqual(['docker pull alpine', 'docker images']);
    expect(h.previous('dock')).toBe('docker images');
    expect(h.previous('docker images')).toBe('docker pull alpine');
    expect(h.previous('x')).toBeUndefined();
    expect(h.next()).toBe('docker images');
    expect(h.next()).toBe('dock');
    expect(h.next()).toBeUndefined();
  });
});

describe('render helpers', () => {
  it('measures text without escape sequences', () => {
    expect(visibleWidth('\x1b[1;32muser\x1b[0m$ ')).toBe(6);
  });

  it('redraws a wrapped line and puts the cursor on the right row', () => {
    // prompt 2 + 10 chars on 8 columns: rows 0..1, cursor at offset 5 → row 0 col 5
    const r = redraw('$ ', '0123456789', 3, 8, 0);
    expect(r.cursorRow).toBe(0);
    expect(r.output).toContain('\x1b[1A\x1b[5C');
    // text ending exactly at the margin forces the wrap
    expect(redraw('$ ', '012345', 6, 8, 1).output).toMatch(/^\r\x1b\[1A\x1b\[J\$ 012345 \x08$/);
  });

  it('finds the common prefix and lays out columns like bash', () => {
    expect(commonPrefix(['image', 'images', 'import'])).toBe('im');
    expect(listColumns(['a', 'bb', 'ccc', 'dd', 'e'], 12)).toBe('a    dd\r\nbb   e\r\nccc\r\n');
  });
});
