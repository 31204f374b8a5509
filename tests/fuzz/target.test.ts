// The fuzzer's judge over real sessions: what counts as a crash, a hang, or fine.
import { describe, expect, it } from 'vitest';
import { leakIn, sessionTarget } from '../../scripts/fuzz/target.ts';

const judge = sessionTarget({ lineMs: 2000, heapBytes: 4 * 2 ** 30 });

describe('sessionTarget', () => {
  it('passes ordinary lines, failing commands and a half-typed heredoc', async () => {
    expect(await judge({ files: [], lines: ['echo hi', 'ls /nope', 'docker pull nope:1', 'cat <<EOF', 'x'] })).toBeUndefined();
  });

  it('passes a learner who types the words the judge looks for', async () => {
    expect(await judge({ files: [], lines: ["echo 'internal error: [object Object]'"] })).toBeUndefined();
  });

  it('judges a Dockerfile case built in its workspace', async () => {
    expect(await judge({ files: [{ path: 'Dockerfile', content: 'FROM alpine:3.21\nRUN echo hi > /x\n' }], lines: ['docker build -q -t fz .', 'docker run --rm fz cat /x'] })).toBeUndefined();
  });
});

describe('sessionTarget limits', () => {
  it('calls a line that uses more CPU than the limit a hang, naming the line', async () => {
    let cpu = 0;
    const f = await sessionTarget({ lineMs: 2000, heapBytes: 4 * 2 ** 30, cpuMs: () => (cpu += 3000) })({ files: [], lines: ['docker pull alpine'] });
    expect(f).toMatchObject({ kind: 'hang', detail: 'a line used over 2000 ms of CPU (docker pull …)' });
  });
});

describe('sessionTarget and Ctrl-C', () => {
  it('accepts a server in the foreground that Ctrl-C stops, as at a real terminal', async () => {
    const f = await sessionTarget({ lineMs: 1500, heapBytes: 4 * 2 ** 30 })({ files: [], lines: ['docker pull -q nginx:alpine', 'docker run nginx:alpine', 'echo after'] });
    expect(f).toBeUndefined();
  });
});

describe('sessionTarget and programs that print errors by design', () => {
  it("accepts a Node program's own uncaught error and a Python traceback as output, not a leak", async () => {
    const lines = ['docker run --rm node:22-alpine alpine', `docker run --rm python:3.12-alpine python3 -c 'len(1)'`];
    expect(await judge({ files: [], lines })).toBeUndefined();
  });
});

describe('leakIn', () => {
  it("finds the simulator's own faults in output", () => {
    expect(leakIn('x\ninternal error: boom\n')).toBe('internal error');
    expect(leakIn('[object Object]\n')).toBe('[object Object]');
    expect(leakIn("TypeError: Cannot read properties of undefined (reading 'x')\n")).toBe('TypeError: ');
    expect(leakIn('    at runLine (/work/main/src/shell/run.ts:12:7)\n')).toBe('at runLine (/work/main/src/shell/run.ts:12:7)');
    expect(leakIn('    at file:///srv/_astro/worker.js:1:2\n')).toBe('at file:///srv/_astro/worker.js:1:2');
  });

  it("leaves a runtime's own error report alone", () => {
    const node = "Error: Cannot find module '/alpine'\n    at Module._load (node:internal/modules/cjs/loader:1051:27)\n    at Object.<anonymous> (/app/x.js:1:7)\n\nNode.js v22.14.0\n";
    expect(leakIn(node)).toBeUndefined();
    expect(leakIn('Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nTypeError: bad\n')).toBeUndefined();
  });
});
