// npm run fuzz -- [--runs N] [--seed S] [--batch B] [--out DIR]: throws grammar-aware random and mutated
// docker lines, shell lines and Dockerfiles at fresh sessions, in worker threads watched from here, and
// ends with one line `FUZZ {"runs": N, "seed": S, "crashes": C, "hangs": H, "memory": M}`, counting distinct
// faults (same kind and message); exits 1 when there is any, 2 on a bad option.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { nextSeed } from './batch.ts';
import { saveFindings } from './findings.ts';
import type { Finding, FuzzCase } from './types.ts';
import type { WorkerJob } from './worker.ts';

const USAGE = 'usage: npm run fuzz -- [--runs N] [--seed S] [--batch B] [--out DIR] [--line-ms MS] [--shrink-ms MS]';

function options(argv: string[]) {
  const o = { runs: 1000, seed: 1, batch: 250, out: '.fuzz', lineMs: 2000, shrinkMs: 20_000, watchdogMs: 15_000, heapMb: 1536 };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, v] = [argv[i], argv[i + 1]];
    const n = Number(v);
    const key = { '--runs': 'runs', '--seed': 'seed', '--batch': 'batch', '--line-ms': 'lineMs', '--shrink-ms': 'shrinkMs' }[flag] as keyof typeof o | undefined;
    if (flag === '--out' && v) o.out = v;
    else if (key && Number.isInteger(n) && n >= 0) (o[key] as number) = n;
    else {
      process.stderr.write(`fuzz: bad option ${JSON.stringify(flag)}${v === undefined ? '' : ` ${JSON.stringify(v)}`}\n${USAGE}\n`);
      process.exit(2);
    }
  }
  return o;
}

/** Runs one worker over `runs` cases; a worker that stops answering or runs out of heap becomes a finding. */
function batch(job: WorkerJob, watchdogMs: number, heapMb: number, log: (s: string) => void): Promise<{ findings: Finding[]; runs: number }> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let current: FuzzCase | undefined;
    let started = 0;
    let settled = false;
    const finish = (r: { findings: Finding[]; runs: number }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const lost = (kind: Finding['kind'], detail: string) => finish({ findings: current ? [{ kind, detail, case: current }] : [], runs: Math.max(started, 1) });
    let timer = setTimeout(() => lost('hang', `the session stopped answering for ${watchdogMs} ms`), watchdogMs * 4);
    worker.on('message', (m: { type: string; case?: FuzzCase; findings?: Finding[]; runs?: number; commands?: number; dockerfiles?: number; solutionLines?: number; missing?: string[] }) => {
      clearTimeout(timer);
      timer = setTimeout(() => lost('hang', `the session stopped answering for ${watchdogMs} ms`), watchdogMs);
      if (m.type === 'case') {
        current = m.case;
        started++;
      } else if (m.type === 'grammar' && job.seed === job.firstSeed) {
        log(`grammar: ${m.commands} docker commands from the CLI's help, ${m.dockerfiles} Dockerfiles, ${m.solutionLines} solution lines`);
        for (const x of m.missing ?? []) log(`grammar: not found, skipped: ${x}`);
      } else if (m.type === 'done') finish({ findings: m.findings ?? [], runs: m.runs ?? 0 });
    });
    worker.on('error', (e: Error & { code?: string }) => lost(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', `worker: ${e.message}`.slice(0, 200)));
    worker.on('exit', () => lost('crash', 'the worker exited early'));
  });
}

const o = options(process.argv.slice(2));
const root = join(import.meta.dirname, '..', '..');
const findings: Finding[] = [];
const seen = new Set<string>();
/** Findings with the same kind and message (numbers aside) are one fault, counted and saved once. */
const signature = (f: Finding) => `${f.kind} ${f.detail.replace(/\d+/g, 'N')}`;
let runs = 0;
for (let b = 0; runs < o.runs; b++) {
  const want = Math.min(o.batch, o.runs - runs);
  const job: WorkerJob = { root, seed: nextSeed(o.seed, 1000 + b), firstSeed: nextSeed(o.seed, 1000), runs: want, lineMs: o.lineMs, shrinkMs: o.shrinkMs, heapBytes: 512 * 2 ** 20 };
  const r = await batch(job, o.watchdogMs, o.heapMb, (s) => console.log(s));
  runs += Math.min(r.runs, want);
  for (const f of r.findings) {
    const known = seen.has(signature(f));
    seen.add(signature(f));
    if (!known) findings.push(f);
    console.log(`${known ? 'again ' : ''}${f.kind}: ${f.detail}\n  ${f.case.lines.map((l) => JSON.stringify(l).slice(0, 160)).join('\n  ')}`);
  }
  console.log(`ran ${runs}/${o.runs} cases, ${findings.length} finding(s)`);
}
rmSync(join(o.out, 'findings'), { recursive: true, force: true });
for (const dir of saveFindings(join(o.out, 'findings'), findings)) console.log(`saved ${dir}`);
const count = (k: Finding['kind']) => findings.filter((f) => f.kind === k).length;
console.log(`FUZZ ${JSON.stringify({ runs, seed: o.seed, crashes: count('crash'), hangs: count('hang'), memory: count('memory') })}`);
process.exitCode = findings.length ? 1 : 0;
