import type { HttpResponse } from '../../../src/kernel/net.ts';
import { describe, expect, it } from 'vitest';
import { makeWget } from '../../../src/shell/programs/wget.ts';
import { encodeUtf8 } from '../../../src/vfs/utf8.ts';
import { fakeNet, machine } from './machine.ts';

const wget = makeWget();
function serving() {
  const net = fakeNet();
  net.listenHttp(8080, (req): HttpResponse => (req.path === '/missing' ? { status: 404, headers: {}, body: new Uint8Array() } : { status: 200, headers: { Server: 'nginx/1.27.4' }, body: encodeUtf8('hi\n') }));
  return net;
}

describe('busybox wget', () => {
  it('writes to stdout with -O - and busybox progress on stderr', async () => {
    const r = await machine({ net: serving() }).run(wget, ['wget', '-O', '-', 'http://localhost:8080/a']);
    expect(r).toEqual({ code: 0, out: 'hi\n', err: `Connecting to localhost:8080 (127.0.0.1:8080)\nwriting to stdout\n-                    100% |${'*'.repeat(32)}|     3  0:00:00 ETA\nwritten to stdout\n` });
  });
  it('is silent with -q and shows the response with -S', async () => {
    const m = machine({ net: serving() });
    expect(await m.run(wget, ['wget', '-qO-', 'localhost:8080/'])).toEqual({ code: 0, out: 'hi\n', err: '' });
    expect((await m.run(wget, ['wget', '-S', '-O', '/tmp/x', 'localhost:8080/'])).err).toContain('  HTTP/1.1 200 OK\n  Server: nginx/1.27.4\n');
  });
  it('saves to the URL file name and refuses to overwrite it', async () => {
    const m = machine({ net: serving(), cwd: '/tmp' });
    expect((await m.run(wget, ['wget', 'localhost:8080/a.txt'])).err).toContain("saving to 'a.txt'\n");
    expect(m.fs.readText('/tmp/a.txt')).toBe('hi\n');
    expect((await m.run(wget, ['wget', '-q', 'localhost:8080/a.txt'])).err).toBe("wget: can't open 'a.txt': File exists\n");
  });
  it('reports refused connections, bad addresses and HTTP errors', async () => {
    const m = machine({ net: serving() });
    expect((await m.run(wget, ['wget', 'http://127.0.0.1:9/'])).err).toBe("Connecting to 127.0.0.1:9 (127.0.0.1:9)\nwget: can't connect to remote host (127.0.0.1): Connection refused\n");
    expect(await m.run(wget, ['wget', 'http://nowhere/'])).toEqual({ code: 1, out: '', err: "wget: bad address 'nowhere'\n" });
    expect((await m.run(wget, ['wget', '-q', 'localhost:8080/missing'])).err).toBe('wget: server returned error: HTTP/1.1 404 Not Found\n');
  });
});
