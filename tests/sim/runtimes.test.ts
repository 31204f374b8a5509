// Language runtimes through the real `npm run sim` command line: a program that runs in a worker
// thread must neither end the simulator nor keep it waiting (issue 15).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const sim = (input: string) => spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/sim/main.ts')], { input, encoding: 'utf8', cwd: root });

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
});
