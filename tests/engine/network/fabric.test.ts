import { describe, expect, it } from 'vitest';
import { NetworkFabric } from '../../../src/engine/network/fabric.ts';
import { NetError, type HttpRequest } from '../../../src/kernel/net.ts';

const get: HttpRequest = { method: 'GET', path: '/', headers: {}, body: new Uint8Array() };
const ok = (text: string) => () => ({ status: 200, headers: {}, body: new TextEncoder().encode(text) });

describe('network fabric', () => {
  it('routes a published host port to the container port and refuses unpublished ones', async () => {
    const fabric = new NetworkFabric();
    const { stack, ip } = fabric.attach('c1', 'bridge');
    expect(ip).toBe('172.17.0.2');
    stack.listenHttp(80, ok('welcome'));
    fabric.publish([{ hostIp: '0.0.0.0', hostPort: 8080, containerId: 'c1', containerPort: 80 }]);
    const res = await fabric.hostStack.requestHttp('localhost', 8080, get);
    expect(new TextDecoder().decode(res.body)).toBe('welcome');
    await expect(fabric.hostStack.requestHttp('localhost', 9090, get)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    // From the host the bridge address reaches the container directly.
    await expect(fabric.hostStack.requestHttp('172.17.0.2', 80, get)).resolves.toMatchObject({ status: 200 });
  });

  it('resets a published port nobody listens on, and forgets a detached container', async () => {
    const fabric = new NetworkFabric();
    fabric.attach('c1', 'bridge');
    fabric.publish([{ hostIp: '0.0.0.0', hostPort: 8080, containerId: 'c1', containerPort: 80 }]);
    await expect(fabric.hostStack.requestHttp('localhost', 8080, get)).rejects.toMatchObject({ code: 'ECONNRESET' });
    fabric.detach('c1');
    await expect(fabric.hostStack.requestHttp('localhost', 8080, get)).rejects.toBeInstanceOf(NetError);
    expect(fabric.hostPortTaken(8080)).toBe(false);
  });

  it('lets containers reach each other by IP but not by name on the default bridge', async () => {
    const fabric = new NetworkFabric();
    const a = fabric.attach('aaaa', 'bridge');
    const b = fabric.attach('bbbb', 'bridge');
    b.stack.listenHttp(6379, ok('pong'));
    await expect(a.stack.requestHttp(b.ip, 6379, get)).resolves.toMatchObject({ status: 200 });
    await expect(a.stack.requestHttp('redis', 6379, get)).rejects.toMatchObject({ code: 'ENOTFOUND' });
    await expect(a.stack.requestHttp('localhost', 6379, get)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('rejects a second publication of the same host port with dockerd words', () => {
    const fabric = new NetworkFabric();
    fabric.attach('c1', 'bridge');
    fabric.publish([{ hostIp: '0.0.0.0', hostPort: 8080, containerId: 'c1', containerPort: 80 }]);
    expect(() => fabric.publish([{ hostIp: '0.0.0.0', hostPort: 8080, containerId: 'c2', containerPort: 80 }])).toThrow(
      'Bind for 0.0.0.0:8080 failed: port is already allocated',
    );
  });
});
