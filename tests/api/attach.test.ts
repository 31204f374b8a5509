// Hijacked attach and exec: the 101 upgrade, a TTY shell driven by keystrokes (as `docker run -it`
// sends them), and piped stdin read to its end without a TTY (as `echo x | docker run -i`).
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { serve } from './client.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** Opens a hijacked connection; resolves once the 101 reply is in, with everything after it. */
function hijack(socketPath: string, path: string, body = ''): Promise<{ socket: Socket; head: string; output: () => Buffer; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath);
    let received = Buffer.alloc(0);
    let headerEnd = -1;
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (headerEnd < 0) {
        headerEnd = received.indexOf('\r\n\r\n');
        if (headerEnd >= 0) resolve({ socket, head: received.subarray(0, headerEnd).toString(), output: () => received.subarray(headerEnd + 4), closed });
      }
    });
    socket.on('error', reject);
    socket.write(`POST ${path} HTTP/1.1\r\nHost: docker\r\nConnection: Upgrade\r\nUpgrade: tcp\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
  });
}

async function daemonWithAlpine() {
  const s = await serve();
  cleanup = () => s.server.close();
  await s.call('POST', '/images/create?fromImage=alpine&tag=latest');
  return s;
}

describe('hijacked streams', () => {
  it('drives a TTY shell from keystrokes, echoing and ending lines as a pty does', async () => {
    const { socket: path, call } = await daemonWithAlpine();
    const { Id } = JSON.parse((await call('POST', '/containers/create', JSON.stringify({ Image: 'alpine', Cmd: ['sh'], Tty: true, OpenStdin: true, AttachStdin: true }))).body);
    const attach = await hijack(path, `/containers/${Id}/attach?stream=1&stdin=1&stdout=1&stderr=1`);
    expect(attach.head).toMatch(/^HTTP\/1.1 101 UPGRADED\r\nContent-Type: application\/vnd.docker.raw-stream\r\n/);
    expect((await call('POST', `/containers/${Id}/start`)).status).toBe(204);
    attach.socket.write('echo hix\x7f\r');
    // Keys typed while a command runs are echoed at once, as a pty does; wait for the prompt first.
    while (!attach.output().toString().endsWith('hi\r\n/ # ')) await new Promise((resolve) => setTimeout(resolve, 10));
    attach.socket.write('exit 2\r');
    await attach.closed;
    expect(attach.output().toString()).toBe('/ # echo hix\b \b\r\nhi\r\n/ # exit 2\r\n');
    expect(JSON.parse((await call('GET', `/containers/${Id}/json`)).body).State.ExitCode).toBe(2);
  });

  it('reads piped stdin to its end before the container runs, and frames the output', async () => {
    const { socket: path, call } = await daemonWithAlpine();
    const { Id } = JSON.parse((await call('POST', '/containers/create', JSON.stringify({ Image: 'alpine', Cmd: ['cat'], OpenStdin: true, AttachStdin: true, StdinOnce: true }))).body);
    const attach = await hijack(path, `/containers/${Id}/attach?stream=1&stdin=1&stdout=1&stderr=1`);
    expect(attach.head).toContain('application/vnd.docker.multiplexed-stream');
    const started = call('POST', `/containers/${Id}/start`);
    attach.socket.end('piped\n');
    expect((await started).status).toBe(204);
    await attach.closed;
    expect([...attach.output()]).toEqual([1, 0, 0, 0, 0, 0, 0, 6, ...Buffer.from('piped\n')]);
  });

  it('runs an exec and reports its exit code on /exec/{id}/json', async () => {
    const { socket: path, call } = await daemonWithAlpine();
    const { Id } = JSON.parse((await call('POST', '/containers/create', JSON.stringify({ Image: 'alpine', Cmd: ['sleep', '100'] }))).body);
    await call('POST', `/containers/${Id}/start`);
    const exec = JSON.parse((await call('POST', `/containers/${Id}/exec`, JSON.stringify({ Cmd: ['sh', '-c', 'echo to-err >&2; exit 6'], AttachStdout: true, AttachStderr: true }))).body);
    const started = await hijack(path, `/exec/${exec.Id}/start`, '{"Detach":false,"Tty":false}');
    await started.closed;
    expect([...started.output()]).toEqual([2, 0, 0, 0, 0, 0, 0, 7, ...Buffer.from('to-err\n')]);
    expect(JSON.parse((await call('GET', `/exec/${exec.Id}/json`)).body)).toMatchObject({ ExitCode: 6, Running: false, ContainerID: Id });
    expect((await call('GET', '/exec/nosuch/json')).status).toBe(404);
  });
});
