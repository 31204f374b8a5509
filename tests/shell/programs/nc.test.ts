// busybox nc between two machines on a user-defined network (the engine's fabric): a client sends its
// stdin and prints the reply, -z checks a port, nc -l serves one connection, and an HTTP server on the
// other end reads the bytes as a request; errors are busybox's.
import { describe, expect, it } from 'vitest';
import { makeNc } from '../../../src/shell/programs/nc.ts';
import { NetworkFabric, type FabricEndpoint } from '../../../src/engine/network/fabric.ts';
import { machine } from './machine.ts';

const nc = makeNc();
const on = (ip: string, ...names: string[]): FabricEndpoint => ({ networkId: 'n1', ip, gateway: '172.18.0.1', names, dns: true, internal: false });

function network() {
  const fabric = new NetworkFabric();
  const server = fabric.attach('ssss', { mode: 'bridge', endpoints: [on('172.18.0.2', 'srv')] });
  const client = fabric.attach('cccc', { mode: 'bridge', endpoints: [on('172.18.0.3', 'cli')] });
  return { server: machine({ net: server }), client: machine({ net: client }), serverNet: server };
}

describe('nc (busybox)', () => {
  it('serves one connection with -l -p: the client gets the server\'s stdin, the server prints what was sent', async () => {
    const { server, client } = network();
    const serving = server.run(nc, ['nc', '-l', '-p', '1234'], 'pong\n');
    expect(await client.run(nc, ['nc', 'srv', '1234'], 'ping\n')).toEqual({ code: 0, out: 'pong\n', err: '' });
    expect(await serving).toEqual({ code: 0, out: 'ping\n', err: '' });
    // It served once and is gone.
    expect(await client.run(nc, ['nc', 'srv', '1234'], 'again\n')).toEqual({ code: 1, out: '', err: "nc: can't connect to remote host (172.18.0.2): Connection refused\n" });
  });

  it('checks ports with -z (-v says open or why not) and tells a bad address', async () => {
    const { client, serverNet } = network();
    serverNet.listenHttp(80, () => ({ status: 200, headers: {}, body: new Uint8Array() }));
    expect(await client.run(nc, ['nc', '-zv', 'srv', '80'])).toEqual({ code: 0, out: '', err: 'srv (172.18.0.2:80) open\n' });
    expect(await client.run(nc, ['nc', '-z', 'srv', '81'])).toEqual({ code: 1, out: '', err: '' });
    expect(await client.run(nc, ['nc', '-zv', 'srv', '81'])).toEqual({ code: 1, out: '', err: 'nc: srv (172.18.0.2:81): Connection refused\n' });
    expect(await client.run(nc, ['nc', 'nosuch', '80'])).toEqual({ code: 1, out: '', err: "nc: bad address 'nosuch'\n" });
    expect((await client.run(nc, ['nc', 'srv'])).code).toBe(1);
  });

  it('speaks raw HTTP to an HTTP server, and an HTTP client gets a raw server\'s bytes as its response', async () => {
    const { server, client, serverNet } = network();
    serverNet.listenHttp(80, (req) => ({ status: 200, headers: { 'Content-Length': '3' }, body: new TextEncoder().encode(`${req.method}\n`) }));
    const reply = await client.run(nc, ['nc', 'srv', '80'], 'GET / HTTP/1.0\r\n\r\n');
    expect(reply.out).toBe('HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nGET\n');
    const serving = server.run(nc, ['nc', '-l', '-p', '8080'], 'HTTP/1.1 201 Created\r\nContent-Length: 3\r\n\r\nhi\n');
    const res = await serverNet.requestHttp('127.0.0.1', 8080, { method: 'GET', path: '/x', headers: { host: 'srv:8080' }, body: new Uint8Array() });
    expect(res.status).toBe(201);
    expect(new TextDecoder().decode(res.body)).toBe('hi\n');
    expect((await serving).out).toBe('GET /x HTTP/1.1\r\nHost: srv:8080\r\n\r\n');
  });

  // busybox nc_bloaty: -w SECS arms a timer around accept(); when it fires first, "nc: timeout" and
  // status 1; a bad number is xatou's error. The clock is the machine's, turn-based here.
  it('gives up listening after -w SECS with nobody connecting, and serves a client that came in time', async () => {
    const lonely = machine({ net: network().serverNet });
    expect(await lonely.run(nc, ['nc', '-l', '-p', '1234', '-w', '2'])).toEqual({ code: 1, out: '', err: 'nc: timeout\n' });
    expect(await lonely.run(nc, ['nc', '-w', 'x', 'srv', '1234'])).toEqual({ code: 1, out: '', err: "nc: invalid number 'x'\n" });
    const fabric = new NetworkFabric();
    const serverNet = fabric.attach('ssss', { mode: 'bridge', endpoints: [on('172.18.0.2', 'srv')] });
    const client = machine({ net: fabric.attach('cccc', { mode: 'bridge', endpoints: [on('172.18.0.3', 'cli')] }) });
    let tick!: () => void;
    const asked: number[] = [];
    const server = machine({ net: serverNet, sleep: (ms) => (asked.push(ms), new Promise((resolve) => (tick = resolve))) });
    const serving = server.run(nc, ['nc', '-l', '-p', '1234', '-w', '5'], 'pong\n');
    expect(await client.run(nc, ['nc', 'srv', '1234'], 'ping\n')).toEqual({ code: 0, out: 'pong\n', err: '' });
    tick();
    expect(await serving).toEqual({ code: 0, out: 'ping\n', err: '' });
    expect(asked).toEqual([5000]);
  });
});
