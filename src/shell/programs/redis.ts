// redis-server (7.4, as the official image runs it) and redis-cli. The server logs its start, answers
// a few commands on port 6379 and saves /data/dump.rdb when stopped. Our network carries HTTP only, so
// server and cli exchange RESP commands as request bodies (a stand-in for the TCP protocol).
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { NetError } from '../../kernel/net.ts';
import { decodeUtf8, encodeUtf8 } from '../../vfs/utf8.ts';
import { exchange } from './http-client.ts';
import { redisTime } from './server-log.ts';

type Reply = { kind: 'status' | 'error' | 'bulk'; text: string } | { kind: 'int'; value: number } | { kind: 'nil' } | { kind: 'array'; items: string[] };

/** Makes `redis-server [--port N] [config]`; `--version` prints the version line. */
export function makeRedisServer(): Program {
  return async (ctx) => {
    const version = ctx.env.get('REDIS_VERSION') || '7.4.2';
    const args = ctx.argv.slice(1);
    if (args[0] === '--version' || args[0] === '-v') {
      ctx.stdout.write(`Redis server v=${version} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=${'3a5b2d1e4f6c7b80'}\n`);
      return 0;
    }
    const portArg = args.indexOf('--port');
    const port = portArg >= 0 ? Number(args[portArg + 1]) || 6379 : 6379;
    const log = (role: 'C' | 'M', mark: string, text: string) => ctx.stdout.write(`1:${role} ${redisTime(ctx.fs.clock())} ${mark} ${text}\n`);
    log('C', '#', "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.");
    log('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
    log('C', '*', `Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started`);
    if (!args.some((a) => a.endsWith('.conf'))) log('C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf');
    log('M', '*', 'monotonic clock: POSIX clock_gettime');
    const store = loadDump(ctx);
    let stop: (() => void) | undefined;
    if (ctx.net) {
      try {
        stop = ctx.net.listenHttp(port, (req) => ({ status: 200, headers: {}, body: encodeUtf8(JSON.stringify(execute(store, JSON.parse(decodeUtf8(req.body)) as string[]))) }));
      } catch (e) {
        if (!(e instanceof NetError)) throw e;
        log('M', '#', `Warning: Could not create server TCP listening socket *:${port}: bind: Address already in use`);
        log('M', '#', `Failed listening on port ${port} (tcp), aborting.`);
        return 1;
      }
    }
    log('M', '*', `Running mode=standalone, port=${port}.`);
    log('M', '*', 'Server initialized');
    if (store.size) log('M', '*', `Loading RDB produced by version ${version}`);
    if (store.size) log('M', '*', `Done loading RDB, keys loaded: ${store.size}, keys expired: 0.`);
    log('M', '*', 'Ready to accept connections tcp');
    if (!ctx.signal.aborted) await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve(), { once: true }));
    stop?.();
    ctx.stdout.write(`1:signal-handler (${Math.floor(ctx.fs.clock() / 1000)}) Received SIGTERM scheduling shutdown...\n`);
    log('M', '*', 'User requested shutdown...');
    log('M', '*', 'Saving the final RDB snapshot before exiting.');
    saveDump(ctx, store);
    log('M', '*', 'DB saved on disk');
    log('M', '#', 'Redis is now ready to exit, bye bye...');
    return 0;
  };
}

// The dump is our own readable stand-in for RDB: "REDIS0012" then JSON of the keys.
function loadDump(ctx: ProgramContext): Map<string, string> {
  try {
    const text = ctx.fs.readText(`${ctx.cwd === '/' ? '' : ctx.cwd}/dump.rdb`);
    return new Map(Object.entries(JSON.parse(text.slice(9)) as Record<string, string>));
  } catch {
    return new Map();
  }
}

function saveDump(ctx: ProgramContext, store: Map<string, string>): void {
  try {
    ctx.fs.writeFile(`${ctx.cwd === '/' ? '' : ctx.cwd}/dump.rdb`, 'REDIS0012' + JSON.stringify(Object.fromEntries(store)));
  } catch {
    /* a read-only or missing working directory: redis logs and goes on */
  }
}

/** Runs one command against the store. */
export function execute(store: Map<string, string>, argv: string[]): Reply {
  const [cmd = '', ...a] = argv;
  const wrong = (): Reply => ({ kind: 'error', text: `ERR wrong number of arguments for '${cmd.toLowerCase()}' command` });
  switch (cmd.toUpperCase()) {
    case 'PING': return a.length ? { kind: 'bulk', text: a[0] } : { kind: 'status', text: 'PONG' };
    case 'ECHO': return a.length === 1 ? { kind: 'bulk', text: a[0] } : wrong();
    case 'SET': if (a.length < 2) return wrong(); store.set(a[0], a[1]); return { kind: 'status', text: 'OK' };
    case 'GET': if (a.length !== 1) return wrong(); return store.has(a[0]) ? { kind: 'bulk', text: store.get(a[0])! } : { kind: 'nil' };
    case 'DEL': if (!a.length) return wrong(); return { kind: 'int', value: a.filter((k) => store.delete(k)).length };
    case 'EXISTS': if (!a.length) return wrong(); return { kind: 'int', value: a.filter((k) => store.has(k)).length };
    case 'INCR': {
      if (a.length !== 1) return wrong();
      const cur = store.get(a[0]) ?? '0';
      if (!/^-?\d+$/.test(cur)) return { kind: 'error', text: 'ERR value is not an integer or out of range' };
      store.set(a[0], String(Number(cur) + 1));
      return { kind: 'int', value: Number(cur) + 1 };
    }
    case 'KEYS': return { kind: 'array', items: [...store.keys()].filter((k) => a[0] === '*' || k === a[0]) };
    case 'DBSIZE': return { kind: 'int', value: store.size };
    case 'FLUSHALL': case 'FLUSHDB': store.clear(); return { kind: 'status', text: 'OK' };
    default: return { kind: 'error', text: `ERR unknown command '${cmd}', with args beginning with: ${a.map((x) => `'${x}' `).join('')}` };
  }
}

/** Makes `redis-cli [-h HOST] [-p PORT] [COMMAND ARGS…]`; without a command, runs stdin's lines. */
export function makeRedisCli(): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1);
    let host = '127.0.0.1';
    let port = 6379;
    const rest: string[] = [];
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '-h') host = args[++i] ?? host;
      else if (args[i] === '-p') port = Number(args[++i]) || port;
      else if (args[i] === '--version' || args[i] === '-v') {
        ctx.stdout.write(`redis-cli ${ctx.env.get('REDIS_VERSION') || '7.4.2'}\n`);
        return 0;
      } else rest.push(args[i]);
    }
    const commands = rest.length ? [rest] : ctx.stdin.split('\n').map((l) => l.trim().split(/\s+/).filter(Boolean)).filter((c) => c.length);
    for (const command of commands) {
      const r = await exchange(ctx, { scheme: 'http', host, port, path: '/' }, 'POST', {}, JSON.stringify(command));
      if (!r.ok) {
        ctx.stderr.write(`Could not connect to Redis at ${host}:${port}: ${r.code === 'ENOTFOUND' || r.code === 'NONET' ? 'Name or service not known' : 'Connection refused'}\n`);
        return 1;
      }
      ctx.stdout.write(format(JSON.parse(decodeUtf8(r.response.body)) as Reply, ctx.isTty));
    }
    return 0;
  };
}

// redis-cli prints replies quoted and typed on a terminal, raw otherwise.
function format(r: Reply, tty: boolean): string {
  switch (r.kind) {
    case 'status': return `${r.text}\n`;
    case 'error': return `(error) ${r.text}\n`;
    case 'bulk': return tty ? `"${r.text}"\n` : `${r.text}\n`;
    case 'int': return tty ? `(integer) ${r.value}\n` : `${r.value}\n`;
    case 'nil': return tty ? '(nil)\n' : '\n';
    case 'array': return r.items.length === 0 ? (tty ? '(empty array)\n' : '') : r.items.map((x, k) => (tty ? `${k + 1}) "${x}"\n` : `${x}\n`)).join('');
  }
}
