// kill [-s SIG | -SIG] PID… and kill -l: signals processes of the machine's table (busybox's applet, or
// bash's builtin wording on Debian/Ubuntu, where bash answers before /bin/kill).
import type { Program } from '../../kernel/process.ts';
import type { ProcessTable } from './process-table.ts';
import type { Flavour } from './util.ts';

const SIGNALS = ['HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM'];

function signalNumber(name: string): number | undefined {
  if (/^\d+$/.test(name)) return Number(name) <= 64 ? Number(name) : undefined;
  const i = SIGNALS.indexOf(name.toUpperCase().replace(/^SIG/, ''));
  return i < 0 ? undefined : i + 1;
}

/** Makes `kill` for a flavour. */
export function makeKill(flavour: Flavour, table: ProcessTable): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    if (args[0] === '-l' || args[0] === '-L') {
      ctx.stdout.write(flavour === 'busybox' ? SIGNALS.map((s, i) => `${String(i + 1).padStart(2)}) ${s}`).join('\n') + '\n' : SIGNALS.join(' ') + '\n');
      return 0;
    }
    let sig = 15;
    if (args[0] === '-s' || args[0] === '-n') {
      args.shift();
      const n = signalNumber(args.shift() ?? '');
      if (n === undefined) return (ctx.stderr.write('kill: bad signal name\n'), 1);
      sig = n;
    } else if (args[0]?.startsWith('-') && args[0] !== '--') {
      const n = signalNumber(args.shift()!.slice(1));
      if (n === undefined) return (ctx.stderr.write(flavour === 'busybox' ? 'kill: bad signal name\n' : `bash: kill: ${ctx.argv[1].slice(1)}: invalid signal specification\n`), 1);
      sig = n;
    }
    if (args[0] === '--') args.shift();
    if (args.length === 0) return (ctx.stderr.write(flavour === 'busybox' ? 'Usage: kill [-l] [-SIG] PID...\n' : 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n'), flavour === 'busybox' ? 1 : 2);
    let code = 0;
    for (const a of args) {
      const p = /^\d+$/.test(a) ? table.get(Number(a)) : undefined;
      if (!/^\d+$/.test(a)) {
        ctx.stderr.write(flavour === 'busybox' ? `kill: invalid number '${a}'\n` : `bash: kill: ${a}: arguments must be process or job IDs\n`);
        code = 1;
      } else if (!p) {
        ctx.stderr.write(flavour === 'busybox' ? `kill: can't kill pid ${a}: No such process\n` : `bash: kill: (${a}) - No such process\n`);
        code = 1;
      } else if (sig !== 0) p.signal(sig);
    }
    return code;
  };
}
