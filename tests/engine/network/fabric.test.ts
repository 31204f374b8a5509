import { describe, expect, it } from 'vitest';
import { NetworkFabric, type FabricEndpoint } from '../../../src/engine/network/fabric.ts';
import { NetError, type HttpRequest } from '../../../src/kernel/net.ts';

const get: HttpRequest = { method: 'GET', path: '/', headers: {}, body: new Uint8Array() };
const ok = (text: string) => () => ({ status: 200, headers: {}, body: new TextEncoder().encode(text) });
const bridge = (ip: string): FabricEndpoint => ({ networkId: 'bridge', ip, gateway: '172.17.0.1', names: [], dns: false, internal: false });
const mynet = (ip: string, ...names: string[]): FabricEndpoint => ({ networkId: 'mynet', ip, gateway: '172.18.0.1', names, dns: true, internal: false });

describe('network fabric', () => {
  it('routes a published host port to the container port and refuses unpublished ones', async () => {
    const fabric = new NetworkFabric();
    const stack = fabric.attach('c1', { mode: 'bridge', endpoints: [bridge('172.17.0.2')] });
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
    fabric.attach('c1', { mode: 'bridge', endpoints: [bridge('172.17.0.2')] });
    fabric.publish([{ hostIp: '0.0.0.0', hostPort: 8080, containerId: 'c1', containerPort: 80 }]);
    await expect(fabric.hostStack.requestHttp('localhost', 8080, get)).rejects.toMatchObject({ code: 'ECONNRESET' });
    fabric.detach('c1');
    await expect(fabric.hostStack.requestHttp('localhost', 8080, get)).rejects.toBeInstanceOf(NetError);
    expect(fabric.hostPortTaken(8080)).toBe(false);
  });

  it('lets containers reach each other by IP but not by name on the default bridge', async () => {
    const fabric = new NetworkFabric();
    const a = fabric.attach('aaaa', { mode: 'bridge', endpoints: [bridge('172.17.0.2')] });
    const b = fabric.attach('bbbb', { mode: 'bridge', endpoints: [bridge('172.17.0.3')] });
    b.listenHttp(6379, ok('pong'));
    await expect(a.requestHttp('172.17.0.3', 6379, get)).resolves.toMatchObject({ status: 200 });
    await expect(a.requestHttp('redis', 6379, get)).rejects.toMatchObject({ code: 'ENOTFOUND' });
    await expect(a.requestHttp('localhost', 6379, get)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('resolves names and aliases through the embedded DNS on a user-defined network, and /etc/hosts first', async () => {
    const fabric = new NetworkFabric();
    const client = fabric.attach('cccc', { mode: 'bridge', endpoints: [mynet('172.18.0.3', 'client')], hosts: (n) => (n === 'pinned' ? '172.18.0.2' : undefined) });
    const web = fabric.attach('wwww', { mode: 'bridge', endpoints: [mynet('172.18.0.2', 'web', 'frontend')] });
    web.listenHttp(80, ok('hi'));
    expect(client.resolve!('web')).toBe('172.18.0.2');
    expect(client.resolve!('FRONTEND')).toBe('172.18.0.2');
    expect(client.resolve!('pinned')).toBe('172.18.0.2');
    await expect(client.requestHttp('web', 80, get)).resolves.toMatchObject({ status: 200 });
    await expect(client.requestHttp('web', 81, get)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(() => client.resolve!('nosuch')).toThrow(NetError);
    // The host has no embedded DNS.
    expect(() => fabric.hostStack.resolve!('web')).toThrow('Could not resolve host: web');
  });

  it('isolates networks: another network\'s address times out and its names do not resolve', async () => {
    const fabric = new NetworkFabric();
    const onBridge = fabric.attach('aaaa', { mode: 'bridge', endpoints: [bridge('172.17.0.2')] });
    fabric.attach('wwww', { mode: 'bridge', endpoints: [mynet('172.18.0.2', 'web')] }).listenHttp(80, ok('hi'));
    await expect(onBridge.requestHttp('172.18.0.2', 80, get)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    expect(() => onBridge.resolve!('web')).toThrow(NetError);
    // Connecting the container to the network joins it.
    fabric.connect('aaaa', mynet('172.18.0.3', 'a'));
    await expect(onBridge.requestHttp('web', 80, get)).resolves.toMatchObject({ status: 200 });
    fabric.disconnect('aaaa', 'mynet');
    await expect(onBridge.requestHttp('172.18.0.2', 80, get)).rejects.toMatchObject({ code: 'ETIMEDOUT' });
  });

  it('gives --network none no way out and container: modes the other container\'s namespace', async () => {
    const fabric = new NetworkFabric();
    const none = fabric.attach('nnnn', { mode: 'none' });
    await expect(none.requestHttp('172.17.0.1', 80, get)).rejects.toMatchObject({ code: 'ENETUNREACH' });
    const owner = fabric.attach('oooo', { mode: 'bridge', endpoints: [bridge('172.17.0.2')] });
    owner.listenHttp(8080, ok('shared'));
    const joiner = fabric.attach('jjjj', { mode: 'container', shareWith: 'oooo' });
    await expect(joiner.requestHttp('localhost', 8080, get)).resolves.toMatchObject({ status: 200 });
    fabric.detach('jjjj');
    expect(fabric.listening('oooo')).toEqual([8080]);
  });

  it('rejects a second publication of the same host port with dockerd words', () => {
    const fabric = new NetworkFabric();
    fabric.attach('c1', { mode: 'bridge', endpoints: [bridge('172.17.0.2')] });
    fabric.publish([{ hostIp: '0.0.0.0', hostPort: 8080, containerId: 'c1', containerPort: 80 }]);
    expect(() => fabric.publish([{ hostIp: '0.0.0.0', hostPort: 8080, containerId: 'c2', containerPort: 80 }])).toThrow(
      'Bind for 0.0.0.0:8080 failed: port is already allocated',
    );
  });
});
