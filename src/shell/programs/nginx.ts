// nginx (1.27.4 as the official image ships it): serves static files from the container's filesystem
// on the ports its configuration listens on, logs in the log_format its access_log names (combined when none) to stdout (access.log is a
// link to /dev/stdout) and notices to stderr, and shuts down gracefully as on SIGQUIT (the image's
// STOPSIGNAL) when the container stops. `-v`, `-V`, `-t` answer as nginx does; `-s reload` makes the running master re-read
// its configuration (a broken one is refused and the old one keeps serving), `-s quit`/`stop` end it.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { HttpRequest, HttpResponse } from '../../kernel/net.ts';
import { NetError } from '../../kernel/net.ts';
import { encodeUtf8 } from '../../vfs/utf8.ts';
import { nodeSize } from '../../vfs/vfs.ts';
import { defaultType, mimeTypes, NginxConfError, readConf, resolveRequest, servers, type Directive } from './nginx-conf.ts';
import { header } from './http-client.ts';
import { httpDate, logTime } from './server-log.ts';
import { accessLog, errorLog, LogOpenError, openLog, renderLogLine, type AccessLog } from './nginx-logs.ts';
import { currentAccount } from './users.ts';
import { startWorkers } from './nginx-workers.ts';
import { processTableOf } from './process-table.ts';

/** The address requests from the host arrive from inside a container: the default bridge's gateway. */
export const BRIDGE_GATEWAY = '172.17.0.1';

/** Makes `nginx [-v|-V|-t|-T|-s SIGNAL|-g DIRECTIVES]`. */
export function makeNginx(): Program {
  return async (ctx) => {
    const version = ctx.env.get('NGINX_VERSION') || '1.27.4';
    const alpine = ctx.fs.exists('/etc/alpine-release');
    const built = alpine ? 'built by gcc 14.2.0 (Alpine 14.2.0) ' : 'built by gcc 12.2.0 (Debian 12.2.0-14) ';
    const args = ctx.argv.slice(1);
    let globals = '';
    let test = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-v') {
        ctx.stderr.write(`nginx version: nginx/${version}\n`);
        return 0;
      }
      if (a === '-V') {
        ctx.stderr.write(`nginx version: nginx/${version}\n${built}\nbuilt with OpenSSL 3.0.15 3 Sep 2024\nTLS SNI support enabled\nconfigure arguments: --prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=/var/run/nginx.pid --lock-path=/var/run/nginx.lock --user=nginx --group=nginx --with-http_ssl_module --with-http_v2_module --with-stream\n`);
        return 0;
      }
      if (a === '-t' || a === '-T') test = true;
      else if (a === '-g') globals = args[++i] ?? '';
      else if (a === '-s') return signalRunning(ctx, args[++i]);
      else if (a === '-q' || a === '-c' || a === '-p' || a === '-e') {
        if (a !== '-q') i++;
      } else {
        ctx.stderr.write(`nginx: invalid option: "${a.replace(/^-/, '')}"\n`);
        return 1;
      }
    }
    const now = () => ctx.fs.clock();
    let conf: Directive[];
    try {
      conf = readConf(ctx.fs);
    } catch (e) {
      if (!(e instanceof NginxConfError)) throw e;
      if (test) ctx.stderr.write(`nginx: [emerg] ${e.message}\nnginx: configuration file /etc/nginx/nginx.conf test failed\n`);
      else ctx.stderr.write(`${logTime(now())} [emerg] 1#1: ${e.message}\nnginx: [emerg] ${e.message}\n`);
      return 1;
    }
    if (test) {
      ctx.stderr.write('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n');
      return 0;
    }
    const daemonOff = /daemon\s+off\s*;/.test(globals) || conf.some((d) => d.name === 'daemon' && d.args[0] === 'off');
    const emerg = (msg: string) => {
      ctx.stderr.write(`nginx: [emerg] ${msg}\n`);
      return 1;
    };
    const root = currentAccount(ctx).uid === 0;
    const user = conf.find((d) => d.name === 'user');
    if (!root && user) ctx.stderr.write(`nginx: [warn] the "user" directive makes sense only if the master process runs with super-user privileges, ignored in ${user.file}:${user.line}\n`);
    const pidPath = conf.find((d) => d.name === 'pid')?.args[0] ?? '/var/run/nginx.pid';
    // Opens the logs and binds the ports a configuration asks for; the stderr text of what failed otherwise.
    const setup = (c: Directive[]): { logs: ReturnType<typeof errorLog>; stops: (() => void)[] } | { failed: string } => {
      let logs: ReturnType<typeof errorLog>;
      const list = servers(c);
      const access: (AccessLog | undefined)[] = [];
      try {
        logs = errorLog(ctx, c);
        for (const s of list) access.push(accessLog(ctx, c, s.block));
      } catch (e) {
        if (!(e instanceof LogOpenError)) throw e;
        return { failed: `nginx: [emerg] ${e.message}\n` };
      }
      const stops: (() => void)[] = [];
      if (ctx.net) {
        for (const [k, s] of list.entries()) {
          if (stops.length && list.findIndex((x) => x.port === s.port) !== k) continue;
          // Ports below 1024 need root: a non-root nginx (USER nginx) must listen on 8080 or the like.
          if (!root && s.port < 1024) {
            for (const stop of stops) stop();
            return { failed: `nginx: [emerg] bind() to 0.0.0.0:${s.port} failed (13: Permission denied)\n` };
          }
          try {
            stops.push(ctx.net.listenHttp(s.port, handlerFor(ctx, s, c, version, { access: access[k], error: logs })));
          } catch (e) {
            if (!(e instanceof NetError) || e.code !== 'EADDRINUSE') throw e;
            for (const stop of stops) stop();
            const msg = `bind() to 0.0.0.0:${s.port} failed (98: ${alpine ? 'Address in use' : 'Address already in use'})`;
            return { failed: `nginx: [emerg] ${msg}\n`.repeat(5) + `nginx: [emerg] still could not bind()\n` };
          }
        }
      }
      return { logs, stops };
    };
    const started = setup(conf);
    if ('failed' in started) {
      ctx.stderr.write(started.failed);
      return 1;
    }
    try {
      openLog(ctx, pidPath).write(`${ctx.process?.pid ?? 1}\n`);
    } catch (e) {
      if (!(e instanceof LogOpenError)) throw e;
      for (const stop of started.stops) stop();
      return emerg(e.message);
    }
    let { logs, stops } = started;
    const note = (pid: number, text: string) => {
      if (logs.shows('notice')) logs.log.write(`${logTime(now())} [notice] ${pid}#${pid}: ${text}\n`);
    };
    if (!daemonOff) return 0; // the master forks into the background and this process ends
    note(1, 'using the "epoll" event method');
    note(1, `nginx/${version}`);
    note(1, built);
    note(1, 'OS: Linux 6.8.0-workbook');
    note(1, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576');
    note(1, 'start worker processes');
    const workers = startWorkers(ctx, conf, root && user ? user.args[0] : currentAccount(ctx).name);
    for (const w of workers) note(1, `start worker process ${w}`);
    // The master's signals (kill, `nginx -s`): HUP re-reads the configuration, QUIT and TERM stop it.
    let ending: number | undefined;
    let wake = () => {};
    const reload = () => {
      note(1, 'reconfiguring');
      let fresh: Directive[];
      try {
        fresh = readConf(ctx.fs);
      } catch (e) {
        if (!(e instanceof NginxConfError)) throw e;
        return logs.log.write(`${logTime(now())} [emerg] 1#1: ${e.message}\n`);
      }
      for (const stop of stops) stop();
      const next = setup(fresh);
      if ('failed' in next) {
        logs.log.write(next.failed.split('\n').filter(Boolean).map((l) => `${logTime(now())} ${l.replace(/^nginx: /, '')}\n`).join(''));
        const again = setup(conf);
        if (!('failed' in again)) ({ logs, stops } = again);
        return;
      }
      conf = fresh;
      ({ logs, stops } = next);
      const old = workers.splice(0);
      workers.push(...startWorkers(ctx, conf, root && user ? user.args[0] : currentAccount(ctx).name));
      note(1, 'start worker processes');
      for (const w of workers) note(1, `start worker process ${w}`);
      for (const w of old) {
        note(w, 'gracefully shutting down');
        note(w, 'exiting');
        note(w, 'exit');
        if (ctx.process) processTableOf(ctx.fs).exit(w);
        note(1, `signal 17 (SIGCHLD) received from ${w}`);
        note(1, `worker process ${w} exited with code 0`);
      }
    };
    const master = ctx.process;
    const previous = master?.signal;
    if (master) {
      master.signal = (sig) => {
        if (sig === 1) {
          note(1, 'signal 1 (SIGHUP) received, reconfiguring');
          reload();
        } else if (sig === 10) note(1, 'signal 10 (SIGUSR1) received, reopening logs');
        else if (sig === 2 || sig === 3 || sig === 15) {
          ending = sig;
          wake();
        } else previous?.call(master, sig);
      };
    }
    if (!ctx.signal.aborted) await new Promise<void>((resolve) => {
      wake = resolve;
      ctx.signal.addEventListener('abort', () => resolve(), { once: true });
    });
    if (master && previous) master.signal = previous;
    for (const stop of stops) stop();
    if (ending === 15 || ending === 2) {
      note(1, `signal ${ending} (${ending === 2 ? 'SIGINT' : 'SIGTERM'}) received, exiting`);
      for (const w of workers) {
        note(w, 'exiting');
        note(w, 'exit');
      }
    } else {
      note(1, 'signal 3 (SIGQUIT) received, shutting down');
      for (const w of workers) {
        note(w, 'gracefully shutting down');
        note(w, 'exiting');
        note(w, 'exit');
      }
    }
    for (const w of workers) {
      note(1, `signal 17 (SIGCHLD) received from ${w}`);
      note(1, `worker process ${w} exited with code 0`);
    }
    note(1, 'exit');
    if (ctx.process) for (const w of workers) processTableOf(ctx.fs).exit(w);
    if (ctx.fs.exists(pidPath) && ctx.fs.stat(pidPath).type === 'file') ctx.fs.unlink(pidPath);
    return 0;
  };
}

const SIGNALS: Record<string, number> = { stop: 15, quit: 3, reopen: 10, reload: 1 };

// `nginx -s reload|stop|quit|reopen` from `docker exec`: reads the configuration (a broken one stops
// here, and the running master keeps its own), then signals the PID its pid file holds.
function signalRunning(ctx: ProgramContext, sig: string | undefined): number {
  if (!sig || !(sig in SIGNALS)) {
    ctx.stderr.write(sig ? `nginx: invalid option: "-s ${sig}"\n` : 'nginx: option "-s" requires parameter\n');
    return 1;
  }
  let conf: Directive[];
  try {
    conf = readConf(ctx.fs);
  } catch (e) {
    if (!(e instanceof NginxConfError)) throw e;
    ctx.stderr.write(`nginx: [emerg] ${e.message}\n`);
    return 1;
  }
  const table = processTableOf(ctx.fs);
  const me = ctx.process?.pid ?? table.peek();
  const log = (level: string, text: string) => ctx.stderr.write(`${logTime(ctx.fs.clock())} [${level}] ${me}#${me}: ${text}\n`);
  log('notice', 'signal process started');
  const pidPath = conf.find((d) => d.name === 'pid')?.args[0] ?? '/var/run/nginx.pid';
  let text: string;
  try {
    text = ctx.fs.readText(pidPath).trim();
  } catch {
    log('error', `open() "${pidPath}" failed (2: No such file or directory)`);
    return 1;
  }
  if (!/^\d+$/.test(text)) {
    log('error', `invalid PID number "${text}" in "${pidPath}"`);
    return 1;
  }
  const target = table.get(Number(text));
  if (!target) {
    log('alert', `kill(${text}, ${SIGNALS[sig]}) failed (3: No such process)`);
    return 1;
  }
  target.signal(SIGNALS[sig]);
  return 0;
}

/** nginx's own error page (CRLF line ends, as ngx_http_special_response writes them). */
export function errorPage(status: string, version: string): string {
  return `<html>\r\n<head><title>${status}</title></head>\r\n<body>\r\n<center><h1>${status}</h1></center>\r\n<hr><center>nginx/${version}</center>\r\n</body>\r\n</html>\r\n`;
}

function handlerFor(ctx: ProgramContext, server: ReturnType<typeof servers>[number], conf: Directive[], version: string, logs: { access?: AccessLog; error: ReturnType<typeof errorLog> }) {
  const types = mimeTypes(conf);
  const fallback = defaultType(conf);
  let connection = 0;
  return (req: HttpRequest): HttpResponse => {
    connection++;
    const now = ctx.fs.clock();
    const head = req.method === 'HEAD';
    const path = decodeURIComponent(req.path.replace(/[?#].*$/, ''));
    const base = { Server: `nginx/${version}`, Date: httpDate(now) };
    const client = header(req, 'x-forwarded-for')?.split(',')[0]?.trim() || req.remoteAddress || BRIDGE_GATEWAY;
    const host = header(req, 'host') ?? server.serverName;
    const requestLine = `${req.method} ${req.path} HTTP/1.1`;
    const logError = (text: string) => {
      if (logs.error.shows('error')) logs.error.log.write(`${logTime(now)} [error] 29#29: *${connection} ${text}, client: ${client}, server: ${server.serverName}, request: "${requestLine}", host: "${host}"\n`);
    };
    const respond = (status: number, statusText: string, headers: Record<string, string>, body: Uint8Array, size = body.length): HttpResponse => {
      const sent = head ? 0 : size;
      const vars: Record<string, string> = { remote_addr: client, time_local: accessTime(now), request: requestLine, status: String(status), body_bytes_sent: String(sent), request_method: req.method, request_uri: req.path, uri: path, host: host.replace(/:\d+$/, ''), server_name: server.serverName, server_port: String(server.port) };
      logs.access?.writer.write(renderLogLine(logs.access.format, (name) => vars[name] ?? (name.startsWith('http_') ? header(req, name.slice(5).replace(/_/g, '-')) : undefined)));
      return { status, statusText, headers, body: head ? new Uint8Array() : body };
    };
    const error = (status: number, text: string, extra: Record<string, string> = {}) => {
      const body = encodeUtf8(errorPage(`${status} ${text}`, version));
      return respond(status, text, { ...base, 'Content-Type': 'text/html', 'Content-Length': String(body.length), ...extra, Connection: 'keep-alive' }, body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return error(405, 'Not Allowed');
    const found = resolveRequest(ctx.fs, server, path);
    if (found.status === 404) {
      logError(`open() "${found.file}" failed (2: No such file or directory)`);
      return error(404, 'Not Found');
    }
    if (found.status === 301) {
      const hostOnly = host.replace(/:\d+$/, '');
      const location = `http://${hostOnly}${server.port === 80 ? '' : `:${server.port}`}${path}/`;
      return error(301, 'Moved Permanently', { Location: location });
    }
    if (found.status === 403) {
      logError(`directory index of "${found.dir}" is forbidden`);
      return error(403, 'Forbidden');
    }
    const file = found.file;
    const node = ctx.fs.stat(file);
    if (node.type !== 'file') return error(404, 'Not Found');
    const ext = file.slice(file.lastIndexOf('/') + 1).includes('.') ? file.slice(file.lastIndexOf('.') + 1).toLowerCase() : '';
    const size = nodeSize(node);
    return respond(200, 'OK', {
      ...base,
      'Content-Type': types.get(ext) ?? fallback,
      'Content-Length': String(size),
      'Last-Modified': httpDate(node.mtime * 1000),
      Connection: 'keep-alive',
      ETag: `"${node.mtime.toString(16)}-${size.toString(16)}"`,
      'Accept-Ranges': 'bytes',
    }, node.data, size);
  };
}

// `22/Nov/2026:05:10:00 +0000`, the $time_local of the access log (containers run in UTC).
function accessTime(ms: number): string {
  const d = new Date(ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  return `${p2(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())} +0000`;
}
