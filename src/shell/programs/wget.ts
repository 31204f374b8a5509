// busybox wget: fetches a URL over the machine's simulated network to a file or stdout (-O -), with
// busybox's progress bar and messages. Follows redirects; https cannot complete against our plain-HTTP
// servers (busybox's "error getting response"), and offline hosts do not resolve.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs, busyboxUsage, errCode, refusedLetter } from './util.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { exchange, header, hostHeader, parseUrl, reasonPhrase, resolveLocation } from './http-client.ts';

interface WgetOpts {
  url?: string;
  output?: string;
  quiet: boolean;
  server: boolean;
  spider: boolean;
  headers: [string, string][];
  postData?: string;
  userAgent: string;
}

/** Makes busybox `wget [-qS] [-O FILE] [--header STR] [--post-data STR] [-U AGENT] URL`. */
export function makeWget(): Program {
  return async (ctx) => {
    const o = parse(ctx);
    if (typeof o === 'number') return o;
    if (o.url === undefined) return busyboxUsage(ctx, '[-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...');
    const say = (t: string) => void (o.quiet ? undefined : ctx.stderr.write(t));
    let url = parseUrl(o.url);
    if (!url || (url.scheme !== 'http' && url.scheme !== 'https')) {
      ctx.stderr.write(`wget: not an http or ftp url: ${o.url}\n`);
      return 1;
    }
    for (let hops = 0; ; hops++) {
      const ip = url.host === 'localhost' ? '127.0.0.1' : url.host;
      const r = await exchange(ctx, url, o.postData !== undefined ? 'POST' : 'GET', {
        Host: hostHeader(url), 'User-Agent': o.userAgent, ...(o.postData !== undefined ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}), ...Object.fromEntries(o.headers),
      }, o.postData ?? '');
      if (!r.ok && (r.code === 'ENOTFOUND' || r.code === 'NONET')) {
        ctx.stderr.write(`wget: bad address '${url.host}'\n`);
        return 1;
      }
      say(`Connecting to ${url.host}:${url.port} (${ip}:${url.port})\n`);
      if (!r.ok) {
        ctx.stderr.write(`wget: can't connect to remote host (${ip}): ${r.code === 'ETIMEDOUT' ? 'Connection timed out' : r.code === 'ENETUNREACH' ? 'Network unreachable' : 'Connection refused'}\n`);
        return 1;
      }
      if (url.scheme === 'https') {
        ctx.stderr.write('wget: error getting response: Connection reset by peer\n');
        return 1;
      }
      const res = r.response;
      if (o.server) {
        let block = `  HTTP/1.1 ${res.status} ${reasonPhrase(res)}\n`;
        for (const [k, v] of Object.entries(res.headers)) block += `  ${k}: ${v}\n`;
        say(block + '  \n');
      }
      const location = header(res, 'location');
      if (res.status >= 300 && res.status < 400 && location !== undefined && hops < 20) {
        const next = resolveLocation(url, location);
        if (next) {
          url = next;
          continue;
        }
      }
      if (res.status >= 400) {
        ctx.stderr.write(`wget: server returned error: HTTP/1.1 ${res.status} ${reasonPhrase(res)}\n`);
        return 1;
      }
      if (o.spider) return 0;
      return save(ctx, o, url.path, res.body, say);
    }
  };
}

// Writes the body where -O says (or the URL's file name, never overwriting), with busybox's progress bar.
function save(ctx: ProgramContext, o: WgetOpts, path: string, body: Uint8Array, say: (t: string) => void): number {
  const toStdout = o.output === '-';
  const name = o.output ?? (path.replace(/[?#].*$/, '').replace(/^.*\//, '') || 'index.html');
  if (!toStdout) {
    const p = abs(ctx, name);
    if (o.output === undefined && ctx.fs.lexists(p)) {
      ctx.stderr.write(`wget: can't open '${name}': File exists\n`);
      return 1;
    }
    try {
      ctx.fs.writeFile(p, body);
    } catch (e) {
      ctx.stderr.write(`wget: can't open '${name}': ${strerror(errCode(e))}\n`);
      return 1;
    }
  }
  say(toStdout ? 'writing to stdout\n' : `saving to '${name}'\n`);
  const label = (toStdout ? '-' : name.replace(/^.*\//, '')).slice(0, 20).padEnd(20);
  say(`${label} 100% |${'*'.repeat(32)}| ${sizeText(body.length).padStart(5)}  0:00:00 ETA\n`);
  if (toStdout) ctx.stdout.write(decodeUtf8(body));
  say(toStdout ? 'written to stdout\n' : `'${name}' saved\n`);
  return 0;
}

// busybox's progress sizes: bytes up to 99999, then k, M.
function sizeText(n: number): string {
  if (n < 100000) return String(n);
  if (n < 100000 * 1024) return `${Math.floor(n / 1024)}k`;
  return `${Math.floor(n / 1048576)}M`;
}

function parse(ctx: ProgramContext): WgetOpts | number {
  const o: WgetOpts = { quiet: false, server: false, spider: false, headers: [], userAgent: 'Wget' };
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => args[++i];
    if (a === '--spider') o.spider = true;
    else if (a === '--header') {
      const v = value() ?? '';
      const c = v.indexOf(':');
      if (c > 0) o.headers.push([v.slice(0, c).trim(), v.slice(c + 1).trim()]);
    } else if (a === '--post-data') o.postData = value();
    else if (a === '-U' || a === '--user-agent') o.userAgent = value() ?? 'Wget';
    else if (a === '--no-check-certificate' || a === '-c' || a === '--continue') continue;
    else if (a === '-T' || a === '-o' || a === '-P' || a === '-Y') value();
    else if (a.startsWith('-O')) o.output = a.length > 2 ? a.slice(2) : value();
    else if (a.startsWith('-') && a.length > 1 && !a.startsWith('--')) {
      for (let k = 1; k < a.length; k++) {
        const c = a[k];
        if (c === 'O') {
          o.output = k + 1 < a.length ? a.slice(k + 1) : value();
          break;
        }
        if (c === 'q') o.quiet = true;
        else if (c === 'S') o.server = true;
        else if (c !== 'c') {
          if (refusedLetter(ctx, 'busybox', c)) return 1;
          ctx.stderr.write(`wget: unrecognized option: ${c}\n`);
          return busyboxUsage(ctx, '[-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...');
        }
      }
    } else if (a.startsWith('--')) {
      ctx.stderr.write(`wget: unrecognized option '${a}'\n`);
      return 1;
    } else o.url ??= a;
  }
  return o;
}
