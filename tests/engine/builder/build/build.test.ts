// The build in the engine: image config and history as BuildKit writes them, the cache, and failures.
import { describe, expect, it } from 'vitest';
import { build, buildEngine, cachedNames, vertexNames } from './helpers.ts';

const tag = 'docker.io/library/app:latest';

describe('build', () => {
  it('writes config and history as BuildKit does', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20\nARG A=1\nARG B\nENV E=x\nRUN true\nEXPOSE 80 53/udp\nVOLUME /data\nSHELL ["/bin/sh", "-c"]\nENTRYPOINT ["/bin/sh"]\nHEALTHCHECK --interval=5s --retries=3 CMD true\nWORKDIR /app\n';
    const r = await build(engine, { Dockerfile }, { tags: [tag], buildArgs: new Map([['B', '2']]) });
    const config = engine.store.config(r.result!.imageId);
    expect(config.config.Cmd).toBeUndefined();
    expect(config.config.Entrypoint).toEqual(['/bin/sh']);
    expect(config.history.slice(2).map((h) => [h.created_by, h.empty_layer ?? false])).toEqual([
      ['ARG A=1', true],
      ['ARG B', true],
      ['ENV E=x', true],
      ['RUN |2 A=1 B=2 /bin/sh -c true # buildkit', false],
      ['EXPOSE [53/udp 80/tcp]', true],
      ['VOLUME [/data]', true],
      ['SHELL [/bin/sh -c]', true],
      ['ENTRYPOINT ["/bin/sh"]', true],
      [`HEALTHCHECK &{["CMD-SHELL" "true"] "5s" "0s" "0s" "0s" '\\x03'}`, true],
      ['WORKDIR /app', false],
    ]);
    expect(engine.store.tags.get(tag)).toBe(r.result!.imageId);
  });

  it('reuses the cache until a copied file changes; ignored files never bust it', async () => {
    const engine = buildEngine();
    const files = { Dockerfile: 'FROM alpine:3.20\nRUN echo one\nCOPY . /src\nRUN echo two\n', 'a.txt': 'a', '.dockerignore': '*.log\n', 'x.log': '1' };
    const first = await build(engine, files);
    const again = await build(engine, { ...files, 'x.log': '2' });
    expect(cachedNames(again.events)).toEqual(['[2/4] RUN echo one', '[3/4] COPY . /src', '[4/4] RUN echo two']);
    expect(again.result!.imageId).toBe(first.result!.imageId);
    const edited = await build(engine, { ...files, 'a.txt': 'b' });
    expect(cachedNames(edited.events)).toEqual(['[2/4] RUN echo one']);
    const noCache = await build(engine, files, { noCache: true });
    expect(cachedNames(noCache.events)).toEqual([]);
  });

  it('numbers the steps of each stage and runs only what the target needs', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20 AS base\nRUN echo base\nFROM base AS unused\nRUN echo unused\nFROM base\nRUN echo final\n';
    const r = await build(engine, { Dockerfile });
    expect(vertexNames(r.events).filter((n) => n.startsWith('['))).toEqual([
      '[internal] load build definition from Dockerfile',
      '[internal] load metadata for docker.io/library/alpine:3.20',
      '[internal] load .dockerignore',
      '[base 1/2] FROM docker.io/library/alpine:3.20@sha256:e35d30f4774c1100da7bb0119f30634e00b9ed882f6ae659fe5a67c828012554',
      '[base 2/2] RUN echo base',
      '[stage-2 1/1] RUN echo final',
    ]);
    const t = await build(engine, { Dockerfile }, { target: 'nope' });
    expect(t.error?.message).toBe('target stage "nope" could not be found');
  });

  it('a failed step leaves no image and reports the exit code', async () => {
    const engine = buildEngine();
    const before = engine.store.allImages().length;
    const r = await build(engine, { Dockerfile: 'FROM alpine:3.20\nRUN echo out && exit 3\n' }, { tags: [tag] });
    expect(r.error?.message).toBe('process "/bin/sh -c echo out && exit 3" did not complete successfully: exit code: 3');
    expect(engine.store.allImages().length).toBe(before);
    expect(engine.store.tags.has(tag)).toBe(false);
  });

  it('copies with Docker destination rules, --chown and --chmod', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20\nWORKDIR /w\nCOPY a.txt rel\nCOPY --chown=nobody --chmod=600 d/ dest/\nRUN cat rel > /out\n';
    const r = await build(engine, { Dockerfile, 'a.txt': 'hello', 'd/f': 'f' });
    expect(r.error).toBeUndefined();
    const { imageRootfs } = await import('../../../../src/engine/images/rootfs.ts');
    const { Vfs } = await import('../../../../src/vfs/vfs.ts');
    const fs = new Vfs(imageRootfs(engine.store, r.result!.imageId));
    expect(fs.readText('/w/rel')).toBe('hello');
    const f = fs.stat('/w/dest/f');
    expect([f.mode, f.uid, f.gid]).toEqual([0o600, 65534, 65534]);
  });
});
