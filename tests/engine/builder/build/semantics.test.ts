// Dockerfile semantics as BuildKit has them (each case also checked against buildah, tests/oracle).
import { describe, expect, it } from 'vitest';
import { Vfs } from '../../../../src/vfs/vfs.ts';
import { imageRootfs } from '../../../../src/engine/images/rootfs.ts';
import { build, buildEngine } from './helpers.ts';

const logs = (events: Awaited<ReturnType<typeof build>>['events']) => events.flatMap((e) => (e.type === 'log' ? [e.text.trimEnd()] : []));

describe('one instruction, several pairs', () => {
  it('a reference to a variable set earlier in the same ENV, LABEL or ARG sees its value from before', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20\nENV A=outer\nENV A=inner B=$A\nLABEL l1=one l2=x$l1\nARG X=1\nARG X=2 Y=$X\n';
    const r = await build(engine, { Dockerfile });
    const config = engine.store.config(r.result!.imageId);
    expect(config.config.Env).toContain('B=outer');
    expect(config.config.Labels).toEqual({ l1: 'one', l2: 'x' });
    expect(config.history.slice(-5).map((h) => h.created_by)).toEqual(['ENV A=outer', 'ENV A=inner B=outer', 'LABEL l1=one l2=x', 'ARG X=1', 'ARG X=2 Y=1']);
  });
});

describe('USER', () => {
  it('runs later RUN steps as that user: id, file ownership, and the kernel\'s permission errors', async () => {
    const engine = buildEngine();
    const Dockerfile = 'FROM alpine:3.20\nRUN mkdir /data && chmod 777 /data\nUSER nobody\nRUN id; echo hi > /data/f; touch /x || true; echo no > /y || true\nWORKDIR /data/w\n';
    const r = await build(engine, { Dockerfile });
    expect(logs(r.events)).toEqual(['uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)', 'touch: /x: Permission denied', "/bin/sh: can't create /y: Permission denied"]);
    const fs = new Vfs(imageRootfs(engine.store, r.result!.imageId));
    expect([fs.stat('/data/f').uid, fs.stat('/data/f').gid, fs.stat('/data/w').uid]).toEqual([65534, 65534, 65534]);
    expect(fs.exists('/x')).toBe(false);
    expect(engine.store.config(r.result!.imageId).config.User).toBe('nobody');
  });

  it('a numeric user needs no passwd entry; an unknown name fails the step with runc\'s error', async () => {
    const engine = buildEngine();
    const ok = await build(engine, { Dockerfile: 'FROM alpine:3.20\nUSER 1234:100\nRUN id\n' });
    expect(logs(ok.events)).toEqual(['uid=1234 gid=100(users) groups=100(users)']);
    const bad = await build(engine, { Dockerfile: 'FROM alpine:3.20\nUSER bob\nRUN id\n' });
    expect(bad.error?.message).toBe('process "/bin/sh -c id" did not complete successfully: unable to find user bob: no matching entries in passwd file');
  });
});

describe('the layer limit', () => {
  it('an image holds 127 layers; the step that would write a 128th fails with max depth exceeded', async () => {
    const engine = buildEngine();
    const steps = (n: number) => Array.from({ length: n }, (_, i) => `RUN echo ${i} > /f${i}`).join('\n');
    const full = await build(engine, { Dockerfile: `FROM alpine:3.20\n${steps(126)}\n` });
    expect(engine.store.config(full.result!.imageId).rootfs.diff_ids).toHaveLength(127);
    const over = await build(engine, { Dockerfile: `FROM alpine:3.20\n${steps(126)}\nENV A=1\nRUN echo over\n` });
    expect(over.error?.message).toMatch(/^failed to prepare [a-z0-9]{25}: max depth exceeded$/);
    expect(over.events.filter((e) => e.type === 'error')).toHaveLength(1);
    expect((over.error as { step?: { name: string } }).step?.name).toBe('[128/128] RUN echo over');
  });
});

describe('SHELL with option letters', () => {
  it('SHELL ["/bin/sh", "-ec"] stops a RUN at the first failure; -eux traces each command', async () => {
    const engine = buildEngine();
    const fail = await build(engine, { Dockerfile: 'FROM alpine:3.20\nSHELL ["/bin/sh", "-ec"]\nRUN false; echo never\n' });
    expect(fail.error?.message).toBe('process "/bin/sh -ec false; echo never" did not complete successfully: exit code: 1');
    expect(logs(fail.events)).toEqual([]);
    const traced = await build(engine, { Dockerfile: 'FROM alpine:3.20\nSHELL ["/bin/sh", "-eux", "-c"]\nRUN echo traced\n' });
    expect(logs(traced.events)).toEqual(['+ echo traced', 'traced']);
  });
});
