// `npm run bench` hook: times a 10-instruction Dockerfile build in the engine, cold and then fully
// cached, and a 100-instruction one, in wall-clock and CPU milliseconds.
import { Engine } from '../../src/engine/engine.ts';
import { simulatedClock } from '../../src/session/clock.ts';
import { shellRuntime } from '../../src/session/runtime.ts';
import { Vfs } from '../../src/vfs/vfs.ts';
import { medianTiming, timed, type Timing } from './figures.mjs';

const DOCKERFILE = `FROM alpine:3.20
ARG VERSION=1
ENV APP=/app
WORKDIR /app
COPY package.json .
RUN echo installing && mkdir -p node_modules && echo dep > node_modules/dep
COPY . .
RUN echo building $VERSION > build.txt
EXPOSE 8080
CMD ["sh", "-c", "cat build.txt"]
`;

/** Runs one build of `dockerfile` over `fs` to the end of its stream. */
async function build(engine: Engine, fs: Vfs, dockerfile: string, tag: string): Promise<void> {
  const stream = engine.imageBuild({ context: fs.root, dockerfile, dockerfileName: 'Dockerfile', tags: [tag], buildArgs: new Map() });
  for (let next = await stream.next(); !next.done; next = await stream.next());
}

/** Builds the Dockerfile twice in one fresh engine: the cold build and the fully cached one. */
export async function benchBuild(): Promise<{ cold: Timing; cached: Timing }> {
  const engine = new Engine(simulatedClock(), undefined, shellRuntime());
  const fs = Vfs.empty();
  fs.writeFile('/Dockerfile', DOCKERFILE);
  fs.writeFile('/package.json', '{"name":"bench"}\n');
  fs.writeFile('/server.js', 'console.log(1)\n');
  const cold = await timed(() => build(engine, fs, DOCKERFILE, 'docker.io/library/bench:latest'));
  const cached = await timed(() => build(engine, fs, DOCKERFILE, 'docker.io/library/bench:latest'));
  return { cold, cached };
}

/**
 * The budgets' figures: median of `runs` cold builds, each in a fresh engine, and of their fully cached
 * rebuilds, after one build that warms the process (JIT, the catalog's alpine materialised once per process).
 */
export async function benchBuildMedian(runs = 9): Promise<{ cold: Timing; cached: Timing }> {
  await benchBuild();
  const samples: { cold: Timing; cached: Timing }[] = [];
  for (let i = 0; i < runs; i++) samples.push(await benchBuild());
  return { cold: medianTiming(samples.map((s) => s.cold)), cached: medianTiming(samples.map((s) => s.cached)) };
}

/**
 * A cold build of a 100-instruction Dockerfile (RUN, ENV and COPY in turn), each in a fresh engine: the
 * median of `runs`, after builds that warm the process as benchBuildMedian's does (its budget is 10× that
 * warmed figure; unwarmed, the first three builds here measured 60–90 ms while the JIT tiered up, then 32).
 */
export async function benchBuild100Median(runs = 5, warmups = 3): Promise<Timing> {
  for (let i = 0; i < warmups; i++) await benchBuild100();
  const samples: Timing[] = [];
  for (let i = 0; i < runs; i++) samples.push(await benchBuild100());
  return medianTiming(samples);
}

/** One cold build of a 100-instruction Dockerfile (RUN, ENV and COPY in turn) in a fresh engine. */
export async function benchBuild100(): Promise<Timing> {
  const engine = new Engine(simulatedClock(), undefined, shellRuntime());
  const fs = Vfs.empty();
  const lines = ['FROM alpine:3.20'];
  for (let i = 1; lines.length < 100; i++) lines.push(i % 3 === 0 ? `RUN echo step ${i} > /step${i}` : i % 3 === 1 ? `ENV STEP${i}=${i}` : `COPY package.json /copy${i}.json`);
  const dockerfile = `${lines.join('\n')}\n`;
  fs.writeFile('/Dockerfile', dockerfile);
  fs.writeFile('/package.json', '{"name":"bench"}\n');
  return timed(() => build(engine, fs, dockerfile, 'docker.io/library/bench100:latest'));
}

/** Prints the figures (`node --experimental-transform-types scripts/bench/build-bench.ts`). */
export async function printBuildBench(): Promise<void> {
  const { cold, cached } = await benchBuildMedian();
  const ms = (t: Timing) => `${t.wallMs.toFixed(1)} ms (CPU ${t.cpuMs.toFixed(1)} ms)`;
  console.log(`build (10 instructions, median of 9): cold ${ms(cold)}, cached ${ms(cached)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) await printBuildBench();
