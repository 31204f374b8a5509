// RUN --mount as BuildKit has it: secrets, caches and binds exist only while their step runs.
import { describe, expect, it } from 'vitest';
import { Vfs } from '../../../../src/vfs/vfs.ts';
import { imageRootfs } from '../../../../src/engine/images/rootfs.ts';
import { build, buildEngine } from './helpers.ts';

const logs = (events: Awaited<ReturnType<typeof build>>['events']) => events.flatMap((e) => (e.type === 'log' ? [e.text.trimEnd()] : []));
const secrets = new Map([['token', new TextEncoder().encode('s3cr3t')]]);

describe('RUN --mount=type=secret', () => {
  it('shows the secret at /run/secrets/<id> during that RUN only: no layer, history or config holds it', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20\nRUN --mount=type=secret,id=token wc -c < /run/secrets/token && stat -c "%a %u" /run/secrets/token\nRUN ls /run/secrets 2>&1 || true\n';
    const r = await build(engine, { Dockerfile }, { secrets });
    expect(logs(r.events)).toEqual(['6', '400 0', 'ls: /run/secrets: No such file or directory']);
    const id = r.result!.imageId;
    const fs = new Vfs(imageRootfs(engine.store, id));
    expect(fs.exists('/run/secrets')).toBe(false);
    const everything = new TextDecoder().decode(Buffer.concat(engine.store.config(id).rootfs.diff_ids.map((d) => engine.store.layerTar(d)!)));
    expect(everything).not.toContain('s3cr3t');
    expect(JSON.stringify(engine.store.config(id))).not.toContain('s3cr3t');
    expect(engine.store.config(id).history.at(-2)!.created_by).toBe('RUN /bin/sh -c wc -c < /run/secrets/token && stat -c "%a %u" /run/secrets/token # buildkit');
  });

  it('takes target, mode, uid and env=; a secret nobody passed is skipped unless required', async () => {
    const engine = buildEngine();
    const Dockerfile = [
      'FROM alpine:3.20',
      'RUN --mount=type=secret,id=token,target=/etc/tok,mode=0444,uid=65534 stat -c "%a %u" /etc/tok',
      'RUN --mount=type=secret,id=token,env=TOKEN echo "$TOKEN"; ls /run/secrets 2>&1 || true',
      'RUN --mount=type=secret,id=absent cat /run/secrets/absent 2>&1 || echo skipped',
    ].join('\n');
    const r = await build(engine, { Dockerfile }, { secrets });
    expect(logs(r.events)).toEqual(['444 65534', 's3cr3t', 'ls: /run/secrets: No such file or directory', 'cat: can\'t open \'/run/secrets/absent\': No such file or directory', 'skipped']);
    const missing = await build(engine, { Dockerfile: 'FROM alpine:3.20\nRUN --mount=type=secret,id=npm,required true\n' });
    expect(missing.error?.message).toBe('secret npm: not found');
  });

  it('does not put the secret in the cache key: a cached step needs no secret', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20\nRUN --mount=type=secret,id=token,required cat /run/secrets/token > /dev/null\n';
    const first = await build(engine, { Dockerfile }, { secrets });
    const again = await build(engine, { Dockerfile });
    expect(again.result!.imageId).toBe(first.result!.imageId);
  });
});

describe('RUN --mount=type=cache and type=bind', () => {
  it('a cache directory persists across builds and stays out of the image', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache echo run >> /root/.cache/log && wc -l < /root/.cache/log\n';
    await build(engine, { Dockerfile });
    const r = await build(engine, { Dockerfile }, { noCache: true });
    expect(logs(r.events)).toEqual(['2']);
    expect(new Vfs(imageRootfs(engine.store, r.result!.imageId)).exists('/root/.cache')).toBe(false);
  });

  it('a bind mount shows the context or another stage during the step; its writes are discarded', async () => {
    const engine = buildEngine();
    const Dockerfile = [
      'FROM alpine:3.20 AS tools',
      'RUN echo from-stage > /tool',
      'FROM alpine:3.20',
      'RUN --mount=type=bind,source=src,target=/src cat /src/a.txt && echo x > /src/new',
      'RUN --mount=type=bind,from=tools,source=/tool,target=/usr/bin/tool cat /usr/bin/tool',
      'RUN ls /src 2>&1 || true',
    ].join('\n');
    const r = await build(engine, { Dockerfile, 'src/a.txt': 'from-context\n' });
    expect(logs(r.events)).toEqual(['from-context', 'from-stage', 'ls: /src: No such file or directory']);
  });
});
