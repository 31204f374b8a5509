// Differential: learners' programs and their mistakes run on our python3 (MicroPython) and on the real
// CPython here (/usr/bin/python3, 3.11; the images' is 3.12: the lines compared are the same in both),
// over the same files in /app. Runtime tracebacks' column carets (`~~^~~`) are not compared: MicroPython
// records no columns (docs/RUNTIMES.md); a syntax error's caret is.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makePython } from '../../src/runtimes/python/program.ts';
import { closeSpareWorkers } from '../../src/runtimes/process-host.ts';
import { machine } from '../shell/programs/machine.ts';

afterAll(() => closeSpareWorkers());

const CPYTHON = '/usr/bin/python3';
const skip = !existsSync(CPYTHON);
if (skip) console.log(`${CPYTHON} is absent: the CPython differential tests are skipped`);

interface Case {
  name: string;
  /** The program, run as /app/main.py (or with -c when `command`). */
  source: string;
  command?: boolean;
  stdin?: string;
  env?: Record<string, string>;
  files?: Record<string, string>;
  dirs?: string[];
  /** Compare the runtime carets too (cases whose every frame we draw them for). */
  carets?: boolean;
}

// Runtime carets are compared where the case says they are drawn (`carets: true`); elsewhere (a line of
// only ^ and ~ not followed by a syntax error's message) they are CPython's alone and dropped.
function normalise(text: string, carets = false): string {
  if (carets) return text;
  const lines = text.split('\n');
  return lines.filter((l, i) => !/^\s*[~^]+\s*$/.test(l) || /^(Syntax|Indentation)Error/.test(lines[i + 1] ?? '')).join('\n');
}

function real(c: Case): { code: number; out: string; err: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cpython-'));
  try {
    for (const d of c.dirs ?? []) mkdirSync(join(dir, d));
    for (const [name, text] of Object.entries(c.files ?? {})) writeFileSync(join(dir, name), text);
    if (!c.command) writeFileSync(join(dir, 'main.py'), c.source);
    const args = c.command ? ['-c', c.source] : ['main.py'];
    const r = spawnSync(CPYTHON, args, { cwd: dir, input: c.stdin ?? '', env: { PATH: '/usr/bin:/bin', HOME: '/root', LANG: 'C.UTF-8', ...c.env }, encoding: 'utf8' });
    const here = (s: string) => normalise(s.split(dir).join('/app'), c.carets);
    return { code: r.status ?? -1, out: here(r.stdout), err: here(r.stderr) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function ours(c: Case): Promise<{ code: number; out: string; err: string }> {
  const m = machine({ env: { PYTHON_VERSION: '3.12.9', HOME: '/root', PATH: '/usr/local/bin:/usr/bin:/bin', ...c.env }, cwd: '/app' });
  m.fs.mkdir('/app', { recursive: true });
  for (const d of c.dirs ?? []) m.fs.mkdir(`/app/${d}`);
  for (const [name, text] of Object.entries(c.files ?? {})) m.fs.writeFile(`/app/${name}`, text);
  if (!c.command) m.fs.writeFile('/app/main.py', c.source);
  const r = await m.run(makePython(), c.command ? ['python3', '-c', c.source] : ['python3', 'main.py'], c.stdin);
  return { ...r, err: normalise(r.err, c.carets) };
}

const CASES: Case[] = [
  { name: 'a missing file', source: "open('x')\n" },
  { name: 'OSError numbers, words and subclasses', source: "import os, errno\nfor f in (lambda: open('nofile.txt'), lambda: os.listdir('/nope'), lambda: os.mkdir('/tmp'), lambda: open('/tmp', 'w'), lambda: os.remove('/nothere'), lambda: os.rename('/no1', '/no2'), lambda: os.rmdir('sub')):\n    try:\n        f()\n    except OSError as e:\n        print(type(e).__name__, e.errno, e.errno == errno.ENOENT, e.strerror, e.filename, e)\n", files: { 'keep.txt': 'x' }, dirs: ['sub', 'sub/inner'] },
  { name: 'except FileNotFoundError', source: "try:\n    open('config.json')\nexcept FileNotFoundError as e:\n    print('no config:', e)\nexcept PermissionError:\n    print('denied')\n" },
  { name: 'os.makedirs, os.walk, os.path', source: "import os\nos.makedirs('a/b/c')\nos.makedirs('a/b', exist_ok=True)\nopen('a/b/f.txt', 'w').write('hello')\nfor root, dirs, files in os.walk('a'):\n    print(root, dirs, files)\nprint(os.path.splitext('a/b/f.txt'), os.path.splitext('.bashrc'), os.path.getsize('a/b/f.txt'), os.path.isabs('/x'))\ntry:\n    os.makedirs('a/b')\nexcept FileExistsError as e:\n    print(e)\n" },
  { name: 'a name that is not defined', carets: true, source: 'print("hi")\nprint(x)\n' },
  { name: 'a call chain ending in a division by zero', carets: true, source: 'def f(a):\n    return 1 / a\ndef g():\n    return f(0)\ng()\n' },
  { name: 'a missing key', carets: true, source: 'd = {"a": 1}\nprint(d["b"])\n' },
  { name: 'str + int', carets: true, source: 'age = 3\nprint("age: " + age)\n' },
  { name: 'an index out of range and an attribute of None', source: 'try:\n    [1, 2][5]\nexcept IndexError as e:\n    print(e)\nx = None\nx.foo\n' },
  { name: 'int("abc")', source: 'int(input())\n', stdin: 'abc\n' },
  { name: 'carets under a method call, a subscript in a call and an index', carets: true, source: 'class Shop:\n    def total(self, items):\n        return sum(items) / len(items)\n\nshop = Shop()\nprices = {"tea": 3}\nprint(prices["tea"], shop.total([1, 2]))\nresult = shop.total([])\n' },
  { name: 'carets under an index out of range', carets: true, source: 'names = ["a", "b"]\nprint(names[2])\n' },
  { name: "print(e) and repr(e) of caught exceptions", source: 'try:\n    {}["b"]\nexcept KeyError as e:\n    print("missing", e, repr(e))\ntry:\n    open("nope")\nexcept OSError as e:\n    print(repr(e), e)\nprint(repr(RuntimeError()), repr(ValueError("v")), [repr(KeyError(1))])\n' },
  { name: 'a raised exception of the program', source: 'class MyErr(Exception):\n    pass\nraise MyErr("boom")\n' },
  { name: "an exception class's own __str__", source: 'class E(Exception):\n    def __str__(self):\n        return "custom words"\nraise E(1)\n' },
  { name: 'input() and print', source: 'name = input("Name: ")\nprint("Hello,", name)\nn = int(input())\nprint(n * 2)\n', stdin: 'Bob\n21\n' },
  { name: 'sys.stdin', source: 'import sys\nfor line in sys.stdin:\n    print(line.strip().upper())\nprint(sys.stdin.read() == "")\n', stdin: 'a\nb\n' },
  { name: 'sys.exit(3)', source: 'import sys\nprint("bye")\nsys.exit(3)\n' },
  { name: 'os.environ', source: 'import os\nprint(os.environ.get("GREETING", "none"), os.environ["HOME"], os.getenv("NOPE"), "PATH" in os.environ)\n', env: { GREETING: 'hey' } },
  { name: 'open().write', source: 'with open("out.txt", "w") as f:\n    f.write("hello\\n")\nprint(open("out.txt").read(), end="")\n' },
  { name: 'formatting', source: 'print(f"{3.14159:.2f} {10:>5} {\'x\':<3}|")\nprint("%s %d %.1f" % ("a", 2, 3.0))\nprint([1, 2, 3], (1,), {"a": 1})\nprint(1/3, 2**100, 10/2, -7//2, round(2.5), round(3.14159, 2))\nprint(repr("it\'s"), repr(\'a"b\'))\n' },
  { name: 'json.dumps with indent and sort_keys', source: 'import json\nprint(json.dumps({"b": [1, 2.5, None, True, "x\\ty"]}), json.dumps("é"), json.dumps("é", ensure_ascii=False))\nprint(json.dumps({"b": {"x": []}, "a": "é"}, indent=2, sort_keys=True))\nprint(json.dumps([1, {}], indent=4))\nprint(json.dumps({"k": "v"}, separators=(",", ":")))\njson.dump({"n": 1}, open("o.json", "w"), indent=2)\nprint(open("o.json").read())\ntry:\n    json.dumps({1, 2})\nexcept TypeError as e:\n    print(e)\n' },
  { name: 'sys.version_info', source: 'import sys\nprint(sys.version_info >= (3, 8), sys.version_info.major, sys.platform, sys.implementation.name)\n' },
  { name: '-c with an unclosed bracket', source: 'print("a"', command: true },
  { name: '-c with an unterminated string', source: 'x = "abc', command: true },
  { name: 'a missing colon', source: 'x = 1\nif x == 1\n    print(x)\n' },
  { name: 'a class without a colon', source: 'class A\n  pass\n' },
  { name: 'print without parentheses', source: 'print "hello"\n' },
  { name: 'a missing comma', source: 'name = "Ada"\nprint("Hello" name)\n' },
  { name: 'a missing comma in a dict', source: 'd = {"a" 1}\n' },
  { name: '= for == in an if', source: 'x = 5\nif x = 5:\n    pass\n' },
  { name: 'a block that is not indented', source: 'def f():\nprint(1)\n' },
  { name: "a for loop's block after a comment", source: 'for i in range(3):\n# c\nprint(i)\n' },
  { name: 'an unexpected indent', source: 'x = 1\n    y = 2\n' },
  { name: 'an unindent that matches nothing', source: 'if True:\n    x = 1\n  y = 2\n' },
  { name: 'a bracket never closed, later lines', source: 'items = [1, 2,\n         3\nprint(items)\n' },
  { name: 'an unmatched bracket', source: 'x = (1 + 2))\n' },
  { name: 'brackets that do not match', source: 'print(1, (2]\n' },
  { name: 'a triple-quoted string never closed', source: 'x = """abc\ny = 2\n' },
  { name: 'two names in a row', source: 'for i in range(3) print(i)\n' },
  { name: 'try without except', source: 'try:\n    pass\nx = 1\n' },
  { name: 'a syntax error in an imported module', source: 'import helper\n', files: { 'helper.py': 'def f()\n    return 1\n' } },
];

describe.skipIf(skip)('python3 matches CPython for what learners write', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      expect(await ours(c)).toEqual(real(c));
    });
  }
});
