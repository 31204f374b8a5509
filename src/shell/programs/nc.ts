// busybox nc as Alpine builds it (NC_110_COMPAT): `nc HOST PORT` sends its stdin and prints the reply;
// `-z` only checks the port (`-v` says so); `-w SEC` bounds the wait of `nc -l -p PORT`, which serves one
// connection (`-lk` keeps serving): what the client sent goes to stdout, the server's stdin back to it.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { NetError } from '../../kernel/net.ts';
import { busyboxUsage } from './util.ts';
import { writeBytes } from './bytes-input.ts';
import { encodeUtf8 } from '../../vfs/utf8.ts';

const SYNOPSIS = '[OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen';

interface NcOptions {
  listen: boolean;
  keep: boolean;
  zero: boolean;
  verbose: boolean;
  /** -w SECS: how long a listener waits for its connection (0: for ever). */
  wait: number;
  port?: string;
  operands: string[];
}

/** Makes busybox's nc. */
export function makeNc(): Program {
  return async (ctx) => {
    const opts = parse(ctx.argv.slice(1));
    if (typeof opts === 'string') {
      ctx.stderr.write(opts);
      return 1;
    }
    if (!opts) return busyboxUsage(ctx, SYNOPSIS);
    return opts.listen ? serve(ctx, opts) : connect(ctx, opts);
  };
}

function parse(args: string[]): NcOptions | string | undefined {
  const o: NcOptions = { listen: false, keep: false, zero: false, verbose: false, wait: 0, operands: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-') || a === '-') {
      o.operands.push(a);
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      if ('lkzvnub'.includes(c)) {
        if (c === 'l') o.listen = true;
        if (c === 'k') o.keep = true;
        if (c === 'z') o.zero = true;
        if (c === 'v') o.verbose = true;
        continue;
      }
      if (!'pswieo'.includes(c)) return undefined;
      const value = k + 1 < a.length ? a.slice(k + 1) : args[++i];
      if (value === undefined) return undefined;
      if (c === 'p') o.port = value;
      if (c === 'w') {
        if (!/^\d+$/.test(value)) return `nc: invalid number '${value}'\n`;
        o.wait = Number(value);
      }
      break;
    }
  }
  if (!o.listen && o.operands.length !== 2) return undefined;
  if (o.listen && o.port === undefined && o.operands.length === 0) return undefined;
  return o;
}

async function connect(ctx: ProgramContext, o: NcOptions): Promise<number> {
  const [host, portText] = o.operands;
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    ctx.stderr.write(`nc: bad port '${portText}'\n`);
    return 1;
  }
  const net = ctx.net;
  let ip: string;
  try {
    ip = net?.resolve?.(host) ?? host;
    if (!net?.requestTcp) throw new NetError('ENOTFOUND', host);
  } catch {
    ctx.stderr.write(`nc: bad address '${host}'\n`);
    return 1;
  }
  try {
    // -z sends nothing: the connect alone tells whether the port is open.
    const reply = await net.requestTcp(host, port, o.zero ? new Uint8Array() : encodeUtf8(ctx.stdin));
    if (o.zero) {
      if (o.verbose) ctx.stderr.write(`${host} (${ip}:${port}) open\n`);
      return 0;
    }
    writeBytes(ctx, reply);
    return 0;
  } catch (e) {
    if (!(e instanceof NetError)) throw e;
    const reason = e.code === 'ETIMEDOUT' ? 'Connection timed out' : e.code === 'ENETUNREACH' ? 'Network is unreachable' : 'Connection refused';
    if (o.zero) {
      if (o.verbose) ctx.stderr.write(`nc: ${host} (${ip}:${port}): ${reason}\n`);
      return 1;
    }
    ctx.stderr.write(`nc: can't connect to remote host (${ip}): ${reason}\n`);
    return 1;
  }
}

async function serve(ctx: ProgramContext, o: NcOptions): Promise<number> {
  const port = Number(o.port ?? o.operands[1] ?? o.operands[0]);
  const net = ctx.net;
  if (!net?.listenTcp) {
    ctx.stderr.write(`nc: bind: Address not available\n`);
    return 1;
  }
  let served!: () => void;
  const done = new Promise<void>((resolve) => (served = resolve));
  let connected = false;
  let stop: () => void;
  try {
    stop = net.listenTcp(port, async (data) => {
      connected = true;
      writeBytes(ctx, data);
      if (!o.keep) served();
      return encodeUtf8(ctx.stdin);
    });
  } catch {
    ctx.stderr.write('nc: bind: Address in use\n');
    return 1;
  }
  const aborted = new Promise<void>((resolve) => {
    if (ctx.signal.aborted) resolve();
    else ctx.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  // -w: a listener nobody connects to within SECS gives up, on the machine's clock (turn-based in tests);
  // once a client came, it serves as without -w.
  let timedOut = false;
  const never = new Promise<void>(() => {});
  const timeout = o.wait > 0 ? ctx.sleep(o.wait * 1000).then(() => (connected ? never : void (timedOut = true)), () => never) : never;
  await Promise.race([done, aborted, timeout]);
  stop();
  if (ctx.signal.aborted) return 130;
  if (timedOut) {
    ctx.stderr.write('nc: timeout\n');
    return 1;
  }
  return 0;
}
