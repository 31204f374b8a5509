// Language runtime figures for `npm run bench` (issue 15): the first `python3 -c 'print(1)'` and
// `node -e` in a fresh worker (the WebAssembly loads), later runs (a warm spare worker is waiting), and
// the whole offline site with the runtimes' chunks and .wasm files (.bench/dist from the build stage).
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { medianTiming, recordFigures, timed, type Timing } from './figures.mjs';
import { makePython } from '../../src/runtimes/python/program.ts';
import { makeNode } from '../../src/runtimes/node/program.ts';
import { closeSpareWorkers } from '../../src/runtimes/process-host.ts';
import { activitySettled } from '../../src/kernel/activity.ts';
import { Vfs } from '../../src/vfs/vfs.ts';
import type { Program, ProgramContext } from '../../src/kernel/process.ts';

// One process's context: an empty filesystem, output collected.
function context(argv: string[], env: Record<string, string>): { ctx: ProgramContext; out: () => string } {
  let out = '';
  const writer = { write: (t: string) => void (out += t) };
  const ctx: ProgramContext = {
    argv, env: new Map(Object.entries(env)), cwd: '/', fs: new Vfs(), stdin: '', stdout: writer, stderr: writer,
    isTty: false, columns: 80, signal: new AbortController().signal, sleep: () => Promise.resolve(), chdir: () => undefined,
  } as ProgramContext;
  return { ctx, out: () => out };
}

async function runOnce(program: Program, argv: string[], env: Record<string, string>, expected: string): Promise<Timing> {
  const { ctx, out } = context(argv, env);
  const t = await timed(() => program(ctx));
  if (out() !== expected) throw new Error(`bench: ${argv.join(' ')} printed ${JSON.stringify(out())}`);
  return t;
}

// The first run in a fresh worker, then the median of 9 later runs, each after the spare worker is loaded.
async function firstAndLater(program: Program, argv: string[], env: Record<string, string>, expected: string): Promise<[Timing, Timing]> {
  await closeSpareWorkers();
  const first = await runOnce(program, argv, env, expected);
  const later: Timing[] = [];
  for (let i = 0; i < 9; i++) {
    await activitySettled(5_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    later.push(await runOnce(program, argv, env, expected));
  }
  return [first, medianTiming(later)];
}

function dirBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? dirBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size), 0);
}

const python = makePython();
const node = makeNode();
const [pyFirst, pyLater] = await firstAndLater(python, ['python3', '-c', 'print(1)'], { PYTHON_VERSION: '3.12.9' }, '1\n');
const [nodeFirst, nodeLater] = await firstAndLater(node, ['node', '-e', 'console.log(1)'], { NODE_VERSION: '22.14.0' }, '1\n');
await closeSpareWorkers();
const dist = process.env.BENCH_DIST ?? '.bench/dist';

recordFigures('runtimes', [
  { key: 'pythonFirstRunMs', label: "first python3 -c 'print(1)' in a fresh worker", value: pyFirst.wallMs, unit: 'ms', budget: 300 },
  { key: 'pythonLaterRunMs', label: '  later runs (median of 9, a loaded spare waiting)', value: pyLater.wallMs, unit: 'ms', budget: 20 },
  { key: 'nodeFirstRunMs', label: "first node -e 'console.log(1)' in a fresh worker", value: nodeFirst.wallMs, unit: 'ms', budget: 300 },
  { key: 'nodeLaterRunMs', label: '  later runs (median of 9, a loaded spare waiting)', value: nodeLater.wallMs, unit: 'ms', budget: 20 },
  ...(existsSync(dist) ? [{ key: 'siteWithRuntimesMB', label: 'the whole offline site, with the language runtimes', value: dirBytes(dist) / 1e6, unit: 'MB', budget: 8 }] : []),
]);
