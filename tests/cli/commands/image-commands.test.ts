// `docker tag`, `rmi`, `image inspect`, `inspect` and `image prune` as a learner sees them: stdout,
// stderr and exit status, against a fresh simulated daemon.
import { describe, expect, it } from 'vitest';
import { dockerProgram } from '../../../src/cli/docker.ts';
import type { ProgramContext } from '../../../src/kernel/process.ts';
import { encodeGoJson, goIndent } from '../../../src/format/go/record.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { normalizeReference } from '../../../src/engine/images/names.ts';
import { simulatedClock } from '../../../src/session/clock.ts';

async function engineWith(...names: string[]): Promise<Engine> {
  const engine = new Engine(simulatedClock());
  for (const name of names) for await (const _ of engine.imageCreate({ ref: normalizeReference(name) })) void _;
  return engine;
}

async function docker(engine: Engine, argv: string[], stdin = ''): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const ctx = {
    argv: ['docker', ...argv], env: new Map<string, string>(), cwd: '/', fs: {} as never, stdin,
    stdout: { write: (t: string) => void (out += t) }, stderr: { write: (t: string) => void (err += t) },
    isTty: false, columns: 80, signal: new AbortController().signal, sleep: async () => {},
  } satisfies ProgramContext;
  const code = await dockerProgram(engine)(ctx);
  return { out, err, code };
}

describe('docker tag', () => {
  it('checks both references client-side, in docker words', async () => {
    const engine = await engineWith('alpine:latest');
    expect(await docker(engine, ['tag', 'alpine', 'Foo'])).toEqual({
      out: '', code: 1,
      err: 'Error parsing reference: "Foo" is not a valid repository/tag: invalid reference format: repository name (library/Foo) must be lowercase\n',
    });
    expect((await docker(engine, ['tag', 'alpine', `foo@sha256:${'a'.repeat(64)}`])).err).toBe('refusing to create a tag with a digest reference\n');
    expect(await docker(engine, ['tag', 'nope', 'foo'])).toEqual({ out: '', err: 'Error response from daemon: No such image: nope:latest\n', code: 1 });
    expect(await docker(engine, ['image', 'tag', 'alpine', 'foo:v1'])).toEqual({ out: '', err: '', code: 0 });
  });
});

describe('docker rmi', () => {
  it('prints successes as they come and every error at the end; -f forgives missing images', async () => {
    const engine = await engineWith('alpine:latest');
    engine.imageTag('alpine', 'foo', 'v1');
    const r = await docker(engine, ['rmi', 'nope', 'foo:v1', 'alsonope']);
    expect(r).toEqual({
      out: 'Untagged: foo:v1\n', code: 1,
      err: 'Error response from daemon: No such image: nope:latest\nError response from daemon: No such image: alsonope:latest\n',
    });
    expect(await docker(engine, ['rmi', '-f', 'nope'])).toEqual({ out: '', err: 'Error response from daemon: No such image: nope:latest\n', code: 0 });
  });
});

describe('docker image inspect / docker inspect', () => {
  it('prints the daemon document as a 4-space indented array', async () => {
    const engine = await engineWith('alpine:latest');
    const r = await docker(engine, ['image', 'inspect', 'alpine']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('[\n    {\n        "Id": "sha256:')).toBe(true);
    expect(r.out.endsWith('        }\n    }\n]\n')).toBe(true);
    expect(JSON.parse(r.out)[0].Config).toEqual({ Env: expect.any(Array), Cmd: ['/bin/sh'], WorkingDir: '/', ArgsEscaped: true });
  });

  it('prints [] and the daemon error for a missing image; docker inspect says No such object', async () => {
    const engine = await engineWith();
    expect(await docker(engine, ['image', 'inspect', 'nope'])).toEqual({ out: '[]\n', err: 'Error response from daemon: No such image: nope:latest\n', code: 1 });
    expect(await docker(engine, ['inspect', 'nope'])).toEqual({ out: '[]\n', err: 'Error: No such object: nope\n', code: 1 });
  });

  it('runs templates on the typed struct (.ID), falling back to the raw document (.Id)', async () => {
    const engine = await engineWith('alpine:latest');
    const id = engine.resolveImage('alpine');
    expect((await docker(engine, ['inspect', '-f', '{{.ID}}', 'alpine'])).out).toBe(`${id}\n`);
    expect((await docker(engine, ['inspect', '-f', '{{.Id}}', 'alpine'])).out).toBe(`${id}\n`);
    expect((await docker(engine, ['inspect', '-f', '{{json .Config.Cmd}}', 'alpine'])).out).toBe('["/bin/sh"]\n');
    expect(await docker(engine, ['inspect', '-f', '{{.X', 'alpine'])).toEqual({ out: '', err: 'template parsing error: template: :1: unclosed action\n', code: 64 });
  });

  it('encodes Go structs in field order, maps sorted, no HTML escaping; json.Indent keeps {} and [] short', () => {
    expect(encodeGoJson({ b: '<&>', a: [] })).toBe('{"a":[],"b":"<&>"}');
    expect(goIndent('[{"a":{},"b":[1,2],"c":"x,:{"}]', '    ')).toBe('[\n    {\n        "a": {},\n        "b": [\n            1,\n            2\n        ],\n        "c": "x,:{"\n    }\n]');
  });
});

describe('docker image prune', () => {
  it('asks first; anything but y ends quietly with status 0', async () => {
    const engine = await engineWith('alpine:latest');
    expect(await docker(engine, ['image', 'prune'], 'n\n')).toEqual({
      out: 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ', err: '', code: 0,
    });
    expect((await docker(engine, ['image', 'prune', '-a'], 'Y\n')).out).toMatch(
      /^WARNING! This will remove all images without at least one container associated to them\.\nAre you sure you want to continue\? \[y\/N\] Deleted Images:\nuntagged: alpine:latest\n(?:.*\n)+\nTotal reclaimed space: [\d.]+MB\n$/,
    );
    expect(await docker(engine, ['image', 'prune', '-f'])).toEqual({ out: 'Total reclaimed space: 0B\n', err: '', code: 0 });
  });
});
