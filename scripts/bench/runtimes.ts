// Language runtime figures for `npm run bench` (issue 15): the first `python3 -c 'print(1)'` and
// `node -e` in a fresh worker (the WebAssembly loads), later runs (a warm spare worker is waiting), each
// over a copy of the files of the image it runs in (python:3.12, node:22), and
// the whole offline site with the runtimes' chunks and .wasm files (.bench/dist from the build stage).
// A run's CPU time is the whole process's (process.cpuUsage): the program runs on the worker's thread.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { medianTiming, recordFigures, type Timing } from './figures.mjs';
import { makePython } from '../../src/runtimes/python/program.ts';
import { makeNode } from '../../src/runtimes/node/program.ts';
import { closeSpareWorkers, sparesReady } from '../../src/runtimes/process-host.ts';
import { activitySettled } from '../../src/kernel/activity.ts';
import type { Vfs } from '../../src/vfs/vfs.ts';
import { Engine } from '../../src/engine/engine.ts';
import { normalizeReference } from '../../src/engine/images/names.ts';
import { simulatedClock } from '../../src/session/clock.ts';
import type { Program, ProgramContext } from '../../src/kernel/process.ts';

const engine = new Engine(simulatedClock());

// A fresh copy of an image's files, as a container started from it has.
async function imageFiles(name: string): Promise<() => Vfs> {
  for await (const _message of engine.imageCreate({ ref: normalizeReference(name) })) {
    // drain the pull's progress
  }
  const id = engine.imageId(name);
  if (!id) throw new Error(`bench: ${name} did not pull`);
  return () => engine.imageFiles(id);
}

// One process's context: the image's files, output collected.
function context(files: () => Vfs, argv: string[], env: Record<string, string>): { ctx: ProgramContext; out: () => string } {
  let out = '';
  const writer = { write: (t: string) => void (out += t) };
  const ctx: ProgramContext = {
    argv, env: new Map(Object.entries(env)), cwd: '/', fs: files(), stdin: '', stdout: writer, stderr: writer,
    isTty: false, columns: 80, signal: new AbortController().signal, sleep: () => Promise.resolve(), chdir: () => undefined,
  } as ProgramContext;
  return { ctx, out: () => out };
}

// One run's wall clock and the CPU of every thread of the process meanwhile (the engine's and the worker's).
async function timed(fn: () => unknown): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

async function runOnce(program: Program, files: () => Vfs, argv: string[], env: Record<string, string>, expected: string): Promise<Timing> {
  const { ctx, out } = context(files, argv, env);
  const t = await timed(() => program(ctx));
  if (out() !== expected) throw new Error(`bench: ${argv.join(' ')} printed ${JSON.stringify(out())}`);
  return t;
}

// The first run in a fresh worker, then the median of 9 later runs, each once the spare worker is ready.
async function firstAndLater(program: Program, image: string, argv: string[], env: Record<string, string>, expected: string): Promise<[Timing, Timing]> {
  const files = await imageFiles(image);
  await closeSpareWorkers();
  const first = await runOnce(program, files, argv, env, expected);
  const later: Timing[] = [];
  for (let i = 0; i < 9; i++) {
    await activitySettled(5_000);
    await sparesReady();
    later.push(await runOnce(program, files, argv, env, expected));
  }
  return [first, medianTiming(later)];
}

function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

const python = makePython();
const node = makeNode();
const [pyFirst, pyLater] = await firstAndLater(python, 'python:3.12', ['python3', '-c', 'print(1)'], { PYTHON_VERSION: '3.12.9' }, '1\n');
const [nodeFirst, nodeLater] = await firstAndLater(node, 'node:22', ['node', '-e', 'console.log(1)'], { NODE_VERSION: '22.14.0' }, '1\n');
await closeSpareWorkers();
const dist = process.env.BENCH_DIST ?? '.bench/dist';

recordFigures('runtimes', [
  { key: 'pythonFirstRunMs', label: "first python3 -c 'print(1)' in a fresh worker", value: pyFirst.wallMs, unit: 'ms', budget: 300 },
  { key: 'pythonFirstRunCpuMs', label: '  the same, CPU time of all threads', value: pyFirst.cpuMs, unit: 'ms', budget: 300 },
  { key: 'pythonLaterRunMs', label: '  later runs (median of 9, a loaded spare waiting)', value: pyLater.wallMs, unit: 'ms', budget: 20 },
  { key: 'pythonLaterRunCpuMs', label: '  the same, CPU time of all threads (mean)', value: pyLater.cpuMs, unit: 'ms', budget: 20 },
  { key: 'nodeFirstRunMs', label: "first node -e 'console.log(1)' in a fresh worker", value: nodeFirst.wallMs, unit: 'ms', budget: 300 },
  { key: 'nodeFirstRunCpuMs', label: '  the same, CPU time of all threads', value: nodeFirst.cpuMs, unit: 'ms', budget: 300 },
  { key: 'nodeLaterRunMs', label: '  later runs (median of 9, a loaded spare waiting)', value: nodeLater.wallMs, unit: 'ms', budget: 20 },
  { key: 'nodeLaterRunCpuMs', label: '  the same, CPU time of all threads (mean)', value: nodeLater.cpuMs, unit: 'ms', budget: 20 },
  ...(existsSync(dist) ? [{ key: 'siteWithRuntimesMB', label: 'the whole offline site, with the language runtimes', value: dirBytes(dist) / 1e6, unit: 'MB', budget: 8 }] : []),
]);
