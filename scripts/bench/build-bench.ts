// `npm run bench` hook: times a 10-instruction Dockerfile build in the engine, cold and then fully cached.
import { Engine } from '../../src/engine/engine.ts';
import { simulatedClock } from '../../src/session/clock.ts';
import { shellRuntime } from '../../src/session/runtime.ts';
import { Vfs } from '../../src/vfs/vfs.ts';

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

/** Builds the Dockerfile twice in one engine; returns milliseconds of wall time for each build. */
export async function benchBuild(): Promise<{ coldMs: number; cachedMs: number }> {
  const engine = new Engine(simulatedClock(), undefined, shellRuntime());
  const fs = Vfs.empty();
  fs.writeFile('/Dockerfile', DOCKERFILE);
  fs.writeFile('/package.json', '{"name":"bench"}\n');
  fs.writeFile('/server.js', 'console.log(1)\n');
  const once = async () => {
    const start = performance.now();
    const stream = engine.imageBuild({ context: fs.root, dockerfile: DOCKERFILE, dockerfileName: 'Dockerfile', tags: ['docker.io/library/bench:latest'], buildArgs: new Map() });
    for (let next = await stream.next(); !next.done; next = await stream.next());
    return performance.now() - start;
  };
  const coldMs = await once();
  const cachedMs = await once();
  return { coldMs, cachedMs };
}

/**
 * The budgets' figures: median of `runs` cold builds, each in a fresh engine, and of their fully cached
 * rebuilds, after one build that warms the process (JIT, the catalog's alpine materialised once per process).
 */
export async function benchBuildMedian(runs = 5): Promise<{ coldMs: number; cachedMs: number }> {
  await benchBuild();
  const cold: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await benchBuild();
    cold.push(r.coldMs);
    cached.push(r.cachedMs);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { coldMs: median(cold), cachedMs: median(cached) };
}

/** Milliseconds of a cold build of a 100-instruction Dockerfile (ten RUN/ENV/COPY groups of ten). */
export async function benchBuild100(): Promise<number> {
  const engine = new Engine(simulatedClock(), undefined, shellRuntime());
  const fs = Vfs.empty();
  const lines = ['FROM alpine:3.20'];
  for (let i = 1; lines.length < 100; i++) lines.push(i % 3 === 0 ? `RUN echo step ${i} > /step${i}` : i % 3 === 1 ? `ENV STEP${i}=${i}` : `COPY package.json /copy${i}.json`);
  const dockerfile = `${lines.join('\n')}\n`;
  fs.writeFile('/Dockerfile', dockerfile);
  fs.writeFile('/package.json', '{"name":"bench"}\n');
  const start = performance.now();
  const stream = engine.imageBuild({ context: fs.root, dockerfile, dockerfileName: 'Dockerfile', tags: ['docker.io/library/bench100:latest'], buildArgs: new Map() });
  for (let next = await stream.next(); !next.done; next = await stream.next());
  return performance.now() - start;
}

/** Prints the figures (`npx tsx scripts/bench/build-bench.ts`). */
export async function printBuildBench(): Promise<void> {
  const { coldMs, cachedMs } = await benchBuildMedian();
  console.log(`build (10 instructions, median of 5): cold ${coldMs.toFixed(1)} ms, cached ${cachedMs.toFixed(1)} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) await printBuildBench();
