// Appending (`>>`) grows a file into spare room instead of copying it whole each time; what any
// reader sees must not change: a view read earlier keeps its bytes, files never share the room,
// and a file whose bytes sit inside someone else's buffer (a tar member) never writes into it.
import { describe, expect, it } from 'vitest';
import { Vfs } from '../../src/vfs/vfs.ts';
import { decodeUtf8 } from '../../src/vfs/utf8.ts';
import type { FileNode } from '../../src/vfs/types.ts';

describe('appending to a file', () => {
  it('holds every append in order, and a view read earlier keeps the bytes it had', () => {
    const fs = Vfs.empty({ clock: () => 0 });
    fs.writeFile('/f', '');
    let expected = '';
    let early: Uint8Array | undefined;
    for (let i = 1; i <= 2000; i++) {
      fs.writeFile('/f', `${i}\n`, { append: true });
      expected += `${i}\n`;
      if (i === 10) early = fs.readFile('/f');
    }
    expect(fs.readText('/f')).toBe(expected);
    expect(fs.readFile('/f').length).toBe(expected.length);
    expect(decodeUtf8(early!)).toBe('1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n');
  });

  it('never lets two files grow into the same room, even when one was given the other\'s bytes', () => {
    const fs = Vfs.empty({ clock: () => 0 });
    fs.writeFile('/a', 'a');
    fs.writeFile('/a', 'b', { append: true });
    fs.writeFile('/b', '');
    (fs.stat('/b') as FileNode).data = (fs.stat('/a') as FileNode).data;
    fs.writeFile('/b', 'X', { append: true });
    fs.writeFile('/a', 'Y', { append: true });
    expect([fs.readText('/a'), fs.readText('/b')]).toEqual(['abY', 'abX']);
  });

  it('leaves the buffer a file was carved from alone', () => {
    const fs = Vfs.empty({ clock: () => 0 });
    const archive = new TextEncoder().encode('head|body|tail');
    fs.writeFile('/m', '');
    (fs.stat('/m') as FileNode).data = archive.subarray(5, 9);
    fs.writeFile('/m', '++', { append: true });
    expect(fs.readText('/m')).toBe('body++');
    expect(new TextDecoder().decode(archive)).toBe('head|body|tail');
  });
});
