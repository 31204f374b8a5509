// The sandbox's starting machine (/sandbox/): its starter folders build as their README says — the
// site and the report do, the sources' multi-stage example as written does not —, it has no checkpoints,
// and its page offers every image of the workbook's registries, each pullable there.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';
import { readWorkspace } from '../../src/sim/workspace.ts';
import { LESSONS_DIR } from '../../src/sim/grade/lessons.ts';
import { sandboxCatalog } from '../../lessons/sandbox/catalog.ts';

const workspace = readWorkspace(join(LESSONS_DIR, 'sandbox', 'files'));

async function run(lines: string[]): Promise<{ line: string; exitCode: number; out: string }[]> {
  const session = createSession({ storage: memoryStorage(), realTime: false });
  await session.start({ lessonId: 'sandbox', workspace, checkpoints: [], tty: false, columns: 80, rows: 24 });
  const results = [];
  for (const line of lines) {
    let out = '';
    const result = await session.feed(line, (chunk) => (out += chunk.text));
    await new Promise((resolve) => setTimeout(resolve, 0));
    results.push({ line, exitCode: result.kind === 'ran' ? result.exitCode : -1, out });
  }
  return results;
}

describe('the sandbox', () => {
  it('ships the sources\' multi-stage example exactly as lesson 12 shows it', () => {
    for (const file of ['Dockerfile', 'Pipfile', 'Pipfile.lock', 'app.py']) {
      expect(readFileSync(join(LESSONS_DIR, 'sandbox/files/seed-multistage', file), 'utf8'), file).toBe(readFileSync(join(LESSONS_DIR, '12-multi-stage-builds/files/seedfix', file), 'utf8'));
    }
  });

  it('builds and serves the site, builds the report, and refuses the example as written', async () => {
    // nginx's entrypoint takes a few turns of the event loop to start: curl is asked again, as a learner would.
    const results = await run(['docker build -q -t site site', 'docker run -d -p 8080:80 --name web site', ...Array(20).fill('curl -s localhost:8080 || true'), 'curl -s localhost:8080', 'docker build -q -t report report', 'docker run --rm report', 'docker build -q -t seed seed-multistage']);
    const [seed, report, build, curl] = results.slice().reverse();
    expect(results.filter((r) => r !== seed).map((r) => [r.line, r.exitCode])).toEqual(results.filter((r) => r !== seed).map((r) => [r.line, 0]));
    expect(curl.out).toContain('<h1>Docker Images Workbook</h1>');
    expect(report.out).toMatch(/^== report ==$/m);
    expect(build.line).toBe('docker build -q -t report report');
    expect(seed.exitCode).not.toBe(0);
  });
});

describe("the sandbox's catalog", () => {
  it('offers every image of the registries, and each Pull button pulls it', async () => {
    const catalog = await sandboxCatalog();
    const names = catalog.map((r) => r.name);
    // Docker Hub's official and community images, and the other public registries' (full names).
    for (const name of ['alpine', 'nginx', 'python', 'node', 'registry', 'bitnami/nginx', 'jpetazzo/clock', 'ghcr.io/containerd/busybox', 'gcr.io/distroless/static-debian12', 'registry.k8s.io/pause']) expect(names).toContain(name);
    expect(new Set(names).size).toBe(names.length);
    const images = catalog.flatMap((r) => r.images);
    const results = await run(images.flatMap((i) => [`${i.pull} -q`, `docker image inspect -f '{{.Id}}' ${i.reference}`]));
    expect(results.filter((r) => r.exitCode !== 0).map((r) => `${r.line}: ${r.out}`)).toEqual([]);
    // One button per image: no two buttons of a repository pull the same image (a mirror elsewhere may be the same image).
    const ids = results.filter((r) => r.line.startsWith('docker image inspect')).map((r) => r.out.trim());
    let at = 0;
    for (const repo of catalog) {
      const mine = ids.slice(at, (at += repo.images.length));
      expect(new Set(mine).size, repo.name).toBe(repo.images.length);
    }
  });

  it('lists every tag of an image once, beside the tag its button pulls', async () => {
    const alpine = (await sandboxCatalog()).find((r) => r.name === 'alpine')!;
    const newest = alpine.images.find((i) => i.tags.includes('latest'))!;
    expect(newest.pull).toBe('docker pull alpine');
    expect(newest.tags).toEqual(expect.arrayContaining(['latest', '3.21', '3.21.3', '3']));
    const tags = alpine.images.flatMap((i) => i.tags);
    expect(new Set(tags).size).toBe(tags.length);
    const python = (await sandboxCatalog()).find((r) => r.name === 'python')!;
    expect(python.images.map((i) => i.pull)).toContain('docker pull python:3.12-alpine');
  });
});

describe("the sandbox's state", () => {
  it('is kept like a lesson\'s, across a reload, until Reset sandbox', async () => {
    const storage = memoryStorage();
    const open = async () => {
      const session = createSession({ storage, realTime: false });
      await session.start({ lessonId: 'sandbox', workspace, checkpoints: [], tty: false, columns: 80, rows: 24 });
      const images = async () => {
        let out = '';
        await session.feed("docker images --format '{{.Repository}}:{{.Tag}}'", (chunk) => (out += chunk.text));
        return out;
      };
      return { session, images };
    };
    const first = await open();
    await first.session.feed('docker pull -q alpine:3.19', () => {});
    await first.session.feed('echo mine > notes.txt', () => {});
    const again = await open();
    expect(await again.images()).toBe('alpine:3.19\n');
    await again.session.reset();
    expect(await again.images()).toBe('');
    let notes = '';
    await again.session.feed('ls', (chunk) => (notes += chunk.text));
    expect(notes).not.toContain('notes.txt');
    expect(notes).toContain('site');
  });
});
