// What a Python program sees of the container's files and what it leaves behind: the worker brings
// files in only as the program touches them (runtimes/python/emfs.mjs), so listing, reading, writing
// in place, appending, removing and moving must all still match the container before and after.
import { afterAll, describe, expect, it } from 'vitest';
import { makePython } from '../../src/runtimes/python/program.ts';
import { closeSpareWorkers } from '../../src/runtimes/process-host.ts';
import { machine } from '../shell/programs/machine.ts';

afterAll(() => closeSpareWorkers());

function pythonMachine() {
  const m = machine({ env: { PYTHON_VERSION: '3.12.9' }, cwd: '/app' });
  m.fs.mkdir('/app/data/deep', { recursive: true });
  m.fs.writeFile('/app/data/a.txt', 'alpha\n');
  m.fs.writeFile('/app/data/b.txt', 'bravo\n');
  m.fs.writeFile('/app/data/deep/c.txt', 'charlie\n');
  m.fs.symlink('data/a.txt', '/app/link.txt');
  m.fs.mkdir('/usr/local/lib/python3.12/site-packages/greet', { recursive: true });
  m.fs.writeFile('/usr/local/lib/python3.12/site-packages/greet/__init__.py', 'def hello(n):\n    return "hello " + n\n');
  return m;
}

const py = (m: ReturnType<typeof machine>, code: string) => m.run(makePython(), ['python3', '-c', code]);

describe('python3 and the container files', () => {
  it('lists directories, follows symlinks and imports packages from site-packages', async () => {
    const m = pythonMachine();
    const r = await py(m, "import os, greet\nprint(sorted(os.listdir('/app')), sorted(os.listdir('data')))\nprint(open('link.txt').read().strip(), os.path.isdir('data/deep'), os.path.exists('nope'))\nprint(greet.hello('ada'))");
    expect(r).toEqual({ code: 0, out: "['data', 'link.txt'] ['a.txt', 'b.txt', 'deep']\nalpha True False\nhello ada\n", err: '' });
  });

  it('reports only what it changed: an append, a write in place, a new tree', async () => {
    const m = pythonMachine();
    const r = await py(m, "open('data/a.txt', 'a').write('more\\n')\nf = open('data/b.txt', 'r+')\nf.write('B')\nf.close()\nimport os\nos.mkdir('new')\nos.mkdir('new/sub')\nopen('new/sub/n.txt', 'w').write('n')\nprint(open('data/deep/c.txt').read().strip())");
    expect(r.err).toBe('');
    expect(m.fs.readText('/app/data/a.txt')).toBe('alpha\nmore\n');
    expect(m.fs.readText('/app/data/b.txt')).toBe('Bravo\n');
    expect(m.fs.readText('/app/new/sub/n.txt')).toBe('n');
    expect(m.fs.readText('/app/data/deep/c.txt')).toBe('charlie\n');
    expect(m.fs.readText('/usr/local/lib/python3.12/site-packages/greet/__init__.py')).toContain('def hello');
  });

  it('removes files and directories it deleted, and refuses to remove a directory with entries', async () => {
    const m = pythonMachine();
    const r = await py(m, "import os\nos.remove('data/a.txt')\ntry:\n    os.rmdir('data/deep')\nexcept OSError:\n    print('kept')\nos.remove('data/deep/c.txt')\nos.rmdir('data/deep')");
    expect(r).toEqual({ code: 0, out: 'kept\n', err: '' });
    expect(m.fs.exists('/app/data/a.txt')).toBe(false);
    expect(m.fs.exists('/app/data/deep')).toBe(false);
    expect(m.fs.readText('/app/data/b.txt')).toBe('bravo\n');
  });

  it('moves files and whole directories', async () => {
    const m = pythonMachine();
    const r = await py(m, "import os\nos.rename('data/a.txt', 'a-moved.txt')\nos.rename('data', 'renamed')\nprint(sorted(os.listdir('renamed')), open('renamed/deep/c.txt').read().strip())");
    expect(r).toEqual({ code: 0, out: "['b.txt', 'deep'] charlie\n", err: '' });
    expect(m.fs.readText('/app/a-moved.txt')).toBe('alpha\n');
    expect(m.fs.exists('/app/data')).toBe(false);
    expect(m.fs.readText('/app/renamed/b.txt')).toBe('bravo\n');
    expect(m.fs.readText('/app/renamed/deep/c.txt')).toBe('charlie\n');
  });

  it('cannot create over an existing file it has not opened yet', async () => {
    const m = pythonMachine();
    const r = await py(m, "import os\ntry:\n    os.mkdir('data/a.txt')\nexcept OSError:\n    print('exists')");
    expect(r.out).toBe('exists\n');
    expect(m.fs.readText('/app/data/a.txt')).toBe('alpha\n');
  });
});
