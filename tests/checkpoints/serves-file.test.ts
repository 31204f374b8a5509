// servesFile on real engine state: the request curl localhost:PORT would send, through the published
// port to whatever server the container runs (nginx, python3 -m http.server, Node), with the container's
// log left as the learner left it.
import { describe, expect, it } from 'vitest';
import { verdicts, type Check } from './verdicts.ts';

const PAGE = '<!doctype html><title>Field notes</title><h1>Field notes</h1>\n';
const site = [
  { path: 'site/index.html', content: PAGE },
  { path: 'site/about.html', content: '<h1>About</h1>\n' },
];
const dockerfile = (copy: string) => `printf 'FROM nginx:alpine\\n${copy}\\n' > site/Dockerfile`;
// A detached nginx gets turns to start while the script sleeps (its entrypoint runs a few scripts first).
const settle = Array<string>(8).fill('sleep 1');
const build = (copy = 'COPY . /usr/share/nginx/html/') => [dockerfile(copy), 'docker build -q -t site site'];
const serves = (params: Partial<{ port: number; path: string; file: string; includes: string }>): Check => ({ matcher: 'servesFile', params: { port: 8080, ...params } });

describe('servesFile', () => {
  it('passes when curl localhost:8080 gets the workspace file byte for byte, and leaves no line in docker logs', async () => {
    expect(
      await verdicts([...build(), 'docker run -d --name web -p 8080:80 site', ...settle], [
        serves({ file: 'site/index.html' }),
        serves({ path: '/about.html', file: 'site/about.html' }),
        serves({ includes: '<h1>Field notes</h1>' }),
        serves({ path: '/about.html', file: 'site/index.html' }),
        serves({ includes: 'Welcome' }),
        { matcher: 'containerLogsContain', params: { name: 'web', pattern: '"GET ', describe: 'a request' } },
      ], site),
    ).toEqual([
      'pass',
      'pass',
      'pass',
      'curl localhost:8080/about.html gets a page from web that is not ~/site/index.html: line 1 is “<h1>About</h1>” where your file has “<!doctype html><title>Field notes</title><h1>Field notes</h…”.',
      'curl localhost:8080 gets a page from web which does not contain "Welcome" yet.',
      'The logs of web do not show a request yet (see docker logs).',
    ]);
  });

  it('names nginx\'s default page when the pages went into another folder', async () => {
    expect(await verdicts([...build('COPY . /usr/share/nginx/html/site/'), 'docker run -d --name web -p 8080:80 site', ...settle], [serves({ file: 'site/index.html' })], site)).toEqual([
      'curl localhost:8080 gets nginx\'s default page from web, not your site: copy your pages into the folder nginx serves.',
    ]);
  });

  it('tells a changed workspace file from the one in the image', async () => {
    expect(await verdicts([...build(), 'docker run -d --name web -p 8080:80 site', ...settle, 'echo "<h1>Edited</h1>" > site/index.html'], [serves({ file: 'site/index.html' })], site)).toEqual([
      'curl localhost:8080 gets a page from web that is not ~/site/index.html: line 1 is “<!doctype html><title>Field notes</title><h1>Field notes</h…” where your file has “<h1>Edited</h1>”.',
    ]);
  });

  it('answers 403, 404 and a redirect as nginx would', async () => {
    expect(
      await verdicts([...build('RUN rm -rf /usr/share/nginx/html/* && mkdir /usr/share/nginx/html/docs'), 'docker run -d --name web -p 8080:80 site', ...settle], [
        serves({ includes: 'x' }),
        serves({ path: '/about.html', includes: 'x' }),
        serves({ path: '/docs', includes: 'x' }),
      ], site),
    ).toEqual([
      'curl localhost:8080 gets 403 Forbidden from web: the folder it serves there has no index page. Did your pages land in another folder?',
      'curl localhost:8080/about.html gets 404 Not Found from web: its server has nothing at /about.html. Did the pages land in another folder, or is the route missing?',
      'curl localhost:8080/docs gets a redirect (301) to http://localhost/docs/ from web: /docs is a folder there.',
    ]);
  });

  it('tells an unpublished port, a stopped container and a port nothing listens on apart', async () => {
    expect(await verdicts([...build(), 'docker run -d --name web site'], [serves({ file: 'site/index.html' })], site)).toEqual([
      'Nothing is published on port 8080 of this machine yet: run the container with -p 8080:<the port its server listens on>.',
    ]);
    expect(await verdicts([...build(), 'docker run -d --name web -p 8080:80 site', 'docker stop web'], [serves({ file: 'site/index.html' })], site)).toEqual([
      'web would publish port 8080, but it is exited: start it, or run a new one, and keep it running.',
    ]);
    expect(await verdicts([...build(), 'docker run -d --name web -p 8080:8080 site', 'sleep 1'], [serves({ file: 'site/index.html' })], site)).toEqual([
      'Port 8080 is published to port 8080 of web, but nothing listens there: check which port the server inside uses.',
    ]);
  });

  it('reads the configuration the container has (conf.d included): another root, another port', async () => {
    const conf = "printf 'server {\\n  listen 9090;\\n  root /srv/www;\\n}\\n' > site/default.conf";
    expect(
      await verdicts([conf, ...build('COPY default.conf /etc/nginx/conf.d/default.conf\\nCOPY index.html /srv/www/'), 'docker run -d --name web -p 8080:9090 site', ...settle], [serves({ file: 'site/index.html' })], site),
    ).toEqual(['pass']);
  });

  it('asks python3 -m http.server the same question, and leaves its access log alone', async () => {
    const run = "docker run -d --name files -p 8000:8000 -v $PWD/site:/srv -w /srv python:3.12-alpine python3 -m http.server 8000";
    expect(
      await verdicts(['docker pull -q python:3.12-alpine', run, 'sleep 1'], [
        { matcher: 'servesFile', params: { port: 8000, file: 'site/index.html' } },
        { matcher: 'servesFile', params: { port: 8000, path: '/about.html', file: 'site/about.html' } },
        { matcher: 'servesFile', params: { port: 8000, path: '/missing.html', includes: 'x' } },
        { matcher: 'servesFile', params: { port: 8000, path: '/about.html', file: 'site/index.html' } },
        { matcher: 'containerLogsContain', params: { name: 'files', pattern: '"GET ', describe: 'a request' } },
      ], site),
    ).toEqual([
      'pass',
      'pass',
      'curl localhost:8000/missing.html gets 404 Not Found from files: its server has nothing at /missing.html. Did the pages land in another folder, or is the route missing?',
      'curl localhost:8000/about.html gets a page from files that is not ~/site/index.html: line 1 is “<h1>About</h1>” where your file has “<!doctype html><title>Field notes</title><h1>Field notes</h…”.',
      'The logs of files do not show a request yet (see docker logs).',
    ]);
  });

  it('asks a Node server, and tells its other page, its error and the wrong container port apart', async () => {
    const server = [
      "require('http').createServer((req, res) => {",
      "  if (req.url === '/boom') { res.writeHead(500); res.end('no'); return; }",
      "  console.log('GET ' + req.url);",
      "  res.writeHead(200, { 'Content-Type': 'text/plain' });",
      "  res.end('hello from node\\n');",
      '}).listen(3000);',
      '',
    ].join('\n');
    const files = [...site, { path: 'app/server.js', content: server }];
    const run = (ports: string) => `docker run -d --name app -p ${ports} -v $PWD/app:/app node:22-alpine node /app/server.js`;
    expect(
      await verdicts(['docker pull -q node:22-alpine', run('3000:3000'), 'sleep 1'], [
        { matcher: 'servesFile', params: { port: 3000, includes: 'hello from node' } },
        { matcher: 'servesFile', params: { port: 3000, path: '/x', matches: '^hello' } },
        { matcher: 'servesFile', params: { port: 3000, includes: 'goodbye' } },
        { matcher: 'servesFile', params: { port: 3000, path: '/boom', includes: 'x' } },
        { matcher: 'servesFile', params: { port: 3000, file: 'site/index.html' } },
        { matcher: 'containerLogsContain', params: { name: 'app', pattern: 'GET /', describe: 'a request' } },
      ], files),
    ).toEqual([
      'pass',
      'pass',
      'curl localhost:3000 gets a page from app which does not contain "goodbye" yet.',
      'curl localhost:3000/boom gets 500 Internal Server Error from app: its server failed; docker logs app shows why.',
      'curl localhost:3000 gets a page from app that is not ~/site/index.html: line 1 is “hello from node” where your file has “<!doctype html><title>Field notes</title><h1>Field notes</h…”.',
      'The logs of app do not show a request yet (see docker logs).',
    ]);
    expect(await verdicts(['docker pull -q node:22-alpine', run('3000:8080'), 'sleep 1'], [{ matcher: 'servesFile', params: { port: 3000, includes: 'hello' } }], files)).toEqual([
      'Port 3000 is published to port 8080 of app, but nothing listens there: check which port the server inside uses.',
    ]);
    // A learner's own curl is logged as always: only the check's request is kept out.
    expect(await verdicts(['docker pull -q node:22-alpine', run('3000:3000'), 'sleep 1', 'curl -s localhost:3000/mine'], [{ matcher: 'containerLogsContain', params: { name: 'app', pattern: 'GET /mine', describe: 'a request' } }], files)).toEqual(['pass']);
  });

  it('asks a Flask app built into an image, and tells a route it does not have', async () => {
    const app = 'from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route("/")\ndef hello():\n    return "Hello from Flask\\n"\n\n\nif __name__ == "__main__":\n    app.run(host="0.0.0.0", port=5000)\n';
    const files = [
      { path: 'flaskapp/app.py', content: app },
      { path: 'flaskapp/Dockerfile', content: 'FROM python:3.12-alpine\nRUN pip install flask==3.1.0\nWORKDIR /app\nCOPY app.py .\nCMD ["python", "app.py"]\n' },
    ];
    expect(
      await verdicts(['docker build -q -t flaskapp flaskapp', 'docker run -d --name api -p 5000:5000 flaskapp', 'sleep 1'], [
        { matcher: 'servesFile', params: { port: 5000, includes: 'Hello from Flask' } },
        { matcher: 'servesFile', params: { port: 5000, path: '/nope', includes: 'x' } },
        { matcher: 'containerLogsContain', params: { name: 'api', pattern: '"GET /', describe: 'a request' } },
      ], files),
    ).toEqual([
      'pass',
      'curl localhost:5000/nope gets 404 Not Found from api: its server has nothing at /nope. Did the pages land in another folder, or is the route missing?',
      'The logs of api do not show a request yet (see docker logs).',
    ]);
  });

  it('asks for a workspace file that exists, and for something to compare', async () => {
    expect(await verdicts([], [serves({ file: 'site/missing.html' })], site)).toEqual(['There is no file ~/site/missing.html in your workspace to compare with.']);
    expect(await verdicts([], [serves({})])).toEqual(['This check is misconfigured (a lesson bug): give file, includes or matches: what the page served must be.']);
  });
});
