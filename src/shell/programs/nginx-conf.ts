// The part of nginx's configuration our nginx reads: directives as a tree (with `include` expanded),
// the servers' listen ports, roots and index files, and the MIME types; errors as `nginx -t` words them.
import type { Vfs } from '../../vfs/vfs.ts';
import { expandGlob } from '../glob.ts';

/** One directive: `listen 80;` or a block `server { … }`, with where it was written. */
export interface Directive {
  name: string;
  args: string[];
  file: string;
  line: number;
  block?: Directive[];
}

/** A configuration error, worded as nginx's `[emerg]` message (without the prefix). */
export class NginxConfError extends Error {}

/** One `server` as our nginx serves it. */
export interface ServerConf {
  port: number;
  serverName: string;
  root: string;
  index: string[];
  /** The server block's own directives (access_log …). */
  block: Directive[];
}

const KNOWN = new Set(('user worker_processes error_log pid events worker_connections http include default_type log_format access_log sendfile tcp_nopush tcp_nodelay keepalive_timeout gzip gzip_types gzip_min_length gzip_vary ' +
  'server listen server_name location root index error_page proxy_pass proxy_set_header proxy_http_version proxy_redirect proxy_buffering fastcgi_pass fastcgi_index fastcgi_param try_files return rewrite alias autoindex ' +
  'add_header expires client_max_body_size types charset deny allow daemon worker_rlimit_nofile multi_accept use upstream load_module set if break limit_except ssl_certificate ssl_certificate_key ' +
  'server_tokens etag absolute_redirect port_in_redirect server_name_in_redirect resolver internal default_server stub_status').split(' '));

/** Reads nginx.conf (and what it includes) into directives; throws NginxConfError on syntax errors. */
export function readConf(fs: Vfs, path = '/etc/nginx/nginx.conf'): Directive[] {
  let text: string;
  try {
    text = fs.readText(path);
  } catch {
    throw new NginxConfError(`open() "${path}" failed (2: No such file or directory)`);
  }
  return parseText(fs, text, path);
}

function parseText(fs: Vfs, text: string, file: string): Directive[] {
  const tokens: { t: string; line: number }[] = [];
  let line = 1;
  const re = /#[^\n]*|\n|[{};]|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s{};#]+|[ \t\r]+/g;
  for (const m of text.matchAll(re)) {
    const s = m[0];
    if (s === '\n') line++;
    else if (s.startsWith('#') || /^\s+$/.test(s)) continue;
    else tokens.push({ t: s.replace(/^(["'])([\s\S]*)\1$/, '$2'), line });
  }
  let i = 0;
  const block = (depth: number): Directive[] => {
    const out: Directive[] = [];
    let cur: string[] = [];
    let curLine = 0;
    while (i < tokens.length) {
      const { t, line: l } = tokens[i++];
      if (t === ';' || t === '{') {
        if (cur.length === 0) throw new NginxConfError(`unexpected "${t}" in ${file}:${l}`);
        const [name, ...args] = cur;
        if (!KNOWN.has(name) && !/^(proxy|fastcgi|ssl|gzip|client|http2|open_file|uwsgi|scgi|log|js|limit)_/.test(name) && depth >= 0 && !isTypesBlock(out, depth))
          throw new NginxConfError(`unknown directive "${name}" in ${file}:${curLine}`);
        const d: Directive = { name, args, file, line: curLine };
        if (t === '{') d.block = block(depth + 1);
        if (name === 'include' && t === ';') out.push(...include(fs, args[0] ?? '', file));
        else out.push(d);
        cur = [];
        continue;
      }
      if (t === '}') {
        if (depth === 0) throw new NginxConfError(`unexpected "}" in ${file}:${l}`);
        if (cur.length) throw new NginxConfError(`unexpected "}" in ${file}:${l}`);
        return out;
      }
      if (cur.length === 0) curLine = l;
      cur.push(t);
    }
    if (cur.length) throw new NginxConfError(`unexpected end of file, expecting ";" or "}" in ${file}:${line}`);
    if (depth > 0) throw new NginxConfError(`unexpected end of file, expecting "}" in ${file}:${line}`);
    return out;
  };
  // Inside `types { … }` every line is `mime/type ext…;`, not a directive name.
  const isTypesBlock = (_out: Directive[], _depth: number) => typesDepth.has(_depth);
  const typesDepth = new Set<number>();
  if (file.endsWith('mime.types')) typesDepth.add(1);
  return block(0);
}

function include(fs: Vfs, pattern: string, from: string): Directive[] {
  const abs = pattern.startsWith('/') ? pattern : `/etc/nginx/${pattern}`;
  const files = /[*?[]/.test(abs) ? expandGlob(fs, '/', abs) : [abs];
  const out: Directive[] = [];
  for (const f of files) {
    let text: string;
    try {
      text = fs.readText(f);
    } catch {
      if (/[*?[]/.test(abs)) continue;
      throw new NginxConfError(`open() "${abs}" failed (2: No such file or directory) in ${from}`);
    }
    out.push(...parseText(fs, text, f));
  }
  return out;
}

/** The servers the configuration declares, with their port, root and index files. */
export function servers(conf: Directive[]): ServerConf[] {
  const http = conf.find((d) => d.name === 'http')?.block ?? [];
  const out: ServerConf[] = [];
  for (const s of http.filter((d) => d.name === 'server')) {
    const body = s.block ?? [];
    const listen = body.find((d) => d.name === 'listen' && /^(\d+|[\d.]+:\d+|\*:\d+)$/.test(d.args[0] ?? ''));
    const port = listen ? Number(listen.args[0].replace(/^.*:/, '')) : 80;
    const loc = body.find((d) => d.name === 'location' && d.args.length === 1 && d.args[0] === '/')?.block ?? [];
    const pick = (name: string) => loc.find((d) => d.name === name) ?? body.find((d) => d.name === name) ?? http.find((d) => d.name === name);
    out.push({
      port,
      serverName: body.find((d) => d.name === 'server_name')?.args[0] ?? '',
      root: pick('root')?.args[0] ?? '/etc/nginx/html',
      index: pick('index')?.args ?? ['index.html'],
      block: body,
    });
  }
  return out;
}

/** What a server answers for a GET of `path` (decoded, no query): the file it sends, or why it sends none. */
export type Resolution =
  | { status: 200; file: string }
  | { status: 301; dir: string }
  | { status: 403; dir: string }
  | { status: 404; file: string };

/** Where `path` leads under the server's root: a file, a directory's index file, or 301/403/404 as nginx answers. */
export function resolveRequest(fs: Vfs, server: Pick<ServerConf, 'root' | 'index'>, path: string): Resolution {
  const file = `${server.root.replace(/\/$/, '')}${path}`;
  let type;
  try {
    type = fs.stat(file).type;
  } catch {
    return { status: 404, file };
  }
  if (type === 'dir') {
    if (!path.endsWith('/')) return { status: 301, dir: file };
    const index = server.index.map((i) => file + i).find((p) => fs.exists(p) && fs.stat(p).type === 'file');
    return index ? { status: 200, file: index } : { status: 403, dir: file };
  }
  return type === 'file' ? { status: 200, file } : { status: 404, file };
}

/** Extension → MIME type from the `types` blocks (mime.types). */
export function mimeTypes(conf: Directive[]): Map<string, string> {
  const map = new Map<string, string>();
  const http = conf.find((d) => d.name === 'http')?.block ?? [];
  for (const t of http.filter((d) => d.name === 'types')) for (const d of t.block ?? []) for (const ext of d.args) map.set(ext, d.name);
  return map;
}

/** The http-level default_type (application/octet-stream in the packaged nginx.conf). */
export function defaultType(conf: Directive[]): string {
  const http = conf.find((d) => d.name === 'http')?.block ?? [];
  return http.find((d) => d.name === 'default_type')?.args[0] ?? 'text/plain';
}
