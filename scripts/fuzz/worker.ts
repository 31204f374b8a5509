// A fuzz worker thread: learns the CLI's grammar, runs one batch of cases against fresh sessions, and
// reports each case before it runs so the parent can name the case behind a hard hang or a crash.
import { parentPort, workerData } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';
import { runBatch } from './batch.ts';
import { fuzzCase } from './grammar/case.ts';
import { learnDocker } from './grammar/docker.ts';
import { loadSources } from './grammar/sources.ts';
import { sessionTarget } from './target.ts';

/** What the parent hands a worker. */
export interface WorkerJob {
  root: string;
  seed: number;
  /** The first batch's seed: only that worker reports the grammar it learned. */
  firstSeed: number;
  runs: number;
  lineMs: number;
  shrinkMs: number;
  heapBytes: number;
}

// Heap figures mean what the case kept only after a collection; workers cannot take --expose-gc.
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

async function ask(line: string): Promise<string> {
  const s = createSession({ storage: memoryStorage(), realTime: false });
  await s.start({ lessonId: 'fuzz-help', workspace: [], checkpoints: [], tty: false, columns: 200, rows: 24, now: 0, seed: 1 });
  let out = '';
  await s.feed(line, (c) => (out += c.text));
  s.close();
  return out;
}

const job = workerData as WorkerJob;
const sources = loadSources(job.root);
const docker = await learnDocker(ask);
parentPort!.postMessage({ type: 'grammar', commands: docker.length, dockerfiles: sources.dockerfiles.length, solutionLines: sources.solutionLines.length, missing: sources.missing });
const result = await runBatch({
  seed: job.seed,
  runs: job.runs,
  arbitrary: fuzzCase(docker, sources),
  target: sessionTarget({ lineMs: job.lineMs, heapBytes: job.heapBytes, gc }),
  onCase: (c) => parentPort!.postMessage({ type: 'case', case: c }),
  shrinkMs: job.shrinkMs,
});
parentPort!.postMessage({ type: 'done', ...result });
