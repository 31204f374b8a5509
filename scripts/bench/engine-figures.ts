// Engine figures for `npm run bench`, recorded for the report: builds (10 instructions cold and
// cached, 100 cold), `docker images` over 100 images, and saving after a command on a busy machine.
// Each time is a wall-clock median (the budgeted figure) with, beside it, the mean CPU time of the
// thread (`…CpuMs`, same budget): on a shared machine the wall clock measures the other processes
// too, the CPU time only this work (see docs/PERFORMANCE.md).
import { loadavg, availableParallelism } from 'node:os';
import { medianTiming, recordFigures, timed, type Timing } from './figures.mjs';
import { benchBuildMedian, benchBuild100Median } from './build-bench.ts';
import { benchPersist, busyMachine } from './persist.ts';
import { feedLine } from '../../src/session/feed.ts';

/** `docker images` (the CLI's table, as typed) over a machine with 100 images; median of 9 after one that warms the formatter up. */
async function benchImagesList(): Promise<Timing> {
  const machine = await busyMachine(100, 0);
  await feedLine(machine, 'docker images', () => {});
  const samples: Timing[] = [];
  for (let i = 0; i < 9; i++) {
    let out = '';
    samples.push(await timed(() => feedLine(machine, 'docker images', (chunk) => (out += chunk.text))));
    if (out.split('\n').length < 101) throw new Error(`bench: docker images listed ${out.split('\n').length - 2} images, not 100`);
  }
  return medianTiming(samples);
}

const load = loadavg()[0];
const build = await benchBuildMedian();
const build100 = await benchBuild100Median();
const imagesList = await benchImagesList();
const persist = await benchPersist();

/** A time's two figures: the wall clock under `key`, this thread's CPU under `key` with Cpu before Ms. */
function both(key: string, label: string, t: Timing, budget: number, cpuBudget = budget) {
  const cpuKey = key.replace(/Ms$/, 'CpuMs');
  return [
    { key, label, value: t.wallMs, unit: 'ms', budget },
    { key: cpuKey, label: '  the same, CPU time of the thread (mean)', value: t.cpuMs, unit: 'ms', budget: cpuBudget },
  ];
}

recordFigures('engine', [
  { key: 'loadAverage', label: `machine load while the engine was measured (1-min average, ${availableParallelism()} CPUs)`, value: load, unit: '' },
  ...both('build10ColdMs', 'docker build, 10 instructions, cold, median of 9', build.cold, 20),
  ...both('build10CachedMs', 'docker build, 10 instructions, fully cached, median of 9', build.cached, 5),
  ...both('build100ColdMs', 'docker build, 100 instructions, cold, median of 5 (budget: 10× the 10)', build100, 10 * build.cold.wallMs, 10 * build.cold.cpuMs),
  ...both('imagesList100Ms', 'docker images over 100 images, median of 9', imagesList, 5),
  ...both('persistMs', 'save after a command, 50 images + 20 containers, median of 9', persist.persist, 5),
  { key: 'persistPwdKB', label: 'bytes written by `pwd` after pulling alpine and nginx', value: persist.pwdBytes / 1024, unit: 'KB', budget: 32 },
]);
