// `npm run sim -- --listen ADDRESS`: parsing the address and the option, and serving until SIGTERM.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseListenAddress } from '../../src/sim/api/listen-address.ts';
import { parseSimArgs } from '../../src/sim/args.ts';
import { call } from './client.ts';

describe('--listen', () => {
  it('takes unix and tcp addresses as DOCKER_HOST spells them', () => {
    expect(parseListenAddress('unix:///tmp/workbook.sock')).toEqual({ kind: 'unix', path: '/tmp/workbook.sock' });
    expect(parseListenAddress('tcp://127.0.0.1:2375')).toEqual({ kind: 'tcp', host: '127.0.0.1', port: 2375 });
    expect(parseListenAddress('unix://relative.sock')).toHaveProperty('error');
    expect(parseListenAddress('tcp://127.0.0.1:99999')).toHaveProperty('error');
    expect(parseListenAddress('/tmp/x.sock')).toHaveProperty('error');
  });

  it('is an option of npm run sim that takes no script', () => {
    expect(parseSimArgs(['--listen', 'unix:///tmp/a.sock'])).toEqual({ listen: 'unix:///tmp/a.sock' });
    expect(parseSimArgs(['--listen=tcp://127.0.0.1:2375', '--now', '2026-01-01T00:00:00Z'])).toEqual({ listen: 'tcp://127.0.0.1:2375', now: Date.UTC(2026, 0, 1) });
    expect(parseSimArgs(['--listen'])).toEqual({ error: '--listen needs a value' });
    expect(parseSimArgs(['--listen', 'unix:///tmp/a.sock', 'script.sh'])).toHaveProperty('error');
  });

  it('serves from npm run sim until SIGTERM, then removes the socket', { timeout: 30_000 }, async () => {
    const root = new URL('../../', import.meta.url).pathname;
    const socket = join(mkdtempSync(join(tmpdir(), 'wb-listen-')), 'docker.sock');
    const child = spawn(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/sim/main.ts'), '--listen', `unix://${socket}`], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes('Serving the Docker Engine API')) resolve();
      });
      child.on('exit', () => reject(new Error(`sim exited early: ${stderr}`)));
    });
    expect(stderr).toContain(`at unix://${socket}`);
    expect((await call(socket, 'GET', '/_ping')).body).toBe('OK');
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(socket)).toBe(false);
  });
});
