// ps: busybox's `PID USER TIME COMMAND` listing, or procps's (`ps`, `ps -ef`, `ps aux`) on Debian/Ubuntu.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { ProcessEntry, ProcessTable } from './process-table.ts';
import { busyboxUsage, type Flavour } from './util.ts';
import { busyboxColumnNames, formatColumns, parseColumns } from './ps-columns.ts';

const two = (n: number) => String(n).padStart(2, '0');
const hhmm = (ms: number) => `${two(new Date(ms).getUTCHours())}:${two(new Date(ms).getUTCMinutes())}`;

/** Everything ps lists: the table, plus ps itself unless the container started it directly (`docker exec c ps`). */
export function processesWithSelf(ctx: ProgramContext, table: ProcessTable, user: string): ProcessEntry[] {
  const list = table.list();
  const newest = list[list.length - 1];
  if (newest && newest.argv.join(' ') === ctx.argv.join(' ')) return list;
  const self: ProcessEntry = { pid: table.peek(), ppid: 1, user, argv: ctx.argv, tty: ctx.isTty, started: ctx.fs.clock(), signal: () => {} };
  return [...list, self];
}

/** The user a process runs as: USER from its environment, else root. */
export function currentUser(ctx: ProgramContext): string {
  return ctx.env.get('USER') ?? 'root';
}

function procps(ctx: ProgramContext, procs: ProcessEntry[], style: 'plain' | 'ef' | 'aux'): void {
  const tty = (p: ProcessEntry) => (p.tty ? 'pts/0' : '?');
  if (style === 'plain') {
    ctx.stdout.write('    PID TTY          TIME CMD\n');
    for (const p of procs) ctx.stdout.write(`${String(p.pid).padStart(7)} ${tty(p).padEnd(8)} 00:00:00 ${p.argv[0].replace(/^.*\//, '')}\n`);
  } else if (style === 'ef') {
    ctx.stdout.write('UID          PID    PPID  C STIME TTY          TIME CMD\n');
    for (const p of procs) ctx.stdout.write(`${p.user.padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)}  0 ${hhmm(p.started)} ${tty(p).padEnd(8)} 00:00:00 ${p.argv.join(' ')}\n`);
  } else {
    ctx.stdout.write('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n');
    for (const p of procs) ctx.stdout.write(`${p.user.padEnd(8)} ${String(p.pid).padStart(7)}  0.0  0.0   4324  3456 ${tty(p).padEnd(8)} ${p.pid === 1 ? 'Ss' : 'R'}${p.tty ? '+' : ' '}   ${hhmm(p.started)}   0:00 ${p.argv.join(' ')}\n`);
  }
}

const PROCPS_USAGE = `\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`;

// busybox ps (getopt32 "Zo:*aAdeflT"): arguments without a dash are ignored, so `ps aux` is plain `ps`.
function busyboxPs(ctx: ProgramContext, procs: ProcessEntry[]): number {
  const specs: string[] = [];
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (!a.startsWith('-') || a === '-') continue;
    for (let j = 1; j < a.length; j++) {
      if (a[j] === 'o') {
        const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (v === undefined) return busyboxUsage(ctx, '[-o COL1,COL2=HEADER] [-T]');
        specs.push(v);
        break;
      }
      if (!'ZaAdeflT'.includes(a[j])) return busyboxUsage(ctx, '[-o COL1,COL2=HEADER] [-T]');
    }
  }
  const parsed = parseColumns('busybox', specs.length ? specs : ['pid,user,time,args']);
  if ('unknown' in parsed) {
    ctx.stderr.write(`ps: bad -o argument '${parsed.unknown}', supported arguments: ${busyboxColumnNames()}\n`);
    return 1;
  }
  ctx.stdout.write(formatColumns('busybox', parsed.columns, procs, ctx.fs.clock()));
  return 0;
}

// procps ps: -o/o/--format LIST and -p/p/--pid LIST over the chosen processes, or the plain, -ef and aux layouts.
function procpsPs(ctx: ProgramContext, procs: ProcessEntry[]): number {
  const args = ctx.argv.slice(1);
  const specs: string[] = [];
  const pids: number[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const long = /^--(format|pid|sort)(?:=(.*))?$/.exec(a);
    const value = () => (long?.[2] !== undefined ? long[2] : args[++i]);
    if (long) {
      const v = value();
      if (v === undefined) return procpsError(ctx, 'list of process IDs must follow --pid');
      if (long[1] === 'format') specs.push(v);
      else if (long[1] === 'pid') pids.push(...v.split(/[\s,]+/).map(Number));
      continue;
    }
    // -o/-p (also bundled as the last letter of a group, e.g. -eo, and in BSD form without the dash).
    const m = /^(-?)([aAefxuwlH]*)([op])(.*)$/.exec(a);
    if (m && (m[1] === '-' || m[2] !== '' || m[4] === '' || m[3] === 'o')) {
      const v = m[4] !== '' ? m[4] : args[++i];
      if (v === undefined) return procpsError(ctx, m[3] === 'o' ? 'format specification must follow -o' : 'list of process IDs must follow -p');
      if (m[2]) rest.push(m[1] + m[2]);
      if (m[3] === 'o') specs.push(v);
      else pids.push(...v.split(/[\s,]+/).map(Number));
      continue;
    }
    rest.push(a);
  }
  const joined = rest.join(' ');
  const everyone = /(^| )(-[a-zA-Z]*[eA]|[a-z]*x)/.test(joined);
  const chosen = pids.length ? procs.filter((p) => pids.includes(p.pid)) : everyone ? procs : procs.filter((p) => p.tty === ctx.isTty || p.pid === 1);
  if (specs.length) {
    const parsed = parseColumns('gnu', specs);
    if ('unknown' in parsed) return procpsError(ctx, `unknown user-defined format specifier "${parsed.unknown}"`);
    ctx.stdout.write(formatColumns('gnu', parsed.columns, chosen, ctx.fs.clock()));
    return chosen.length ? 0 : 1;
  }
  if (/(^| )-?[a-zA-Z]*[eA][a-zA-Z]*f|(^| )-f[a-zA-Z]*[eA]/.test(joined) || joined === '-ef') procps(ctx, chosen, 'ef');
  else if (/(^| )a?ux|(^| )aux/.test(joined)) procps(ctx, chosen, 'aux');
  else if (joined === '' || /^-?[eA]$/.test(joined)) procps(ctx, chosen, 'plain');
  else return procpsError(ctx, 'unsupported option (BSD syntax)');
  return pids.length && !chosen.length ? 1 : 0;
}

function procpsError(ctx: ProgramContext, message: string): number {
  ctx.stderr.write(`error: ${message}\n${PROCPS_USAGE}`);
  return 1;
}

/** Makes `ps` for a flavour, reading the machine's process table. */
export function makePs(flavour: Flavour, table: ProcessTable): Program {
  return (ctx) => {
    const procs = processesWithSelf(ctx, table, currentUser(ctx));
    return flavour === 'busybox' ? busyboxPs(ctx, procs) : procpsPs(ctx, procs);
  };
}
