// registry (Distribution 2.8.3): `registry serve CONFIG` logs its start as the image does and serves the
// Registry HTTP API v2 on the configured port (http.addr, :5000) until the container stops. The API
// itself comes from the injected RegistryHandlerFactory (the engine's, kept per container filesystem, so a
// restarted container keeps what was pushed; it does not yet live in /var/lib/registry's files).
import type { Program } from '../../kernel/process.ts';
import { NetError, type RegistryHandlerFactory } from '../../kernel/net.ts';
import { BRIDGE_GATEWAY } from './nginx.ts';
import { header } from './http-client.ts';

/** Makes `registry serve CONFIG | --version | help`. */
export function makeRegistry(factory: RegistryHandlerFactory): Program {
  return async (ctx) => {
    const [, sub, configPath] = ctx.argv;
    if (sub === '--version' || sub === '-v') {
      ctx.stdout.write('registry github.com/docker/distribution 2.8.3\n');
      return 0;
    }
    if (sub !== 'serve') {
      ctx.stdout.write('`registry`\n\nUsage:\n  registry [flags]\n  registry [command]\n\nAvailable Commands:\n  garbage-collect `garbage-collect` deletes layers not referenced by any manifests\n  help            Help about any command\n  serve           `serve` stores and distributes Docker images\n\nFlags:\n  -h, --help=false: help for registry\n  -v, --version=false: show the version and exit\n\n\nUse "registry help [command]" for more information about a command.\n');
      return sub === undefined || sub === 'help' || sub === '-h' || sub === '--help' ? 0 : 1;
    }
    let config = '';
    try {
      config = configPath ? ctx.fs.readText(configPath) : '';
    } catch {
      ctx.stderr.write(`configuration error: open ${configPath}: no such file or directory\n\nUsage: \n  registry serve <config> [flags]\nFlags:\n  -h, --help=false: help for serve\n\n`);
      return 1;
    }
    const addr = ctx.env.get('REGISTRY_HTTP_ADDR') ?? /^\s+addr:\s*(\S+)/m.exec(config)?.[1] ?? ':5000';
    const port = Number(addr.replace(/^.*:/, '')) || 5000;
    const instance = instanceId(ctx.fs.clock());
    const fields = `go.version=go1.20.8 instance.id=${instance} service=registry version=2.8.3 `;
    const log = (level: string, msg: string) => ctx.stderr.write(`time="${new Date(ctx.fs.clock()).toISOString().replace(/\.(\d+)Z$/, (_, ms: string) => `.${ms.padEnd(9, '0')}Z`)}" level=${level} msg="${msg}" ${fields}\n`);
    if (!ctx.env.get('REGISTRY_HTTP_SECRET')) log('warning', 'No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.');
    log('info', 'redis not configured');
    log('info', 'Starting upload purge in 20m0s');
    log('info', 'using inmemory blob descriptor cache');
    let stop: (() => void) | undefined;
    if (ctx.net) {
      const api = factory(ctx.fs, `localhost:${port}`);
      try {
        stop = ctx.net.listenHttp(port, async (req) => {
          const res = await api(req);
          const at = new Date(ctx.fs.clock());
          const mon = at.toUTCString().slice(8, 11);
          const p2 = (n: number) => String(n).padStart(2, '0');
          ctx.stdout.write(`${BRIDGE_GATEWAY} - - [${p2(at.getUTCDate())}/${mon}/${at.getUTCFullYear()}:${p2(at.getUTCHours())}:${p2(at.getUTCMinutes())}:${p2(at.getUTCSeconds())} +0000] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${res.body.length} "" "${header(req, 'user-agent') ?? ''}"\n`);
          return res;
        });
      } catch (e) {
        if (!(e instanceof NetError)) throw e;
        ctx.stderr.write(`time="${new Date(ctx.fs.clock()).toISOString()}" level=fatal msg="listen tcp ${addr}: bind: address already in use"\n`);
        return 1;
      }
    }
    log('info', `listening on [::]:${port}`);
    if (!ctx.signal.aborted) await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve(), { once: true }));
    stop?.();
    // The registry has no SIGTERM handler: Go's default action kills it, and Docker reports exit 2.
    return 2;
  };
}

// A UUID-shaped id derived from the clock, so logs are reproducible under the simulated clock.
function instanceId(ms: number): string {
  let h = (ms ^ 0x9e3779b9) >>> 0;
  let hex = '';
  for (let i = 0; i < 32; i++) {
    h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) >>> 0;
    hex += (h & 15).toString(16);
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}
