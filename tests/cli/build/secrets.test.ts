// docker build --secret: the client reads the secret from a file or its environment, as buildx does.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/session/session.ts';
import { memoryStorage } from '../../../src/session/persistence/storage.ts';

const Dockerfile = 'FROM alpine:3.20\nRUN --mount=type=secret,id=token,required cat /run/secrets/token\n';

async function machine() {
  const session = createSession({ storage: memoryStorage(), realTime: false });
  await session.start({ lessonId: 'secrets', workspace: [{ path: 'Dockerfile', content: Dockerfile }, { path: 'token.txt', content: 'from-file\n' }], checkpoints: [], tty: false, columns: 80, rows: 24 });
  return async (line: string) => {
    let out = '';
    const result = await session.feed(line, (chunk) => (out += chunk.text));
    return { out, code: result.kind === 'ran' ? result.exitCode : -1 };
  };
}

describe('docker build --secret', () => {
  it('reads src= files and env= variables; a bare id tries the variable, then the file', async () => {
    const run = await machine();
    expect((await run('docker build --progress=plain --no-cache --secret id=token,src=token.txt .')).out).toContain(' from-file\n');
    expect((await run('export TOKEN=from-env')).code).toBe(0);
    expect((await run('docker build --progress=plain --no-cache --secret id=token,env=TOKEN .')).out).toContain(' from-env\n');
    expect((await run('docker build --progress=plain --no-cache --secret id=token .')).out).toMatch(/ERROR: failed to build: failed to stat token: stat token: no such file or directory\n$/);
  });

  it('reports a missing required secret as BuildKit does, and bad flags as buildx does', async () => {
    const run = await machine();
    const missing = await run('docker build --progress=plain .');
    expect(missing.out).toContain('ERROR: failed to build: failed to solve: secret token: not found');
    expect(missing.code).toBe(1);
    expect((await run('docker build --secret token .')).out).toBe("ERROR: failed to build: invalid field 'token' must be a key=value pair\n");
    expect((await run('docker build --secret id=t,type=ssh .')).out).toBe('ERROR: failed to build: unsupported secret type "ssh"\n');
  });
});
