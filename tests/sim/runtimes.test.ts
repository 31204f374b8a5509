// Language runtimes through the real `npm run sim` command line: a program that runs in a worker
// thread must neither end the simulator nor keep it waiting (issue 15).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const root = new URL('../../', import.meta.url).pathname;
const sim = (input: string, args: string[] = []) => spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/sim/main.ts'), ...args], { input, encoding: 'utf8', cwd: root });
// Access logs carry the time of the request: compared without it.
const undated = (text: string) => text.replace(/\[\d{2}\/\w{3}\/\d{4} \d{2}:\d{2}:\d{2}\]/g, '[DATE]');

describe('npm run sim with runtimes', () => {
  it('runs node and python3 in containers and goes on with the script', () => {
    const script = [
      'docker pull -q node:22-alpine >/dev/null',
      'docker pull -q python:3.12-alpine >/dev/null',
      'docker run --rm node:22-alpine node -e "console.log(6 * 7)"',
      'echo after node $?',
      "docker run --rm python:3.12-alpine python3 -c 'print(2 ** 10)'",
      'echo after python $?',
      'docker run --rm node:22-alpine node -e "process.exit(3)"',
      'echo exit $?',
    ].join('\n');
    const result = sim(`${script}\n`);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('42\nafter node 0\n1024\nafter python 0\nexit 3\n');
    expect(result.status).toBe(0);
  });

  it('serves a detached Node app through -p as soon as the next line, and still ends with the script', () => {
    const script = [
      'docker pull -q node:22-alpine >/dev/null',
      `docker run -d -p 3000:3000 --name web node:22-alpine node -e "require('http').createServer((q, r) => r.end('hi ' + q.url + '\\n')).listen(3000, () => console.log('up'))" >/dev/null`,
      'curl -s localhost:3000/x',
      'docker logs web',
    ].join('\n');
    const result = sim(`${script}\n`);
    expect(result.stdout).toBe('hi /x\nup\n');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('says so when a foreground server keeps the rest of the script from running', () => {
    const result = sim('docker pull -q node:22-alpine >/dev/null\ndocker run -p 3000:3000 node:22-alpine node -e "require(\'http\').createServer(() => {}).listen(3000)"\necho never\n');
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^sim: a foreground program is still running .*the lines after it were not run\n$/);
    expect(result.status).toBe(70);
  });

  it("builds lesson 12's Flask app in two stages (pip in the first), runs it with -p and answers curl", () => {
    const dir = mkdtempSync(join(tmpdir(), 'flask-'));
    mkdirSync(join(dir, 'app'));
    writeFileSync(join(dir, 'app/app.py'), readFileSync(join(root, 'lessons/12-multi-stage-builds/files/seedfix/app.py')));
    writeFileSync(join(dir, 'app/requirements.txt'), 'flask==3.1.0\n');
    writeFileSync(
      join(dir, 'app/Dockerfile'),
      'FROM python:3.12-slim AS build\nCOPY requirements.txt /tmp/\nRUN pip install --no-cache-dir -r /tmp/requirements.txt\n\nFROM python:3.12-alpine\nCOPY --from=build /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages\nWORKDIR /app\nCOPY app.py .\nEXPOSE 8000\nCMD ["python", "app.py"]\n',
    );
    const script = [
      'docker build -q -t flaskapp app >/dev/null',
      'docker run -d -p 8000:8000 --name web flaskapp >/dev/null',
      'curl -s localhost:8000/',
      'curl -s localhost:8000/nope | grep title',
      'docker logs web',
    ].join('\n');
    const result = sim(`${script}\n`, ['--workspace', dir]);
    expect(result.stderr).toBe('');
    expect(undated(result.stdout)).toBe(
      [
        'Hello from a small image',
        '<title>404 Not Found</title>',
        " * Serving Flask app 'app'",
        ' * Debug mode: off',
        'WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.',
        ' * Running on all addresses (0.0.0.0)',
        ' * Running on http://127.0.0.1:8000',
        ' * Running on http://172.17.0.2:8000',
        'Press CTRL+C to quit',
        '172.17.0.1 - - [DATE] "GET / HTTP/1.1" 200 -',
        '172.17.0.1 - - [DATE] "GET /nope HTTP/1.1" 404 -',
        '',
      ].join('\n'),
    );
  });

  it('serves a directory with python3 -m http.server through -p, with its listing, files, 404s and log', () => {
    const script = [
      'docker pull -q python:3.12-alpine >/dev/null',
      "docker run -d -p 8000:8000 -w /srv --name files python:3.12-alpine sh -c 'echo hello > hi.txt && exec python3 -m http.server 8000' >/dev/null",
      'curl -s localhost:8000/ | grep href',
      'curl -s localhost:8000/hi.txt',
      "curl -s localhost:8000/nope | grep 'Error code:'",
      'docker logs files',
    ].join('\n');
    const result = sim(`${script}\n`);
    expect(undated(result.stdout)).toBe(
      [
        '<li><a href="hi.txt">hi.txt</a></li>',
        'hello',
        '        <p>Error code: 404</p>',
        'Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...',
        '172.17.0.1 - - [DATE] "GET / HTTP/1.1" 200 -',
        '172.17.0.1 - - [DATE] "GET /hi.txt HTTP/1.1" 200 -',
        '172.17.0.1 - - [DATE] code 404, message File not found',
        '172.17.0.1 - - [DATE] "GET /nope HTTP/1.1" 404 -',
        '',
      ].join('\n'),
    );
    expect(result.status).toBe(0);
  });
});
