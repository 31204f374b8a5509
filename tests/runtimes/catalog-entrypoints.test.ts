// Every catalog image's advertised start (Entrypoint, Cmd) and its interpreter links (python3 ->
// python3.12, pip -> pip3, npm -> npm-cli.js …) resolve to a program that runs: `docker run
// python:3.12-alpine python3 …` must never fail with "executable file not found" (issue 15).
import { afterAll, describe, expect, it } from 'vitest';
import { hubCatalog } from '../../src/engine/registry/catalog/index.ts';
import { dockerHub } from '../../src/engine/registry/registry.ts';
import { findExecutable } from '../../src/engine/containers/process.ts';
import { closeSpareWorkers } from '../../src/runtimes/process-host.ts';
import { BIN_DIRS, imageFs } from '../shell/userland/images.ts';
import { shellRuntime } from '../../src/session/runtime.ts';
import type { Vfs } from '../../src/vfs/vfs.ts';

afterAll(() => closeSpareWorkers());

// Every distinct amd64 image of the catalog with its config, named by its first repo:tag.
function catalogConfigs(): { name: string; env: string[]; start: string[] }[] {
  const seen = new Set<string>();
  const out: { name: string; env: string[]; start: string[] }[] = [];
  for (const repo of hubCatalog.values()) {
    for (const tag of Object.keys(repo.tags)) {
      const manifest = dockerHub().resolveTag(repo.name, tag)?.manifests.find((m) => m.platform === 'linux/amd64');
      if (!manifest || seen.has(manifest.digest)) continue;
      seen.add(manifest.digest);
      const { Env, Entrypoint, Cmd } = manifest.config.config ?? {};
      out.push({ name: `${repo.name}:${tag}`, env: Env ?? [], start: [...(Entrypoint ?? []), ...(Cmd ?? [])] });
    }
  }
  return out;
}

// Runs `argv` as the engine runs a container's process: exec form, the image's environment.
async function exec(fs: Vfs, argv: string[], env: string[]) {
  let out = '';
  let err = '';
  const code = await shellRuntime().run(
    { fs, argv, env, cwd: '/', user: 'root', hostname: 'c0ffee' },
    { stdout: { write: (t) => (out += t) }, stderr: { write: (t) => (err += t) }, stdin: '', tty: false, columns: 80, signal: new AbortController().signal, sleep: () => Promise.resolve() },
  );
  return { out, err, code };
}

const INTERPRETER = /^(python|pip|node|nodejs|npm)(\d+(\.\d+)?)?$/;
const envValue = (env: string[], key: string) => env.find((e) => e.startsWith(`${key}=`))?.slice(key.length + 1);

describe('catalog images start what they advertise', () => {
  for (const image of catalogConfigs()) {
    it(`${image.name}: no dangling link on PATH, the start command exists, interpreters run`, async () => {
      const fs = imageFs(image.name);
      const dangling = BIN_DIRS.filter((d) => fs.exists(d)).flatMap((d) => fs.readdir(d).map((e) => `${d}/${e}`)).filter((p) => fs.lexists(p) && !fs.exists(p));
      expect(dangling).toEqual([]);
      if (image.start.length) expect(findExecutable(fs, image.start[0], image.env), image.start[0]).toBe(true);
      const python = envValue(image.env, 'PYTHON_VERSION');
      const node = envValue(image.env, 'NODE_VERSION');
      for (const dir of BIN_DIRS.filter((d) => fs.exists(d))) {
        for (const name of fs.readdir(dir).filter((n) => INTERPRETER.test(n))) {
          const r = await exec(fs, [name, '--version'], image.env);
          const expected = name.startsWith('python') ? `Python ${python}\n` : name.startsWith('pip') ? /^pip 24\.3\.1 from \/usr\/local\/lib\/python3\.\d+\/site-packages\/pip \(python 3\.\d+\)\n$/ : name === 'npm' ? /^\d+\.\d+\.\d+\n$/ : `v${node}\n`;
          expect({ name, code: r.code, err: r.err }).toEqual({ name, code: 0, err: '' });
          if (typeof expected === 'string') expect(r.out, name).toBe(expected);
          else expect(r.out, name).toMatch(expected);
        }
      }
      // The interpreter images' default command (a REPL reading an empty stdin) runs and exits 0.
      if (python || node) expect(await exec(fs, image.start, image.env)).toEqual({ out: '', err: '', code: 0 });
    });
  }
});
