// ps: busybox's `PID USER TIME COMMAND` listing, or procps's (`ps`, `ps -ef`, `ps aux`) on Debian/Ubuntu.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { ProcessEntry, ProcessTable } from './process-table.ts';
import { busyboxUsage, type Flavour } from './util.ts';

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

/** Makes `ps` for a flavour, reading the machine's process table. */
export function makePs(flavour: Flavour, table: ProcessTable): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    const procs = processesWithSelf(ctx, table, currentUser(ctx));
    if (flavour === 'busybox') {
      const bad = args.find((a) => !/^-?[AaefTwl]*$/.test(a));
      if (bad) return busyboxUsage(ctx, '[-o COL1,COL2=HEADER] [-T]');
      ctx.stdout.write('PID   USER     TIME  COMMAND\n');
      for (const p of procs) ctx.stdout.write(`${String(p.pid).padStart(5)} ${p.user.slice(0, 8).padEnd(8)} ${'0:00'.padStart(5)} ${p.argv.join(' ')}\n`);
      return 0;
    }
    const joined = args.join(' ');
    if (/(^| )-?[a-zA-Z]*[eA][a-zA-Z]*f|(^| )-f[a-zA-Z]*[eA]/.test(joined) || joined === '-ef') procps(ctx, procs, 'ef');
    else if (/(^| )a?ux|(^| )aux/.test(joined)) procps(ctx, procs, 'aux');
    else if (joined === '' || /^-?[eA]$/.test(joined)) procps(ctx, joined ? procs : procs.filter((p) => p.tty === ctx.isTty || p.pid === 1), 'plain');
    else {
      ctx.stderr.write(`error: unsupported option (BSD syntax)\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n`);
      return 1;
    }
    return 0;
  };
}
