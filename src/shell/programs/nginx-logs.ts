// Where nginx writes its logs: `access_log` and `error_log` name files, and the official image links
// them to /dev/stdout and /dev/stderr, so they land in `docker logs`; `error_log` also sets a level.
import type { ProgramContext, Writer } from '../../kernel/process.ts';
import { FsError } from '../../vfs/types.ts';
import { strerror } from '../messages.ts';
import type { Directive } from './nginx-conf.ts';

const LEVELS = ['debug', 'info', 'notice', 'warn', 'error', 'crit', 'alert', 'emerg'];

/** A log target that could not be opened: nginx's `[emerg] open() … failed (…)` text. */
export class LogOpenError extends Error {}

// Follows symlinks by hand: /dev/stdout need not exist in the container's tree for the link to mean it.
function target(ctx: ProgramContext, path: string): string {
  let p = path;
  for (let hops = 0; hops < 8 && ctx.fs.lexists(p) && ctx.fs.lstat(p).type === 'symlink'; hops++) {
    const t = ctx.fs.readlink(p);
    p = t.startsWith('/') ? t : `${p.slice(0, p.lastIndexOf('/'))}/${t}`;
  }
  return p;
}

/** Opens a log file for appending, as nginx does at start; the standard streams for the image's links. */
export function openLog(ctx: ProgramContext, path: string): Writer {
  const t = target(ctx, path);
  if (t === '/dev/stdout' || t === '/proc/self/fd/1') return ctx.stdout;
  if (t === '/dev/stderr' || t === '/proc/self/fd/2') return ctx.stderr;
  if (t === '/dev/null') return { write: () => {} };
  try {
    ctx.fs.writeFile(t, '', { append: true });
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    const errno = e.code === 'EACCES' ? 13 : e.code === 'ENOENT' ? 2 : 21;
    throw new LogOpenError(`open() "${path}" failed (${errno}: ${strerror(e.code)})`);
  }
  return { write: (text) => ctx.fs.writeFile(t, text, { append: true }) };
}

/** nginx's predefined format, used by an `access_log` that names none. */
export const COMBINED = '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent "$http_referer" "$http_user_agent"';

/** An access log: where its lines go and the `log_format` template they follow. */
export interface AccessLog {
  writer: Writer;
  format: string;
}

/** The access log of a server (its own `access_log`, else the http block's); undefined when `off`. */
export function accessLog(ctx: ProgramContext, conf: Directive[], server: Directive[] | undefined): AccessLog | undefined {
  const http = conf.find((d) => d.name === 'http')?.block ?? [];
  const d = server?.find((x) => x.name === 'access_log') ?? http.find((x) => x.name === 'access_log');
  const path = d?.args[0] ?? '/var/log/nginx/access.log';
  if (path === 'off') return undefined;
  return { writer: openLog(ctx, path), format: logFormat(http, d) };
}

// The template `log_format NAME [escape=…] 'part' 'part' …;` defines (its parts joined); `combined` when unnamed.
function logFormat(http: Directive[], d: Directive | undefined): string {
  const name = d?.args[1];
  if (!d || name === undefined || name === 'combined' || name.includes('=')) return COMBINED;
  const def = http.find((x) => x.name === 'log_format' && x.args[0] === name);
  if (!def) throw new LogOpenError(`unknown log format "${name}" in ${d.file}:${d.line}`);
  return def.args.slice(1).filter((a) => !a.startsWith('escape=')).join('');
}

/** One access-log line: the template with each `$variable` (or `${variable}`) replaced; unknown or empty ones are `-`. */
export function renderLogLine(format: string, vars: (name: string) => string | undefined): string {
  return format.replace(/\$(?:\{(\w+)\}|(\w+))/g, (_, braced: string | undefined, bare: string | undefined) => vars(braced ?? bare ?? '') || '-') + '\n';
}

/** The main error log and its level: `error_log FILE [LEVEL]` (default /var/log/nginx/error.log at `error`). */
export function errorLog(ctx: ProgramContext, conf: Directive[]): { log: Writer; shows(level: string): boolean } {
  const d = conf.find((x) => x.name === 'error_log');
  const log = openLog(ctx, d?.args[0] ?? '/var/log/nginx/error.log');
  const min = LEVELS.indexOf(d?.args[1] ?? 'error');
  return { log, shows: (level) => LEVELS.indexOf(level) >= min };
}
