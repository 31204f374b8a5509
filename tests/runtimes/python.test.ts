import { afterAll, describe, expect, it } from 'vitest';
import { makePython } from '../../src/runtimes/python/program.ts';
import { closeSpareWorkers, setRuntimeBudget } from '../../src/runtimes/process-host.ts';
import { machine } from '../shell/programs/machine.ts';

afterAll(() => closeSpareWorkers());

function pythonMachine(env: Record<string, string> = {}) {
  const m = machine({ env: { PYTHON_VERSION: '3.12.9', HOME: '/root', ...env }, cwd: '/app' });
  m.fs.mkdir('/app', { recursive: true });
  m.fs.mkdir('/usr/local/lib/python3.12/site-packages', { recursive: true });
  return m;
}

describe('python3', () => {
  it('runs -c and prints to stdout', async () => {
    const r = await pythonMachine().run(makePython(), ['python3', '-c', 'print(1 + 1)']);
    expect(r).toEqual({ code: 0, out: '2\n', err: '' });
  });
  it('reports its version', async () => {
    const r = await pythonMachine().run(makePython(), ['python3', '--version']);
    expect(r.out).toBe('Python 3.12.9\n');
  });
  it('sees the environment, argv and the working directory', async () => {
    const m = pythonMachine({ GREETING: 'hello' });
    m.fs.writeFile('/app/app.py', 'import os, sys\nprint(os.environ["GREETING"], os.getenv("NOPE", "-"), sys.argv, os.getcwd())\n');
    const r = await m.run(makePython(), ['python3', 'app.py', 'one', 'two']);
    expect(r.out).toBe("hello - ['app.py', 'one', 'two'] /app\n");
  });
  it('reads and writes the container filesystem', async () => {
    const m = pythonMachine();
    m.fs.writeFile('/app/data.txt', 'a\nb\n');
    const r = await m.run(makePython(), ['python3', '-c', "lines = open('data.txt').read().split()\nwith open('/app/out.txt', 'w') as f:\n    f.write('-'.join(lines))\nimport os\nos.mkdir('/app/made')"]);
    expect(r.err).toBe('');
    expect(m.fs.readText('/app/out.txt')).toBe('a-b');
    expect(m.fs.stat('/app/made').type).toBe('dir');
  });
  it('prints a CPython traceback with the source line and exits 1', async () => {
    const m = pythonMachine();
    m.fs.writeFile('/app/app.py', 'def f():\n    return 1 / 0\n\nf()\n');
    const r = await m.run(makePython(), ['python3', 'app.py']);
    expect(r.code).toBe(1);
    expect(r.err).toBe('Traceback (most recent call last):\n  File "/app/app.py", line 4, in <module>\n    f()\n  File "/app/app.py", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n');
  });
  it('words a missing name and a missing module as CPython does', async () => {
    const m = pythonMachine();
    expect((await m.run(makePython(), ['python3', '-c', 'print(x)'])).err).toBe('Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nNameError: name \'x\' is not defined\n');
    expect((await m.run(makePython(), ['python3', '-c', 'import flask'])).err).toContain("ModuleNotFoundError: No module named 'flask'\n");
  });
  it('exits with sys.exit codes and messages', async () => {
    const m = pythonMachine();
    expect((await m.run(makePython(), ['python3', '-c', 'import sys; sys.exit(3)'])).code).toBe(3);
    expect(await m.run(makePython(), ['python3', '-c', 'import sys; sys.exit("bye")'])).toEqual({ code: 1, out: '', err: 'bye\n' });
  });
  it('reads piped stdin with input() and a script from stdin', async () => {
    const m = pythonMachine();
    expect((await m.run(makePython(), ['python3', '-c', 'print("hi", input("name? "))'], 'ada\n')).out).toBe('name? hi ada\n');
    expect((await m.run(makePython(), ['python3'], 'print(6 * 7)\n')).out).toBe('42\n');
  });
  it("reports the image's CPython in sys.version and sys.version_info", async () => {
    const m = pythonMachine();
    m.fs.mkdir('/etc', { recursive: true });
    m.fs.writeFile('/etc/os-release', 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.21.3\n');
    const r = await m.run(makePython(), ['python3', '-c', 'import sys; print(sys.version); print(sys.version_info[:3], sys.platform)']);
    expect(r.out).toBe('3.12.9 (main, Feb 14 2025, 12:45:31) [GCC 14.2.0]\n(3, 12, 9) linux\n');
    m.fs.writeFile('/etc/os-release', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\n');
    expect((await m.run(makePython(), ['python3', '-c', 'import sys; print(sys.version)'])).out).toBe('3.12.9 (main, Feb 25 2025, 02:33:27) [GCC 12.2.0]\n');
  });
  it('raises FileNotFoundError with errno 2 and the file name, as CPython does', async () => {
    const r = await pythonMachine().run(makePython(), ['python3', '-c', "open('missing.txt')"]);
    expect(r.err).toBe("Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nFileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'\n");
  });
  it('places a syntax error of -c with its caret and CPython words', async () => {
    const r = await pythonMachine().run(makePython(), ['python3', '-c', 'if x == 1\n    pass']);
    expect(r).toEqual({ code: 1, out: '', err: "  File \"<string>\", line 1\n    if x == 1\n             ^\nSyntaxError: expected ':'\n" });
  });
  it("says a missing script can't be opened", async () => {
    const r = await pythonMachine().run(makePython(), ['python3', 'nope.py']);
    expect(r).toEqual({ code: 2, out: '', err: "python3: can't open file '/app/nope.py': [Errno 2] No such file or directory\n" });
  });
  it('stops an endless loop on Ctrl-C with KeyboardInterrupt (130)', async () => {
    const stop = new AbortController();
    const running = pythonMachine().run(makePython(), ['python3', '-c', 'while True: pass'], '', stop.signal);
    setTimeout(() => stop.abort(), 300);
    const r = await running;
    expect(r.code).toBe(130);
    expect(r.err).toBe('KeyboardInterrupt\n');
  });
  it('stops a runaway at the time budget', async () => {
    const old = setRuntimeBudget(300);
    try {
      const r = await pythonMachine().run(makePython(), ['python3', '-c', 'while True: pass']);
      expect(r.code).toBe(124);
    } finally {
      setRuntimeBudget(old);
    }
  });
});
