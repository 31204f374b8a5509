// The Engine API server: what the real docker CLI depends on before any command — ping headers,
// version negotiation, error bodies, routing of names with slashes — and closing cleanly.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { createServedDaemon } from '../../src/sim/api/daemon.ts';
import { startApiServer } from '../../src/sim/api/server.ts';
import { serve } from './client.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function started() {
  const s = await serve();
  cleanup = () => s.server.close();
  return s;
}

describe('Engine API server', () => {
  it('answers HEAD and GET /_ping with the headers dockerd sends', async () => {
    const { call } = await started();
    const head = await call('HEAD', '/_ping');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    for (const reply of [head, await call('GET', '/_ping')]) {
      expect(reply.headers['api-version']).toBe('1.50');
      expect(reply.headers['docker-experimental']).toBe('false');
      expect(reply.headers['ostype']).toBe('linux');
      expect(reply.headers['builder-version']).toBe('2');
      expect(reply.headers['server']).toBe('Docker/28.2.2 (linux)');
    }
    expect((await call('GET', '/_ping')).body).toBe('OK');
  });

  it('serves /version and /info for the simulated daemon', async () => {
    const { call } = await started();
    const version = JSON.parse((await call('GET', '/v1.50/version')).body);
    expect(version).toMatchObject({ Version: '28.2.2', ApiVersion: '1.50', MinAPIVersion: '1.24', Os: 'linux', Arch: 'amd64' });
    await call('POST', '/images/create?fromImage=hello-world&tag=latest');
    const info = JSON.parse((await call('GET', '/info')).body);
    expect(info).toMatchObject({ Images: 1, Containers: 0, Driver: 'overlay2', CgroupVersion: '2', OSType: 'linux', Architecture: 'x86_64', ServerVersion: '28.2.2' });
  });

  it('accepts versioned paths and refuses versions it does not speak, as dockerd words it', async () => {
    const { call } = await started();
    expect((await call('GET', '/v1.44/images/json')).status).toBe(200);
    const tooNew = await call('GET', '/v1.51/images/json');
    expect(tooNew.status).toBe(400);
    expect(tooNew.body).toBe('{"message":"client version 1.51 is too new. Maximum supported API version is 1.50"}\n');
    const tooOld = await call('GET', '/v1.12/images/json');
    expect(JSON.parse(tooOld.body).message).toBe('client version 1.12 is too old. Minimum supported API version is 1.24, please upgrade your client to a newer version');
  });

  it('answers an unknown path with 404 page not found', async () => {
    const { call } = await started();
    const reply = await call('GET', '/v1.50/nothing/here');
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('application/json');
    expect(reply.body).toBe('{"message":"page not found"}\n');
  });

  it('listens on tcp://127.0.0.1 with a port the system picks', async () => {
    const { engine } = createServedDaemon(0);
    const server = await startApiServer(engine, { kind: 'tcp', host: '127.0.0.1', port: 0 });
    cleanup = () => server.close();
    expect(server.address.kind === 'tcp' && server.address.port).toBeGreaterThan(0);
    const port = server.address.kind === 'tcp' ? server.address.port : 0;
    const body = await new Promise<string>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/_ping' }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve(text));
      })
        .on('error', reject)
        .end();
    });
    expect(body).toBe('OK');
  });

  it('removes its socket file when closed', async () => {
    const { server, socket } = await serve();
    expect(existsSync(socket)).toBe(true);
    await server.close();
    expect(existsSync(socket)).toBe(false);
  });
});

describe('stdcopy frames', () => {
  it('prefix each payload with its stream and big-endian length', async () => {
    const { stdcopyFrame } = await import('../../src/sim/api/stdcopy.ts');
    expect([...stdcopyFrame(2, 'oops\n')]).toEqual([2, 0, 0, 0, 0, 0, 0, 5, ...Buffer.from('oops\n')]);
    expect(stdcopyFrame(1, '').length).toBe(8);
  });
});
