import { describe, expect, it } from 'vitest';
import { BuildError } from '../../../../src/engine/builder/build/errors.ts';
import { build, buildEngine } from './helpers.ts';

const warningsOf = (events: { type: string; text?: string }[]) => events.flatMap((e) => (e.type === 'warning' ? [e.text] : []));

describe('build checks in a build', () => {
  it('warns on the load-definition vertex and still builds', async () => {
    const engine = buildEngine();
    const { events, result } = await build(engine, { Dockerfile: 'FROM scratch as base\nCOPY $FILE /\n', a: 'x' });
    expect(result?.warnings.map((w) => w.rule)).toEqual(['FromAsCasing', 'UndefinedVar']);
    expect(warningsOf(events)).toEqual([
      "FromAsCasing: 'as' and 'FROM' keywords' casing do not match (line 1)",
      "UndefinedVar: Usage of undefined variable '$FILE' (line 2)",
    ]);
  });

  it('# check=error=true fails the build at the first finding and leaves no image', async () => {
    const engine = buildEngine();
    const { error } = await build(engine, { Dockerfile: '# check=error=true\nFROM scratch as base\nCOPY a /\n', a: 'x' }, { tags: ['docker.io/library/t:latest'] });
    expect(error).toBeInstanceOf(BuildError);
    const e = error as BuildError;
    expect(e.message).toBe('lint violation found for rules: FromAsCasing');
    expect(e.location?.startLine).toBe(2);
    expect(e.warnings).toHaveLength(1);
    expect(engine.imageList({}).length).toBe(0);
  });

  it('the BUILDKIT_DOCKERFILE_CHECK build arg overrides the directive', async () => {
    const engine = buildEngine();
    const files = { Dockerfile: '# check=error=true\nFROM scratch as base\nCOPY a /\n', a: 'x' };
    const { result } = await build(engine, files, { buildArgs: new Map([['BUILDKIT_DOCKERFILE_CHECK', 'skip=all']]) });
    expect(result?.warnings).toEqual([]);
  });

  it('reports the checks before an unknown instruction, then the parse error', async () => {
    const engine = buildEngine();
    const { error, events } = await build(engine, { Dockerfile: 'FROM scratch AS Bad\nBADCMD\n' });
    expect((error as BuildError).message).toContain('unknown instruction: BADCMD');
    expect((error as BuildError).warnings.map((w) => w.rule)).toEqual(['StageNameCasing']);
    expect(warningsOf(events)).toHaveLength(1);
  });

  it('warns when COPY names a file .dockerignore excludes (and the copy then fails)', async () => {
    const engine = buildEngine();
    const { error, events } = await build(engine, { Dockerfile: 'FROM scratch\nCOPY secret.txt /\n', 'secret.txt': 's', '.dockerignore': 'secret.txt\n' });
    expect(warningsOf(events)).toEqual(['CopyIgnoredFile: Attempting to Copy file "secret.txt" that is excluded by .dockerignore (line 2)']);
    expect((error as BuildError).message).toContain('"/secret.txt": not found');
  });

  it("UndefinedVar knows the base image's ENV", async () => {
    const engine = buildEngine();
    const { result } = await build(engine, { Dockerfile: 'FROM alpine:3.20\nENV PATH=$PATH:/opt/bin\nWORKDIR /w$PAHT\n' });
    expect(result?.warnings.map((w) => w.detail)).toEqual(["Usage of undefined variable '$PAHT' (did you mean $PATH?)"]);
  });
});
