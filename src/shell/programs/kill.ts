// /bin/kill: busybox's applet (Alpine), or procps-ng's (Debian, Ubuntu, the host), for `env kill`,
// `xargs kill` and a path; a shell's own `kill` is its builtin (builtin-kill.ts), which on ash runs
// the same busybox code. Wording and statuses recorded from busybox 1.35 and procps-ng 4.0.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { signalByName, signalName, signalSpec, toolSignalName } from '../../kernel/signals.ts';
import type { ProcessTable } from './process-table.ts';
import { progName, type Flavour } from './util.ts';
import { busyboxKill, type Deliver } from '../builtin-kill.ts';

/** Makes `kill` for a flavour. */
export function makeKill(flavour: Flavour, table: ProcessTable): Program {
  return (ctx) => {
    if (flavour === 'gnu') return procpsKill(ctx, (pid, sig) => table.signal(pid, sig));
    const name = progName(ctx, flavour);
    return busyboxKill(ctx.argv.slice(1), (pid, sig) => table.signal(pid, sig), (text) => ctx.stdout.write(text), (text) => ctx.stderr.write(`${name}: ${text}\n`));
  };
}

const PROCPS_USAGE = `
Usage:
 kill [options] <pid> [...]

Options:
 <pid> [...]            send signal to every <pid> listed
 -<signal>, -s, --signal <signal>
                        specify the <signal> to be sent
 -q, --queue <value>    integer value to be sent with the signal
 -l, --list=[<signal>]  list all signal names, or convert one to a name
 -L, --table            list all signal names in a nice table

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see kill(1).
`;


// procps-ng's kill: every operand must be a number before any signal is sent.
function procpsKill(ctx: ProgramContext, deliver: Deliver): number {
  const name = progName(ctx, 'gnu');
  const words = ctx.argv.slice(1);
  const usage = () => (ctx.stderr.write(PROCPS_USAGE), 1);
  let sig = 15;
  let k = 0;
  const first = words[0];
  if (first === '-l' || first === '--list') return procpsList(ctx, words[1]);
  if (first === '-L' || first === '--table') {
    let table = '';
    // Seven to a line, each name padded to eight but the last of a line.
    for (let n = 1; n <= 31; n++) table += `${String(n).padStart(2)} ${n % 7 === 0 ? `${toolSignalName(n)}\n` : toolSignalName(n).padEnd(8)}`;
    ctx.stdout.write(`${table}\n`);
    return 0;
  }
  if (first === '-s' || first === '--signal') {
    if (words[1] === undefined) return (ctx.stderr.write(`${name}: invalid argument s\n`), usage());
    // A name it does not know goes to kill(2) as -1: each process there refuses it as invalid.
    sig = signalSpec(words[1]) ?? -1;
    k = 2;
  } else if (first !== undefined && first.startsWith('-') && first !== '--' && first !== '-') {
    const n = signalSpec(first.slice(1));
    if (n === undefined) return (ctx.stderr.write(`${name}: invalid argument ${first[1]}\n`), usage());
    sig = n;
    k = 1;
  }
  if (words[k] === '--') k++;
  const operands = words.slice(k);
  if (operands.length === 0) return usage();
  const bad = operands.find((w) => !/^-?\d+$/.test(w));
  if (bad !== undefined) return (ctx.stderr.write(`${name}: failed to parse argument: '${bad}'\n`), 1);
  let status = 0;
  for (const word of operands) {
    const found = deliver(Number(word), sig < 0 ? 0 : sig);
    if (found && sig >= 0) continue;
    ctx.stderr.write(`${name}: (${Number(word)}): ${found ? 'Invalid argument' : 'No such process'}\n`);
    status = 1;
  }
  return status;
}

// `kill -l`: the names, sixteen then fifteen to a line; `kill -l SIG`: its name or number.
function procpsList(ctx: ProgramContext, spec: string | undefined): number {
  if (spec === undefined) {
    const names = Array.from({ length: 31 }, (_, i) => toolSignalName(i + 1));
    ctx.stdout.write(`${names.slice(0, 16).join(' ')}\n${names.slice(16).join(' ')}\n`);
    return 0;
  }
  const n = /^\d+$/.test(spec) ? Number(spec) : undefined;
  if (n !== undefined && signalName(n > 128 ? n - 128 : n) !== undefined) ctx.stdout.write(`${toolSignalName(n > 128 ? n - 128 : n)}\n`);
  else if (n === undefined && signalByName(spec) !== undefined) ctx.stdout.write(`${signalByName(spec)}\n`);
  else ctx.stderr.write(`${progName(ctx, 'gnu')}: unknown signal name ${spec}\n`);
  return 0;
}
