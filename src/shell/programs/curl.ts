// curl: HTTP requests over the machine's simulated network (curl 7.88.1 on the host and Debian images,
// 8.12.1 on Alpine). Plain http only: an https URL to a listening port fails the TLS handshake as a
// plain-HTTP server makes real curl fail (35), and other https hosts do not resolve (6), as offline.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { HttpResponse } from '../../kernel/net.ts';
import { abs, errText, type Flavour } from './util.ts';
import { exchange, header, hostHeader, parseUrl, reasonPhrase, resolveLocation, type ParsedUrl } from './http-client.ts';
import { decodeUtf8, encodeUtf8 } from '../../vfs/utf8.ts';
import { traceConnect, traceDone, traceFailure, traceRequest, traceResponse } from './curl-trace.ts';
import { writeOut, type Transfer } from './curl-write-out.ts';

/** One URL with where its body goes: curl pairs each -o/-O with the URLs in order. */
interface Target {
  url?: string;
  output?: string;
  remoteName: boolean;
}

interface CurlOpts {
  url?: string;
  targets: Target[];
  silent: boolean;
  showError: boolean;
  fail: boolean;
  include: boolean;
  head: boolean;
  location: boolean;
  output?: string;
  remoteName: boolean;
  method?: string;
  headers: [string, string][];
  data?: string;
  userAgent?: string;
  version: boolean;
  verbose: boolean;
  writeOut?: string;
}

const TRY = "curl: try 'curl --help' or 'curl --manual' for more information\n";
const TAKES_ARG = new Set(['o', 'X', 'H', 'd', 'A', 'u', 'w', 'e', 'm']);
const LONG: Record<string, string> = {
  '--silent': 's', '--show-error': 'S', '--fail': 'f', '--include': 'i', '--head': 'I', '--location': 'L',
  '--output': 'o', '--remote-name': 'O', '--request': 'X', '--header': 'H', '--data': 'd', '--data-raw': 'd',
  '--data-binary': 'd', '--user-agent': 'A', '--version': 'V', '--verbose': 'v', '--insecure': 'k', '--compressed': '',
  '--max-time': 'm', '--write-out': 'w', '--referer': 'e', '--user': 'u', '--fail-with-body': 'f', '--retry': '#',
};

/** Makes `curl [options] URL`: -i -I -s -S -f -o -O -L -X -H -d -A -V. */
export function makeCurl(flavour: Flavour): Program {
  const version = flavour === 'busybox' ? '8.12.1' : '7.88.1';
  return async (ctx) => {
    const opts = parse(ctx);
    if (typeof opts === 'number') return opts;
    if (opts.version) {
      ctx.stdout.write(flavour === 'busybox'
        ? `curl ${version} (x86_64-alpine-linux-musl) libcurl/${version} OpenSSL/3.3.3 zlib/1.3.1 brotli/1.1.0 zstd/1.5.6 c-ares/1.34.5 libidn2/2.3.7 libpsl/0.21.5 nghttp2/1.64.0\nRelease-Date: 2025-02-13\nProtocols: dict file ftp ftps gopher gophers http https imap imaps ipfs ipns mqtt pop3 pop3s rtsp smb smbs smtp smtps telnet tftp ws wss\nFeatures: alt-svc AsynchDNS brotli HSTS HTTP2 HTTPS-proxy IDN IPv6 Largefile libz NTLM PSL SSL threadsafe TLS-SRP UnixSockets zstd\n`
        : `curl ${version} (x86_64-pc-linux-gnu) libcurl/${version} OpenSSL/3.0.15 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4 libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 librtmp/2.3 OpenLDAP/2.5.13\nRelease-Date: 2023-02-20, security patched: 7.88.1-10+deb12u12\nProtocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtmpe rtmps rtmpt rtmpte rtmpts rtsp scp sftp smb smbs smtp smtps telnet tftp\nFeatures: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM NTLM_WB PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd\n`);
      return 0;
    }
    const targets = opts.targets.filter((t) => t.url !== undefined);
    if (targets.length === 0) {
      ctx.stderr.write('curl: no URL specified!\n' + TRY);
      return 2;
    }
    // Each URL in turn, its body to its own -o/-O or to stdout; the status is the last transfer's.
    let code = 0;
    for (const t of targets) code = await fetchOne(ctx, flavour, version, { ...opts, url: t.url as string, output: t.output, remoteName: t.remoteName });
    return code;
  };
}

// One URL's transfer, with its progress meter, its -w text and its error.
async function fetchOne(ctx: ProgramContext, flavour: Flavour, version: string, opts: CurlOpts & { url: string }): Promise<number> {
  const showErr = !opts.silent || opts.showError;
  const transfer: Transfer = { url: opts.url, method: '', sizeDownload: 0, sizeHeader: 0, sizeUpload: 0, redirects: 0, exitCode: 0, errorMessage: '' };
  // -w goes to stdout after the transfer, whether it worked or not.
  const finish = (code: number) => {
    if (opts.writeOut === undefined) return code;
    const format = readFormat(ctx, opts.writeOut);
    const { text, warnings } = writeOut(format, { ...transfer, exitCode: code });
    for (const w of warnings) ctx.stderr.write(`${w}\n`);
    ctx.stdout.write(text);
    return code;
  };
  let ip: string | undefined;
  const fail = (code: number, msg: string, reason = '') => {
    if (opts.verbose && url) ctx.stderr.write(traceFailure(flavour, code, msg, url.host, ip, url.port, reason));
    if (showErr) ctx.stderr.write(`curl: (${code}) ${msg}\n`);
    transfer.errorMessage = msg;
    return finish(code);
  };
  let url = parseUrl(opts.url);
  if (!url) return fail(3, 'URL using bad/illegal format or missing URL');
  const method = opts.method ?? (opts.head ? 'HEAD' : opts.data !== undefined ? 'POST' : 'GET');
  const meter = !opts.silent && (opts.output !== undefined || opts.remoteName || !ctx.isTty);
  if (meter) ctx.stderr.write('  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n');
  const meterLine = (total: number, sent: number) => {
    const pct = total === 0 ? '  0' : '100';
    const size = (n: number) => max5(n).padStart(5);
    return `${pct} ${size(total)}  ${pct} ${size(total)}  ${sent ? '100' : '  0'} ${size(sent)}  ${size(total)}  ${size(sent)} --:--:-- --:--:-- --:--:-- ${size(total)}`;
  };
  let out = '';
  let response: HttpResponse | undefined;
  for (let hops = 0; ; hops++) {
    if (url.scheme !== 'http' && url.scheme !== 'https') {
      if (meter) ctx.stderr.write('\r' + meterLine(0, 0) + '\n');
      return fail(1, `Protocol "${url.scheme}" not supported or disabled in libcurl`);
    }
    const headers: Record<string, string> = { Host: hostHeader(url), 'User-Agent': opts.userAgent ?? `curl/${version}`, Accept: '*/*' };
    if (opts.data !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    if (opts.data !== undefined) headers['Content-Length'] = String(encodeUtf8(opts.data).length);
    for (const [k, v] of opts.headers) headers[k] = v;
    transfer.url = effectiveUrl(url);
    transfer.method = method;
    ip = resolveHost(ctx, url.host);
    const r = await exchange(ctx, url, method, headers, opts.data ?? '');
    if (!r.ok) {
      if (meter) ctx.stderr.write('\r' + meterLine(0, 0) + (r.code === 'ENOTFOUND' || r.code === 'NONET' ? '' : '\r' + meterLine(0, 0)) + '\n');
      if (r.code === 'ENOTFOUND' || r.code === 'NONET') return fail(6, `Could not resolve host: ${url.host}`);
      if (r.code === 'ETIMEDOUT') return fail(28, `Failed to connect to ${url.host} port ${url.port} after 130000 ms: Connection timed out`, 'Connection timed out');
      const reason = r.code === 'ENETUNREACH' ? 'Network is unreachable' : 'Connection refused';
      return fail(7, `Failed to connect to ${url.host} port ${url.port} after 0 ms: ${flavour === 'busybox' ? 'Could not connect to server' : "Couldn't connect to server"}`, reason);
    }
    if (opts.verbose) ctx.stderr.write(traceConnect(flavour, url.host, ip ?? url.host, url.port) + traceRequest(flavour, method, url.path, headers));
    if (url.scheme === 'https') {
      if (meter) ctx.stderr.write('\r' + meterLine(0, 0) + '\n');
      return fail(35, flavour === 'busybox' ? 'TLS connect error: error:0A00010B:SSL routines::wrong version number' : 'OpenSSL/3.0.15: error:0A00010B:SSL routines::wrong version number');
    }
    response = r.response;
    transfer.status = response.status;
    transfer.contentType = header(response, 'content-type');
    transfer.sizeHeader += headerBlock(response).length;
    transfer.remoteIp = ip;
    transfer.remotePort = url.port;
    const location = header(response, 'location');
    const redirect = opts.location && location !== undefined && response.status >= 300 && response.status < 400;
    if (opts.include || opts.head) out += headerBlock(response);
    if (redirect) {
      if (hops >= 50) return fail(47, 'Maximum (50) redirects followed');
      const next = resolveLocation(url, location);
      if (!next) return fail(3, 'URL using bad/illegal format or missing URL');
      if (opts.verbose) ctx.stderr.write(traceResponse(response, 0, true) + traceDone(url.host));
      transfer.redirects++;
      url = next;
      continue;
    }
    break;
  }
  if (opts.fail && response.status >= 400) {
    if (meter) ctx.stderr.write('\r' + meterLine(0, 0) + '\n');
    return fail(22, `The requested URL returned error: ${response.status}`);
  }
  const body = method === 'HEAD' ? '' : decodeUtf8(response.body);
  transfer.sizeDownload = method === 'HEAD' ? 0 : response.body.length;
  const toFile = opts.remoteName || (opts.output !== undefined && opts.output !== '-');
  if (opts.verbose) ctx.stderr.write(traceResponse(response, transfer.sizeDownload, ctx.isTty && !toFile));
  out += opts.head ? '' : body;
  let target = opts.output;
  if (opts.remoteName) {
    target = url.path.replace(/[?#].*$/, '').replace(/^.*\//, '');
    if (!target) {
      if (meter) ctx.stderr.write('\r' + meterLine(response.body.length, 0) + '\n');
      if (showErr) ctx.stderr.write('curl: Remote file name has no length!\n');
      return fail(23, 'Failed writing received data to disk/application');
    }
  }
  if (target !== undefined && target !== '-') {
    try {
      ctx.fs.writeFile(abs(ctx, target), out);
    } catch (e) {
      if (meter) ctx.stderr.write('\r' + meterLine(0, 0) + '\n');
      if (showErr) ctx.stderr.write(`Warning: Failed to open the file ${target}: ${errText(e)}\n`);
      return fail(23, 'Failure writing output to destination');
    }
  } else ctx.stdout.write(out);
  if (meter) ctx.stderr.write('\r' + meterLine(0, 0) + '\r' + meterLine(response.body.length, 0) + '\n');
  if (opts.verbose) ctx.stderr.write(traceDone(url.host));
  return finish(0);
}

// The URL as curl reports it: scheme, host, a port only when not the scheme's, the path.
function effectiveUrl(u: ParsedUrl): string {
  return `${u.scheme}://${hostHeader(u)}${u.path}`;
}

// The address the name resolves to from this machine, when the network can tell.
function resolveHost(ctx: ProgramContext, host: string): string | undefined {
  try {
    return ctx.net?.resolve?.(host);
  } catch {
    return undefined;
  }
}

// `-w @file` reads the format from a file, `@-` from stdin.
function readFormat(ctx: ProgramContext, format: string): string {
  if (!format.startsWith('@')) return format;
  if (format === '@-') return ctx.stdin;
  try {
    return ctx.fs.readText(abs(ctx, format.slice(1)));
  } catch {
    return '';
  }
}

// The response's status line and headers as curl -i prints them (CRLF line ends, a blank line after).
function headerBlock(r: HttpResponse): string {
  let s = `HTTP/1.1 ${r.status} ${reasonPhrase(r)}\r\n`;
  for (const [k, v] of Object.entries(r.headers)) s += `${k}: ${v}\r\n`;
  return s + '\r\n';
}

// curl's five-character sizes: 12345, 9765k, 97.6M.
function max5(n: number): string {
  if (n < 100000) return String(n);
  if (n < 10000 * 1024) return `${Math.floor(n / 1024)}k`;
  if (n < 100 * 1024 * 1024) return `${(n / 1048576).toFixed(1)}M`;
  return `${Math.floor(n / 1048576)}M`;
}

function parse(ctx: ProgramContext): CurlOpts | number {
  const o: CurlOpts = { targets: [], silent: false, showError: false, fail: false, include: false, head: false, location: false, remoteName: false, headers: [], version: false, verbose: false };
  // A URL takes the first target still without one, an -o/-O the first still without an output.
  const slot = (free: (t: Target) => boolean): Target => {
    const t = o.targets.find(free) ?? { remoteName: false };
    if (!o.targets.includes(t)) o.targets.push(t);
    return t;
  };
  const output = (file: string | undefined) => {
    const t = slot((x) => x.output === undefined && !x.remoteName);
    if (file === undefined) t.remoteName = true;
    else t.output = file;
  };
  const args = ctx.argv.slice(1);
  const apply = (flag: string, value: string | undefined): void => {
    switch (flag) {
      case 's': o.silent = true; break;
      case 'S': o.showError = true; break;
      case 'f': o.fail = true; break;
      case 'i': o.include = true; break;
      case 'I': o.head = true; break;
      case 'L': o.location = true; break;
      case 'O': output(undefined); break;
      case 'V': o.version = true; break;
      case 'v': o.verbose = true; break;
      case 'w': o.writeOut = value; break;
      case 'o': output(value); break;
      case 'X': o.method = value; break;
      case 'A': o.userAgent = value; break;
      case 'd': o.data = o.data === undefined ? value : `${o.data}&${value}`; break;
      case 'H': {
        const c = value!.indexOf(':');
        if (c > 0) o.headers.push([value!.slice(0, c).trim(), value!.slice(c + 1).trim()]);
        break;
      }
      default: break; // accepted and ignored: -k --compressed -m -e -u
    }
  };
  const missing = (name: string) => {
    ctx.stderr.write(`curl: option ${name}: requires parameter\n` + TRY);
    return 2;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--') && a.length > 2) {
      const [name, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      const flag = LONG[name];
      if (flag === undefined) {
        ctx.stderr.write(`curl: option ${a}: is unknown\n` + TRY);
        return 2;
      }
      if (TAKES_ARG.has(flag) || flag === '#') {
        const v = inline ?? args[++i];
        if (v === undefined) return missing(name);
        apply(flag, v);
      } else apply(flag, undefined);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const c = a[k];
        if (!'sSfiILOVvkZoXHdAuwem#'.includes(c)) {
          ctx.stderr.write(`curl: option -${c}: is unknown\n` + TRY);
          return 2;
        }
        if (TAKES_ARG.has(c)) {
          const v = k + 1 < a.length ? a.slice(k + 1) : args[++i];
          if (v === undefined) return missing(`-${c}`);
          apply(c, v);
          break;
        }
        apply(c, undefined);
      }
      continue;
    }
    slot((t) => t.url === undefined).url = a;
  }
  return o;
}
