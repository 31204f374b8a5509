// Engine figures for `npm run bench`, recorded for the report: builds (10 instructions cold and
// cached, 100 cold), `docker images` over 100 images, and saving after a command on a busy machine.
import { recordFigures, median } from './figures.mjs';
import { benchBuildMedian, benchBuild100 } from './build-bench.ts';
import { benchPersist, busyMachine } from './persist.ts';
import { feedLine } from '../../src/session/feed.ts';

/** Milliseconds for `docker images` (the CLI's table, as typed) over a machine with 100 images; median of 9. */
async function benchImagesList(): Promise<number> {
  const machine = await busyMachine(100, 0);
  const samples: number[] = [];
  for (let i = 0; i < 9; i++) {
    let out = '';
    const start = performance.now();
    await feedLine(machine, 'docker images', (chunk) => (out += chunk.text));
    samples.push(performance.now() - start);
    if (out.split('\n').length < 101) throw new Error(`bench: docker images listed ${out.split('\n').length - 2} images, not 100`);
  }
  return median(samples);
}

const build = await benchBuildMedian();
const build100 = await benchBuild100();
const imagesList100Ms = await benchImagesList();
const persist = await benchPersist();
recordFigures('engine', [
  { key: 'build10ColdMs', label: 'docker build, 10 instructions, cold', value: build.coldMs, unit: 'ms', budget: 20 },
  { key: 'build10CachedMs', label: 'docker build, 10 instructions, fully cached', value: build.cachedMs, unit: 'ms', budget: 5 },
  { key: 'build100ColdMs', label: 'docker build, 100 instructions, cold', value: build100, unit: 'ms', budget: 10 * build.coldMs },
  { key: 'imagesList100Ms', label: 'docker images over 100 images', value: imagesList100Ms, unit: 'ms', budget: 5 },
  { key: 'persistMs', label: 'save after a command, 50 images + 20 containers', value: persist.persistMs, unit: 'ms', budget: 5 },
  { key: 'persistPwdKB', label: 'bytes written by `pwd` after pulling alpine and nginx', value: persist.pwdBytes / 1024, unit: 'KB', budget: 32 },
]);
