// A fake machine for program tests: a vfs, a tiny network (ports → handlers), and a runner that
// collects stdout and stderr.
import { Vfs } from '../../../src/vfs/vfs.ts';
import { NetError, type HttpHandler, type NetworkStack } from '../../../src/kernel/net.ts';
import type { Program, ProgramContext } from '../../../src/kernel/process.ts';

export function fakeNet(): NetworkStack & { ports: Map<number, HttpHandler> } {
  const ports = new Map<number, HttpHandler>();
  return {
    ports,
    listenHttp(port, handler) {
      if (ports.has(port)) throw new NetError('EADDRINUSE', 'address in use');
      ports.set(port, handler);
      return () => ports.delete(port);
    },
    async requestHttp(host, port, request) {
      if (!['localhost', '127.0.0.1', 'web'].includes(host)) throw new NetError('ENOTFOUND', host);
      const h = ports.get(port);
      if (!h) throw new NetError('ECONNREFUSED', 'refused');
      return h(request);
    },
  };
}

export function machine(opts: { net?: NetworkStack; env?: Record<string, string>; cwd?: string; tty?: boolean; sleep?: (ms: number) => Promise<void> } = {}) {
  const fs = Vfs.empty({ clock: () => Date.UTC(2026, 10, 22, 5, 10) });
  fs.mkdir('/tmp', { recursive: true });
  async function run(program: Program, argv: string[], stdin = '', signal?: AbortSignal) {
    let out = '';
    let err = '';
    const ctx: ProgramContext = {
      argv, env: new Map(Object.entries(opts.env ?? {})), cwd: opts.cwd ?? '/', fs, stdin,
      stdout: { write: (t) => void (out += t) }, stderr: { write: (t) => void (err += t) },
      isTty: opts.tty ?? false, columns: 80, signal: signal ?? new AbortController().signal, sleep: opts.sleep ?? (async () => {}), net: opts.net,
    };
    const code = await program(ctx);
    return { code, out, err };
  }
  return { fs, run };
}
