// servesFile on real engine state: what the container's nginx would answer, read from its configuration
// and files, without a request (the logs stay as the learner left them).
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
  it('passes when GET / would get the workspace file byte for byte, and sends no request doing so', async () => {
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
      'GET /about.html on port 8080 would get /usr/share/nginx/html/about.html of web, which is not the same as ~/site/index.html.',
      'GET / on port 8080 would get /usr/share/nginx/html/index.html of web, which does not contain "Welcome" yet.',
      'The logs of web do not show a request yet (see docker logs).',
    ]);
  });

  it('names nginx\'s default page when the pages went into another folder', async () => {
    expect(await verdicts([...build('COPY . /usr/share/nginx/html/site/'), 'docker run -d --name web -p 8080:80 site', ...settle], [serves({ file: 'site/index.html' })], site)).toEqual([
      'GET / on port 8080 would get nginx\'s default page (/usr/share/nginx/html/index.html in web), not your site: copy your pages into the folder nginx serves.',
    ]);
  });

  it('tells a changed workspace file from the one in the image', async () => {
    expect(await verdicts([...build(), 'docker run -d --name web -p 8080:80 site', ...settle, 'echo "<h1>Edited</h1>" > site/index.html'], [serves({ file: 'site/index.html' })], site)).toEqual([
      'GET / on port 8080 would get /usr/share/nginx/html/index.html of web, which is not the same as ~/site/index.html.',
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
      'GET / on port 8080 would get 403 Forbidden: /usr/share/nginx/html/ in web has no index page. Did your pages land in another folder?',
      'GET /about.html on port 8080 would get 404 Not Found: there is no /usr/share/nginx/html/about.html in web. Did your pages land in another folder?',
      'GET /docs on port 8080 would get a redirect to /docs/: /usr/share/nginx/html/docs in web is a folder.',
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
      'Port 8080 is published to port 8080 of web, but nothing listens there: check which port the web server inside uses.',
    ]);
  });

  it('reads the configuration the container has (conf.d included): another root, another port', async () => {
    const conf = "printf 'server {\\n  listen 9090;\\n  root /srv/www;\\n}\\n' > site/default.conf";
    expect(
      await verdicts([conf, ...build('COPY default.conf /etc/nginx/conf.d/default.conf\\nCOPY index.html /srv/www/'), 'docker run -d --name web -p 8080:9090 site', ...settle], [serves({ file: 'site/index.html' })], site),
    ).toEqual(['pass']);
  });

  it('asks for a workspace file that exists, and for something to compare', async () => {
    expect(await verdicts([], [serves({ file: 'site/missing.html' })], site)).toEqual(['There is no file ~/site/missing.html in your workspace to compare with.']);
    expect(await verdicts([], [serves({})])).toEqual(['This check is misconfigured (a lesson bug): give file, includes or matches: what the page served must be.']);
  });
});
