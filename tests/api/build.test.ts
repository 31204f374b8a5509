// POST /build driven by the real docker CLI (no buildx, so the classic builder API): the classic
// `Step N/M` stream, RUN output, the cache on a second build, tags, and a failing RUN's exit code.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from './client.ts';

const REAL_DOCKER = '/usr/local/bin/docker';
const skip = !existsSync(REAL_DOCKER);
if (skip) console.log(`build API tests skipped: ${REAL_DOCKER} is absent (install the docker CLI, e.g. Debian's docker.io)`);

interface Run {
  stdout: string;
  stderr: string;
  code: number;
}

describe.skipIf(skip)('POST /build with the real docker CLI (classic builder)', () => {
  let daemon: Awaited<ReturnType<typeof serve>>;
  let home: string;
  const docker = (args: string[]): Promise<Run> =>
    new Promise((resolve, reject) => {
      const env = { PATH: '/usr/bin:/bin', HOME: home, DOCKER_CONFIG: join(home, '.docker'), DOCKER_HOST: `unix://${daemon.socket}`, DOCKER_BUILDKIT: '0', DOCKER_CLI_HINTS: 'false' };
      const child = spawn(REAL_DOCKER, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    });
  const context = (dockerfile: string): string => {
    const dir = mkdtempSync(join(home, 'ctx-'));
    writeFileSync(join(dir, 'Dockerfile'), dockerfile);
    return dir;
  };

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'wb-build-'));
    daemon = await serve();
  });
  afterAll(async () => {
    await daemon.server.close();
    rmSync(home, { recursive: true, force: true });
  });

  const threeSteps = 'FROM alpine\nRUN echo hi > /x && echo ran\nCMD ["cat", "/x"]\n';

  it('prints every instruction as a step, the RUN output and the tag', async () => {
    const run = await docker(['build', '-t', 'hello:1', context(threeSteps)]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Sending build context to Docker daemon {2}\d/);
    expect(lines).toContain('Step 1/3 : FROM alpine');
    expect(lines).toContain('Step 2/3 : RUN echo hi > /x && echo ran');
    expect(lines).toContain('Step 3/3 : CMD ["cat", "/x"]');
    expect(lines).toContain('ran');
    const run2 = lines.indexOf('Step 2/3 : RUN echo hi > /x && echo ran');
    expect(lines[run2 + 1]).toMatch(/^ ---> Running in [0-9a-f]{12}$/);
    expect(lines[run2 + 2]).toBe('ran');
    expect(lines[run2 + 3]).toBe(` ---> Removed intermediate container ${lines[run2 + 1].slice(-12)}`);
    expect(lines[run2 + 4]).toMatch(/^ ---> [0-9a-f]{12}$/);
    const built = /^Successfully built ([0-9a-f]{12})$/m.exec(run.stdout);
    expect(built).not.toBeNull();
    expect(lines.at(-4)).toBe(` ---> ${built![1]}`);
    expect(lines.at(-1) === '' && lines.at(-2)).toBe('Successfully tagged hello:1');
    const inspect = await docker(['image', 'inspect', '--format', '{{.Id}} {{json .Config.Cmd}}', 'hello:1']);
    expect(inspect.stdout.trim()).toMatch(new RegExp(`^sha256:${built![1]}[0-9a-f]{52} \\["cat","/x"\\]$`));
  });

  it('uses the cache on a second build and lists the tag', async () => {
    const first = await docker(['build', '-t', 'hello:2', context(threeSteps)]);
    const second = await docker(['build', '-t', 'hello:2', context(threeSteps)]);
    expect(second.code).toBe(0);
    const lines = second.stdout.split('\n');
    const run = lines.indexOf('Step 2/3 : RUN echo hi > /x && echo ran');
    expect(lines[run + 1]).toBe(' ---> Using cache');
    expect(lines[run + 3]).toBe('Step 3/3 : CMD ["cat", "/x"]');
    expect(lines[run + 4]).toBe(' ---> Using cache');
    expect(second.stdout).not.toContain('Running in');
    expect(/Successfully built (\w+)/.exec(second.stdout)![1]).toBe(/Successfully built (\w+)/.exec(first.stdout)![1]);
    const images = await docker(['images', '--format', '{{.Repository}}:{{.Tag}}']);
    expect(images.stdout.split('\n')).toEqual(expect.arrayContaining(['hello:1', 'hello:2', 'alpine:latest']));
  });

  it('fails with the classic message and the command exit code', async () => {
    const run = await docker(['build', context('FROM alpine\nRUN nosuchcommand\n')]);
    expect(run.stderr).toContain("The command '/bin/sh -c nosuchcommand' returned a non-zero code: 127");
    expect(run.code).toBe(127);
  });

  it('counts metadata instructions and prints only the image ID with -q', async () => {
    const run = await docker(['build', '-q', context('FROM alpine\nENV A=1\nLABEL b=2\nRUN echo quiet\n')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    const loud = await docker(['build', '--no-cache', context('FROM alpine\nENV A=1\nLABEL b=2\nRUN echo quiet\n')]);
    expect(loud.stdout).toContain('Step 2/4 : ENV A=1');
    expect(loud.stdout).toContain('Step 3/4 : LABEL b=2');
    expect(loud.stdout).not.toContain('Using cache');
  });
});
