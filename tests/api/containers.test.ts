// Container endpoints the real CLI relies on in ways a table cannot show: wait answers its headers
// before the start it waits for, attach and logs frame output with stdcopy, archive stats a path.
import { afterEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { serve } from './client.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function withContainer(cmd: string[]) {
  const s = await serve();
  cleanup = () => s.server.close();
  await s.call('POST', '/images/create?fromImage=alpine&tag=latest');
  const created = await s.call('POST', '/containers/create?name=box', JSON.stringify({ Image: 'alpine', Cmd: cmd }));
  return { ...s, created, id: JSON.parse(created.body).Id as string };
}

/** Splits a stdcopy stream into [stream, text] frames. */
function frames(bytes: Buffer): [number, string][] {
  const out: [number, string][] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = bytes.readUInt32BE(at + 4);
    out.push([bytes[at], bytes.subarray(at + 8, at + 8 + size).toString('utf8')]);
    at += 8 + size;
  }
  return out;
}

function raw(socketPath: string, method: string, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request({ socketPath, method, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('container endpoints', () => {
  it('creates with 201, maps the default network mode to bridge, and refuses a taken name', async () => {
    const { created, call, id } = await withContainer(['true']);
    expect(created.status).toBe(201);
    const inspect = JSON.parse((await call('GET', `/containers/${id}/json`)).body);
    expect(inspect.HostConfig.NetworkMode).toBe('bridge');
    const again = await call('POST', '/containers/create?name=box', JSON.stringify({ Image: 'alpine' }));
    expect(again.status).toBe(409);
  });

  it('answers wait?condition=next-exit only after the start it waits for', async () => {
    const { socket, call, id } = await withContainer(['sh', '-c', 'exit 4']);
    const waited = new Promise<{ status: number; body: string; headersAt: number }>((resolve, reject) => {
      request({ socketPath: socket, method: 'POST', path: `/containers/${id}/wait?condition=next-exit` }, (res) => {
        const headersAt = Date.now();
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headersAt }));
      })
        .on('error', reject)
        .end();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const startAt = Date.now();
    expect((await call('POST', `/containers/${id}/start`)).status).toBe(204);
    const reply = await waited;
    expect(reply.headersAt).toBeLessThanOrEqual(startAt);
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ Error: null, StatusCode: 4 });
  });

  it('frames logs by stream, and 304s a start of a running container', async () => {
    const { socket, call, id } = await withContainer(['sh', '-c', 'echo out; echo err >&2']);
    await call('POST', `/containers/${id}/start`);
    await call('POST', `/containers/${id}/wait`);
    const logs = await raw(socket, 'GET', `/containers/${id}/logs?stdout=1&stderr=1`);
    expect(logs.headers['content-type']).toBe('application/vnd.docker.multiplexed-stream');
    expect(frames(logs.body)).toEqual([
      [1, 'out\n'],
      [2, 'err\n'],
    ]);
    const onlyErr = await raw(socket, 'GET', `/containers/${id}/logs?stderr=1`);
    expect(frames(onlyErr.body)).toEqual([[2, 'err\n']]);
  });

  it('stats and archives a path for docker cp, and 404s a missing one', async () => {
    const { socket, call, id } = await withContainer(['true']);
    const head = await raw(socket, 'HEAD', `/containers/${id}/archive?path=/etc/alpine-release`);
    expect(head.status).toBe(200);
    const stat = JSON.parse(Buffer.from(String(head.headers['x-docker-container-path-stat']), 'base64').toString());
    expect(stat).toMatchObject({ name: 'alpine-release', mode: 0o644, linkTarget: '' });
    const dir = JSON.parse(Buffer.from(String((await raw(socket, 'HEAD', `/containers/${id}/archive?path=/etc`)).headers['x-docker-container-path-stat']), 'base64').toString());
    expect(dir.mode).toBe(2 ** 31 + 0o755);
    const missing = await call('GET', `/containers/${id}/archive?path=/nope`);
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).message).toBe('Could not find the file /nope in container box');
  });

  it('refuses exec in a stopped container as dockerd does', async () => {
    const { call, id } = await withContainer(['true']);
    const reply = await call('POST', `/containers/${id}/exec`, JSON.stringify({ Cmd: ['ls'], AttachStdout: true }));
    expect(reply.status).toBe(409);
    expect(JSON.parse(reply.body).message).toBe(`container ${id} is not running`);
  });
});
