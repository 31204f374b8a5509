// `kill` as each shell's own builtin (the shell answers before /bin/kill): its options, signal names,
// `%N` jobs, messages and statuses, recorded from bash 5.2, busybox 1.35 ash and dash 0.5.12.
// - bash goes on past a bad operand and succeeds if any process was signalled.
// - busybox ash refuses the whole line for a job that is not there (status 2), else returns its count of errors.
// - dash stops at a bad number or job (status 2) and returns 1 if any kill failed; without job control (a
//   script) `%N` names a process group that does not exist, so it fails as the real one does.
// busybox's kill applet (busyboxKill) is here too: Alpine's /bin/kill runs it as well (programs/kill.ts).
import { endsProcess, listedSignals, signalByName, signalName, signalSpec, toolSignalName } from '../kernel/signals.ts';
import type { ExecIo } from './io.ts';
import type { ShellState } from './state.ts';

/** `kill [-s SIG | -n NUM | -SIG] PID|%JOB…` and `kill -l [SIG|STATUS…]`, in the shell's own dialect. */
export async function killBuiltin(sh: ShellState, argv: string[], io: ExecIo): Promise<number> {
  let signalled = false;
  const deliver: Deliver = (pid, sig) => {
    const found = sh.signalProcess(pid, sig);
    signalled ||= found && endsProcess(sig);
    return found;
  };
  const status = sh.dialect === 'bash' ? bashKill(sh, argv, io, deliver) : sh.dialect === 'ash' ? ashKill(sh, argv, io, deliver) : dashKill(sh, argv, io, deliver);
  // A process signalled to end does so before the shell goes on, as it would at once on a real machine:
  // the next prompt tells of the job it ended (`[1]+  Terminated`).
  if (signalled) await new Promise<void>((resolve) => setTimeout(resolve, 0));
  return status;
}

/** Signals `pid` (a negative one: its group, here its leader) with `sig`; false when there is no such process. */
export type Deliver = (pid: number, sig: number) => boolean;

/** The message for a jobspec that names no job, in the shell's words (`kill`, `wait`, `fg`…). */
export function noSuchJob(sh: ShellState, builtin: string, spec: string): string {
  return sh.dialect === 'dash' ? `${sh.builtinPrefix(builtin)}No such job: ${spec}\n` : `${sh.builtinPrefix(builtin)}${spec}: no such job\n`;
}

const BASH_USAGE = 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n';

function bashKill(sh: ShellState, argv: string[], io: ExecIo, deliver: Deliver): number {
  const prefix = sh.builtinPrefix('kill');
  let sig: number | undefined = 15;
  let spec = '';
  let listing = false;
  let sawSignal = false;
  let k = 1;
  for (; k < argv.length; k++) {
    const word = argv[k];
    if (word === '-l' || word === '-L') listing = true;
    else if (word === '-s' || word === '-n') {
      if (k + 1 >= argv.length) return (io.stderr.write(`${prefix}${word}: option requires an argument\n`), 1);
      spec = argv[++k];
      sig = signalSpec(spec);
      sawSignal = true;
    } else if (/^-s[A-Za-z]/.test(word) || /^-n\d/.test(word)) {
      spec = word.slice(2);
      sig = signalSpec(spec);
      sawSignal = true;
    } else if (word === '--') {
      k++;
      break;
    } else if (word.startsWith('-') && word.length > 1 && !sawSignal) {
      spec = word.slice(1);
      sig = signalSpec(spec);
      sawSignal = true;
    } else break;
  }
  if (listing) return bashList(prefix, argv.slice(k), io);
  if (sig === undefined) return (io.stderr.write(`${prefix}${spec}: invalid signal specification\n`), 1);
  if (k >= argv.length) return (io.stderr.write(BASH_USAGE), 2);
  let succeeded = false;
  for (const word of argv.slice(k)) {
    if (/^-?\d+$/.test(word)) {
      if (deliver(Number(word), sig)) succeeded = true;
      else io.stderr.write(`${prefix}(${Number(word)}) - No such process\n`);
    } else if (!word.startsWith('%')) io.stderr.write(`${prefix}${word}: arguments must be process or job IDs\n`);
    else {
      const job = sh.jobs.find(word);
      if (!job) io.stderr.write(noSuchJob(sh, 'kill', word));
      else if (deliver(job.pid, sig)) succeeded = true;
    }
  }
  return succeeded ? 0 : 1;
}

// bash's `kill -l`: the table, five to a line; or each operand's name (an exit status above 128 names its signal) or number.
function bashList(prefix: string, words: string[], io: ExecIo): number {
  if (words.length === 0) {
    const cells = listedSignals().map((n) => `${String(n).padStart(2)}) SIG${signalName(n)}`);
    let table = '';
    cells.forEach((cell, i) => (table += cell + ((i + 1) % 5 === 0 ? '\n' : '\t')));
    io.stdout.write(table.endsWith('\n') ? table : `${table}\n`);
    return 0;
  }
  let status = 0;
  for (const word of words) {
    let n = /^\d+$/.test(word) ? Number(word) : undefined;
    if (n !== undefined && n > 128) n -= 128;
    const answer = n === undefined ? signalByName(word) : n === 0 ? 'EXIT' : signalName(n);
    if (answer === undefined) {
      io.stderr.write(`${prefix}${word}: invalid signal specification\n`);
      status = 1;
    } else io.stdout.write(`${answer}\n`);
  }
  return status;
}

function ashKill(sh: ShellState, argv: string[], io: ExecIo, deliver: Deliver): number {
  const words = argv.slice(1);
  if (words[0] !== '-l') {
    // ash turns each %N into its PID first; a job that is not there refuses the whole line.
    for (let i = 0; i < words.length; i++) {
      if (!words[i].startsWith('%')) continue;
      const job = sh.jobs.find(words[i]);
      if (!job) return (io.stderr.write(noSuchJob(sh, 'kill', words[i])), 2);
      words[i] = String(job.pid);
    }
  }
  // busybox's kill applet, run as ash's builtin, says its errors under the shell's name.
  return busyboxKill(words, deliver, (text) => io.stdout.write(text), (text) => io.stderr.write(`${sh.opts.name ?? 'sh'}: ${text}\n`));
}

// dash names no signal 16 (STKFLT), 32 or 33: it prints their numbers.
function dashName(n: number): string {
  return n === 16 ? '16' : (signalName(n) ?? String(n));
}

// dash: a number below 65 (0 included), or one of its names in any case, without SIG.
function dashSignal(spec: string): number | undefined {
  if (/^\d+$/.test(spec)) return Number(spec) < 65 ? Number(spec) : undefined;
  for (let n = 1; n <= 64; n++) if (dashName(n) === spec.toUpperCase()) return n;
  return undefined;
}

function dashKill(sh: ShellState, argv: string[], io: ExecIo, deliver: Deliver): number {
  const prefix = sh.builtinPrefix('kill');
  const fail = (text: string) => (io.stderr.write(`${prefix}${text}\n`), 2);
  const usage = () => fail('Usage: kill [-s sigspec | -signum | -sigspec] [pid | job]... or\nkill -l [exitstatus]');
  if (argv.length <= 1) return usage();
  let words = argv.slice(1);
  let sig: number | undefined;
  let list = false;
  if (words[0].startsWith('-')) {
    sig = dashSignal(words[0].slice(1));
    if (sig !== undefined) words = words.slice(1);
    else {
      // Not a signal: the word is options (l, s SIG), read as getopts would.
      let k = 0;
      for (; k < words.length && words[k].startsWith('-') && words[k] !== '-'; k++) {
        if (words[k] === '--') {
          k++;
          break;
        }
        for (let c = 1; c < words[k].length; c++) {
          const letter = words[k][c];
          if (letter === 'l') list = true;
          else if (letter === 's') {
            const arg = c + 1 < words[k].length ? words[k].slice(c + 1) : words[++k];
            if (arg === undefined) return fail('No arg for -s option');
            sig = dashSignal(arg);
            if (sig === undefined) return fail(`invalid signal number or name: ${arg}`);
            break;
          } else return fail(`Illegal option -${letter}`);
        }
      }
      words = words.slice(k);
    }
  }
  if (!list) sig ??= 15;
  if ((sig === undefined || words.length === 0) !== list) return usage();
  if (list) {
    if (words.length === 0) {
      let all = '0\n';
      for (let n = 1; n <= 64; n++) all += `${dashName(n)}\n`;
      io.stdout.write(all);
      return 0;
    }
    if (!/^\d+$/.test(words[0])) return fail(`Illegal number: ${words[0]}`);
    let n = Number(words[0]);
    if (n > 128) n -= 128;
    if (n <= 0 || n > 64) return fail(`invalid signal number or exit status: ${words[0]}`);
    io.stdout.write(`${dashName(n)}\n`);
    return 0;
  }
  let status = 0;
  for (const word of words) {
    let pid: number | undefined;
    if (word.startsWith('%')) {
      const job = sh.jobs.find(word);
      if (!job) return (io.stderr.write(noSuchJob(sh, 'kill', word)), 2);
      // The job's process group: only a shell with job control (interactive) gives a job its own.
      pid = sh.interactive ? job.pid : undefined;
    } else {
      const digits = word.startsWith('-') ? word.slice(1) : word;
      if (!/^\d+$/.test(digits)) return fail(`Illegal number: ${digits}`);
      pid = Number(digits);
    }
    if (pid === undefined || !deliver(pid, sig!)) {
      io.stderr.write(`${prefix}No such process\n\n`);
      status = 1;
    }
  }
  return status;
}

// busybox knows no real-time signals by name (it prints their numbers).
function busyboxName(n: number): string {
  if (n === 0) return 'EXIT';
  return n <= 31 ? toolSignalName(n) : String(n);
}

/** busybox's kill_main over `words` (argv without the name): `-l [SIG…]`, `[-s SIG | -SIG] PID…`; returns its count of failures. */
export function busyboxKill(words: string[], deliver: Deliver, out: (text: string) => void, err: (text: string) => void): number {
  let sig = 15;
  // A first `--` ends the options; after a signal it is an operand (and not a number).
  if (words[0] === '--') words = words.slice(1);
  else if (words[0]?.startsWith('-')) {
    if (words[0] === '-l') return busyboxList(words.slice(1), out, err);
    let spec = words[0].slice(1);
    let k = 1;
    if (spec === 's' && words.length > 1) spec = words[k++];
    const n = signalSpec(spec);
    if (n === undefined) return (err(`bad signal name '${spec}'`), 1);
    sig = n;
    words = words.slice(k);
  }
  if (words.length === 0) return (err('you need to specify whom to kill'), 1);
  let errors = 0;
  for (const word of words) {
    if (!/^-?\d+$/.test(word)) {
      err(`invalid number '${word}'`);
      errors++;
    } else if (!deliver(Number(word), sig)) {
      err(`can't kill pid ${Number(word)}: No such process`);
      errors++;
    }
  }
  return errors;
}

// busybox's `kill -l`: one signal a line; or each operand's name (the low 7 bits of a number) or number.
function busyboxList(words: string[], out: (text: string) => void, err: (text: string) => void): number {
  if (words.length === 0) {
    let list = '';
    for (let n = 1; n <= 31; n++) list += `${String(n).padStart(2)}) ${busyboxName(n)}\n`;
    out(list);
    return 0;
  }
  for (const word of words) {
    const numeric = /^\d+$/.test(word);
    const n = numeric ? Number(word) & 0x7f : signalByName(word);
    if (n === undefined) return (err(`unknown signal '${word}'`), 1);
    out(numeric ? `${busyboxName(n)}\n` : `${n}\n`);
  }
  return 0;
}
