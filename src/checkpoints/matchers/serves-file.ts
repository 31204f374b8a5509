// servesFile — `curl localhost:PORT/PATH` on the learner's machine gets a given workspace file (or a page
// with given text). The check sends that request through the engine's own route for it (the host's
// network stack, the published port, the container's server: nginx, python3 -m http.server, Flask, a Node
// server alike); the engine keeps what the server prints meanwhile out of the container's log.
import { z } from 'zod';
import type { ContainerSummary, HttpResponse } from '../../engine/index.ts';
import { missing, notYet, pass, type CheckContext, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { optionalRegex } from '../params.ts';
import { containerLabel } from './container-select.ts';
import { firstDifference } from './page-difference.ts';
import { textMatches } from './text.ts';

// The page nginx's image ships in its web root (both the Debian and the Alpine variants).
const NGINX_DEFAULT_PAGE = /<title>Welcome to nginx!<\/title>/;
// How long a server may take to answer the check's request: real time, as long as a runtime lets a program compute
// before it ends it (docs/RUNTIMES.md), so only a server that never answers meets it, however busy the machine.
const ANSWER_WITHIN_MS = 10_000;

/** Passes when `curl localhost:PORT/PATH` would get the workspace file `file` byte for byte (or a page with the given text). */
export const servesFile = defineMatcher({
  name: 'servesFile',
  description: 'curl localhost:PORT/PATH on the learner\'s machine gets a given workspace file byte for byte, or a page that includes or matches given text: the check sends that request through the published port to the container\'s server (any server: nginx, python3 -m http.server, Flask, Node), leaving no line in the container\'s log.',
  params: z
    .strictObject({
      port: z.number().int().min(1).max(65535).describe('The host port, as curl localhost:PORT reaches it.'),
      path: z.string().regex(/^\/[^\s#]*$/, { error: 'path must be a URL path starting with "/", e.g. "/" or "/about.html"' }).default('/').describe('The URL path (and query) asked for (default "/").'),
      file: z.string().min(1).regex(/^[^/]/, { error: 'file is a path in the workspace, relative to the home folder, e.g. "site/index.html"' }).optional().describe('The workspace file (relative to the home folder) whose bytes the answer must be.'),
      includes: z.string().min(1).optional().describe('Text the served page must contain (when it is built, not copied from the workspace).'),
      matches: optionalRegex('A regular expression the served page must match (multi-line).'),
    })
    .refine((p) => p.file !== undefined || p.includes !== undefined || p.matches !== undefined, { error: 'give file, includes or matches: what the page served must be' }),
  example: { port: 8080, file: 'site/index.html' },
  async check({ port, path, file, includes, matches }, ctx): Promise<Verdict> {
    const { engine, host } = ctx;
    const wanted = file === undefined ? undefined : `${host.home}/${file}`;
    if (wanted !== undefined && !(host.fs.exists(wanted) && host.fs.stat(wanted).type === 'file')) return missing(`There is no file ~/${file} in your workspace to compare with.`);
    const route = engine.publishedPort(port);
    const container = route && engine.containerList({ all: true }).find((c) => c.Id === route.containerId);
    if (!route || !container) return unpublished(ctx, port);
    const label = containerLabel(container);
    if (!route.listening) return notYet(`Port ${port} is published to port ${route.containerPort} of ${label}, but nothing listens there: check which port the server inside uses.`);
    const asked = `curl localhost:${port}${path === '/' ? '' : path}`;
    let answer: HttpResponse;
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), ANSWER_WITHIN_MS);
    try {
      answer = await engine.requestHostPort(port, { method: 'GET', path, headers: { host: `localhost:${port}`, 'user-agent': 'curl/7.88.1', accept: '*/*' }, body: new Uint8Array() }, deadline.signal);
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') return notYet(`${asked} gets no answer from ${label} within ${ANSWER_WITHIN_MS / 1000} seconds: is its server stuck before it answers?`);
      if (e instanceof Error && e.name === 'NetError') return notYet(`${asked} fails: ${e.message}.`);
      throw e;
    } finally {
      clearTimeout(timer);
    }
    if (answer.status !== 200) return notYet(`${asked} gets ${refusal(answer, label, path)}`);
    const text = new TextDecoder().decode(answer.body);
    if (NGINX_DEFAULT_PAGE.test(text) && !(wanted && NGINX_DEFAULT_PAGE.test(host.fs.readText(wanted))))
      return notYet(`${asked} gets nginx's default page from ${label}, not your site: copy your pages into the folder nginx serves.`);
    if (wanted !== undefined) {
      const differs = firstDifference(answer.body, host.fs.readFile(wanted));
      if (differs) return notYet(`${asked} gets a page from ${label} that is not ~/${file}: ${differs}.`);
    }
    const why = textMatches(text, { includes, matches });
    return why ? notYet(`${asked} gets a page from ${label} which ${why}.`) : pass;
  },
});

// A status other than 200 in words, with what the learner most likely did (pages copied into another folder, a route left out).
function refusal(answer: HttpResponse, label: string, path: string): string {
  const location = Object.entries(answer.headers).find(([k]) => k.toLowerCase() === 'location')?.[1];
  if (answer.status >= 300 && answer.status < 400) {
    const folder = location !== undefined && location.replace(/^https?:\/\/[^/]+/, '').startsWith(`${path}/`);
    return `a redirect (${answer.status}) to ${location ?? 'another address'} from ${label}${folder ? `: ${path} is a folder there` : ''}.`;
  }
  if (answer.status === 403) return `403 Forbidden from ${label}: the folder it serves there has no index page. Did your pages land in another folder?`;
  if (answer.status === 404) return `404 Not Found from ${label}: its server has nothing at ${path}. Did the pages land in another folder, or is the route missing?`;
  const reason = answer.statusText ? ` ${answer.statusText}` : '';
  return answer.status >= 500 ? `${answer.status}${reason} from ${label}: its server failed; docker logs ${label} shows why.` : `${answer.status}${reason} from ${label}, not the page (200 OK).`;
}

// Why no container answers on the port: one that would publish it is not running, or none publishes it.
function unpublished({ engine }: CheckContext, port: number): Verdict {
  const publishes = (c: ContainerSummary) =>
    Object.values(engine.containerInspect(c.Id).HostConfig.PortBindings ?? {}).some((bindings) => (bindings ?? []).some((b) => Number(b.HostPort) === port));
  const stopped = engine.containerList({ all: true }).find((c) => c.State !== 'running' && publishes(c));
  if (stopped) return notYet(`${containerLabel(stopped)} would publish port ${port}, but it is ${stopped.State}: start it, or run a new one, and keep it running.`);
  return missing(`Nothing is published on port ${port} of this machine yet: run the container with -p ${port}:<the port its server listens on>.`);
}
