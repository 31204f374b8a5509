// Budget figures for `npm run bench`: how long the worker spends on legitimate work near a line's
// budget (`seq 1 1000000 | wc -l`, as real bash answers in well under a second) and how soon each
// runaway is stopped by the step budget or the memory cap (or by Ctrl-C, for a loop with no end).
// Each is typed into a fresh host machine as the learner would; wall clock and this thread's CPU.
import { Machine } from '../../src/session/machine.ts';
import { feedLine } from '../../src/session/feed.ts';
import { medianTiming, recordFigures, timed, type Timing } from './figures.mjs';

const options = { lessonId: 'bench', workspace: [], checkpoints: [], tty: true, columns: 80, rows: 24 };

/** One line in a fresh machine, `runs` times: the median timing, and what it printed the last time. */
async function measure(line: string, runs: number, expect: RegExp): Promise<Timing> {
  const samples: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    const machine = new Machine(options, undefined, false);
    let out = '';
    samples.push(await timed(() => feedLine(machine, line, (chunk) => (out += chunk.text))));
    if (!expect.test(out)) throw new Error(`bench: \`${line}\` printed ${JSON.stringify(out.slice(-200))}, not ${expect}`);
  }
  return medianTiming(samples);
}

const STOPPED = /stopped after \d+ steps/;
const cases: { key: string; label: string; line: string; expect: RegExp; budget: number }[] = [
  { key: 'seqMillionWcMs', label: '`seq 1 1000000 | wc -l` (prints 1000000)', line: 'seq 1 1000000 | wc -l', expect: /^1000000\n$/, budget: 1000 },
  { key: 'appendLoopMs', label: '20000 appends `for i in $(seq 1 20000); do echo $i >> f; done` (was quadratic)', line: 'for i in $(seq 1 20000); do echo $i >> f; done; wc -l < f', expect: /^20000\n$/, budget: 1000 },
  { key: 'runawaySeqPipeMs', label: 'runaway `seq 1 1e12 | wc -l` stopped by the budget', line: 'seq 1 1000000000000 | wc -l', expect: STOPPED, budget: 2000 },
  { key: 'runawaySeqTerminalMs', label: 'runaway `seq 1 1e12` to the terminal stopped', line: 'seq 1 1000000000000', expect: STOPPED, budget: 2000 },
  { key: 'runawayZeroMs', label: 'runaway `cat /dev/zero` to the terminal stopped', line: 'cat /dev/zero', expect: STOPPED, budget: 2000 },
  { key: 'runawayZeroNullMs', label: 'runaway `cat /dev/zero > /dev/null` stopped', line: 'cat /dev/zero > /dev/null', expect: STOPPED, budget: 2000 },
  { key: 'runawayLoopMs', label: 'runaway `while :; do :; done` stopped', line: 'while :; do :; done', expect: STOPPED, budget: 2000 },
  { key: 'runawayDoublingMs', label: 'runaway doubling string stopped (xrealloc)', line: 'x=a; while :; do x=$x$x; done', expect: /xrealloc: cannot allocate/, budget: 2000 },
  { key: 'runawayForkBombMs', label: 'runaway self-replicating function stopped', line: 'f() { f | f; }; f', expect: /nesting level exceeded|stopped after/, budget: 2000 },
];

const figures = [];
for (const c of cases) {
  const t = await measure(c.line, 3, c.expect);
  console.log(`${c.line}: ${t.wallMs.toFixed(0)} ms wall, ${t.cpuMs.toFixed(0)} ms CPU`);
  figures.push(
    { key: c.key, label: `${c.label}, median of 3`, value: t.wallMs, unit: 'ms', budget: c.budget },
    { key: c.key.replace(/Ms$/, 'CpuMs'), label: '  the same, CPU time of the thread (mean)', value: t.cpuMs, unit: 'ms', budget: c.budget },
  );
}
recordFigures('runaways', figures);
