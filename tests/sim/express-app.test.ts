// An Express app in a node:22-alpine image (issue 15): `npm install` / `npm ci` write express's real
// files, and the app answers host curl through -p — a param route, a JSON POST, static files,
// Express's default 404 page and error handling, all through the real `npm run sim` command line.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const root = new URL('../../', import.meta.url).pathname;
const sim = (input: string, workspace: string) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/sim/main.ts'), '--workspace', workspace], { input, encoding: 'utf8', cwd: root });

const SERVER = `const express = require('express');
const path = require('path');
const app = express();
app.use(express.json());
app.use(express.static(path.join(__dirname, 'public')));
const users = express.Router();
users.get('/:id', (req, res) => res.json({ id: req.params.id, sort: req.query.sort }));
app.use('/users', users);
app.post('/notes', (req, res) => res.status(201).json({ saved: req.body }));
app.get('/pick/:n', (req, res, next) => (req.params.n === 'two' ? next('route') : res.send('first')), (req, res) => res.send('skipped'));
app.get('/pick/:n', (req, res) => res.send('second'));
app.get('/boom', () => { throw new Error('boom'); });
app.get('/teapot', (req, res, next) => next(Object.assign(new Error('short and stout'), { status: 418 })));
app.use((err, req, res, next) => (err.status === 418 ? res.status(418).send(err.message) : next(err)));
app.listen(3000, () => console.log('listening on 3000'));
`;

/** A workspace with web/{package.json,server.js,public/,Dockerfile}; `install` is the Dockerfile's npm line. */
function project(install: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'express-'));
  mkdirSync(join(dir, 'web/public'), { recursive: true });
  writeFileSync(join(dir, 'web/package.json'), JSON.stringify({ name: 'web', version: '1.0.0', dependencies: { express: '^4.21.2' } }, null, 2));
  writeFileSync(join(dir, 'web/server.js'), SERVER);
  writeFileSync(join(dir, 'web/public/index.html'), '<h1>Home</h1>\n');
  writeFileSync(join(dir, 'web/public/style.css'), 'h1 { color: teal; }\n');
  writeFileSync(join(dir, 'web/Dockerfile'), `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\n${install}\nCOPY . .\nEXPOSE 3000\nCMD ["node", "server.js"]\n`);
  return dir;
}

describe('an Express app installed by npm in node:22-alpine', () => {
  it('serves param routes, JSON bodies, static files and Express\'s own 404 and 500 pages', () => {
    const workspace = project('RUN npm install');
    const script = [
      'docker build -q -t web web >/dev/null',
      'docker run -d -p 3000:3000 --name site web >/dev/null',
      "curl -s 'localhost:3000/users/42?sort=name'; echo",
      "curl -s -X POST -H 'Content-Type: application/json' -d '{\"title\":\"hi\"}' localhost:3000/notes; echo",
      'curl -s localhost:3000/',
      'curl -s localhost:3000/pick/one; curl -s localhost:3000/pick/two; echo',
      "curl -si localhost:3000/style.css | grep -i '^content-type'",
      'curl -s -o /dev/null -w "%{http_code}\\n" localhost:3000/teapot',
      "curl -si localhost:3000/missing | sed -n '1p;/^<pre>/p'",
      "curl -s -w '%{http_code}\\n' localhost:3000/boom | grep -E '^<pre>|^500'",
      'docker logs site 2>&1 | head -2',
      'docker run --rm web cat node_modules/express/package.json | grep \'"version"\'',
    ].join('\n');
    const result = sim(`${script}\n`, workspace);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      '{"id":"42","sort":"name"}',
      '{"saved":{"title":"hi"}}',
      '<h1>Home</h1>',
      'firstsecond',
      'Content-Type: text/css; charset=UTF-8\r',
      '418',
      'HTTP/1.1 404 Not Found\r',
      '<pre>Cannot GET /missing</pre>',
      expect.stringMatching(/^<pre>Error: boom<br> &nbsp; &nbsp;at /),
    ]);
    expect(lines.slice(9)).toEqual(['500', 'listening on 3000', 'Error: boom', '  "version": "4.21.2",', '']);
  });

  it('npm install prints the funding line; npm ci needs a lock file and then installs from it', () => {
    const workspace = project('RUN npm ci');
    const script = [
      'docker pull -q node:22-alpine >/dev/null',
      'docker run --rm -v $PWD/web/package.json:/app/package.json -w /app node:22-alpine sh -c \'npm ci; echo status $?; npm install | tail -5\' 2>&1 | sed \'4,/Run "npm help ci"/d\'',
      'docker build -q -t web web >/dev/null 2>&1; echo build $?',
      'docker run --rm -w /app -v $PWD/web/package.json:/app/package.json node:22-alpine sh -c \'npm install >/dev/null; rm -rf node_modules; npm ci >/dev/null; node -e "console.log(typeof require(\\"express\\")().listen)"\'',
    ].join('\n');
    const result = sim(`${script}\n`, workspace);
    expect(result.stdout.replace(/_logs\/\S+-debug-0/, '_logs/X-debug-0')).toBe(
      'npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock.json or\n' +
        'npm error A complete log of this run can be found in: /root/.npm/_logs/' + 'X-debug-0.log\nstatus 1\n' +
        '\n14 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n' +
        'build 1\nfunction\n',
    );
  });
});
