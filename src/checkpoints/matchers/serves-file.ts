// servesFile — a host port leads to a running container whose web server would answer `GET path` with a
// given workspace file (or a page with given text): read from the server's configuration and files in the
// container, never by sending a request (checks run after every command; a probe would fill the logs).
import { z } from 'zod';
import type { ContainerSummary } from '../../engine/index.ts';
import { missing, notYet, pass, type CheckContext, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { optionalRegex } from '../params.ts';
import { containerLabel } from './container-select.ts';
import { textMatches } from './text.ts';

// The page nginx's image ships in its web root (both the Debian and the Alpine variants).
const NGINX_DEFAULT_PAGE = /<title>Welcome to nginx!<\/title>/;

/** Passes when GET `path` on host port `port` would get the workspace file `file` byte for byte (or a page with the given text). */
export const servesFile = defineMatcher({
  name: 'servesFile',
  description: 'A host port leads to a running container whose web server (nginx, by its configuration in the container) would answer GET PATH with a given workspace file, or with a page that includes or matches given text.',
  params: z
    .strictObject({
      port: z.number().int().min(1).max(65535).describe('The host port, as curl localhost:PORT reaches it.'),
      path: z.string().regex(/^\/[^\s?#]*$/, { error: 'path must be a URL path starting with "/", e.g. "/" or "/about.html"' }).default('/').describe('The URL path asked for (default "/").'),
      file: z.string().min(1).regex(/^[^/]/, { error: 'file is a path in the workspace, relative to the home folder, e.g. "site/index.html"' }).optional().describe('The workspace file (relative to the home folder) whose bytes the answer must be.'),
      includes: z.string().min(1).optional().describe('Text the served page must contain (when it is built, not copied from the workspace).'),
      matches: optionalRegex('A regular expression the served page must match (multi-line).'),
    })
    .refine((p) => p.file !== undefined || p.includes !== undefined || p.matches !== undefined, { error: 'give file, includes or matches: what the page served must be' }),
  example: { port: 8080, file: 'site/index.html' },
  check({ port, path, file, includes, matches }, ctx): Verdict {
    const { engine, host, webServer } = ctx;
    const wanted = file === undefined ? undefined : `${host.home}/${file}`;
    if (wanted !== undefined && !(host.fs.exists(wanted) && host.fs.stat(wanted).type === 'file')) return missing(`There is no file ~/${file} in your workspace to compare with.`);
    const route = engine.publishedPort(port);
    const container = route && engine.containerList({ all: true }).find((c) => c.Id === route.containerId);
    const fs = route && engine.containerFiles(route.containerId);
    if (!route || !container || !fs) return unpublished(ctx, port);
    const label = containerLabel(container);
    if (!route.listening) return notYet(`Port ${port} is published to port ${route.containerPort} of ${label}, but nothing listens there: check which port the web server inside uses.`);
    const served = webServer.serve(fs, route.containerPort, path);
    const asked = `GET ${path} on port ${port}`;
    if (typeof served === 'string') return notYet(`Port ${port} leads to ${label}, but ${served}.`);
    if (served.status !== 200) return notYet(`${asked} would get ${refusal(served.status, served.path, label, path)}`);
    const bytes = fs.readFile(served.file);
    const text = new TextDecoder().decode(bytes);
    if (NGINX_DEFAULT_PAGE.test(text) && !(wanted && NGINX_DEFAULT_PAGE.test(host.fs.readText(wanted))))
      return notYet(`${asked} would get nginx's default page (${served.file} in ${label}), not your site: copy your pages into the folder nginx serves.`);
    if (wanted !== undefined && !sameBytes(bytes, host.fs.readFile(wanted))) return notYet(`${asked} would get ${served.file} of ${label}, which is not the same as ~/${file}.`);
    const why = textMatches(text, { includes, matches });
    return why ? notYet(`${asked} would get ${served.file} of ${label}, which ${why}.`) : pass;
  },
});

// A 301, 403 or 404 in words, with what the learner most likely did (pages copied into another folder).
function refusal(status: 301 | 403 | 404, at: string, label: string, path: string): string {
  if (status === 301) return `a redirect to ${path}/: ${at} in ${label} is a folder.`;
  if (status === 403) return `403 Forbidden: ${at} in ${label} has no index page. Did your pages land in another folder?`;
  return `404 Not Found: there is no ${at} in ${label}. Did your pages land in another folder?`;
}

// Why no container answers on the port: one that would publish it is not running, or none publishes it.
function unpublished({ engine }: CheckContext, port: number): Verdict {
  const publishes = (c: ContainerSummary) =>
    Object.values(engine.containerInspect(c.Id).HostConfig.PortBindings ?? {}).some((bindings) => (bindings ?? []).some((b) => Number(b.HostPort) === port));
  const stopped = engine.containerList({ all: true }).find((c) => c.State !== 'running' && publishes(c));
  if (stopped) return notYet(`${containerLabel(stopped)} would publish port ${port}, but it is ${stopped.State}: start it, or run a new one, and keep it running.`);
  return missing(`Nothing is published on port ${port} of this machine yet: run the container with -p ${port}:<the port its server listens on>.`);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
