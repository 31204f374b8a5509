import { describe, expect, it } from 'vitest';
import { basename, dirname, join, normalize, resolve } from '../../src/vfs/path.ts';

describe('path helpers', () => {
  it('normalizes dots and slashes', () => {
    expect(normalize('/a//b/./c/../d/')).toBe('/a/b/d');
    expect(normalize('/../..')).toBe('/');
    expect(normalize('a/../../b')).toBe('../b');
    expect(normalize('')).toBe('.');
  });
  it('resolves against a cwd', () => {
    expect(resolve('/home/learner', 'x/../y')).toBe('/home/learner/y');
    expect(resolve('/home', '/etc/./passwd')).toBe('/etc/passwd');
    expect(resolve('/', '..')).toBe('/');
  });
  it('dirname and basename follow coreutils', () => {
    expect(dirname('/a/b')).toBe('/a');
    expect(dirname('a')).toBe('.');
    expect(dirname('/')).toBe('/');
    expect(dirname('/a')).toBe('/');
    expect(dirname('a/b/')).toBe('a');
    expect(basename('/a/b/')).toBe('b');
    expect(basename('/')).toBe('/');
    expect(join('/a', 'b', '../c')).toBe('/a/c');
  });
});
