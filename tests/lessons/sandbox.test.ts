// The sandbox's starting machine (/sandbox/): its starter folders build as their README says — the
// site and the report do, the sources' multi-stage example as written does not — and it has no checkpoints.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';
import { readWorkspace } from '../../src/sim/workspace.ts';
import { LESSONS_DIR } from '../../src/sim/grade/lessons.ts';

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
