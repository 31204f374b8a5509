// nginx's processes as ps and `docker top` show them: the master retitles itself
// `nginx: master process <its command line>` and starts `worker_processes` workers (`auto`: one per
// CPU, as nproc counts them), which run as the `user` directive's account when the master is root.
import type { ProgramContext } from '../../kernel/process.ts';
import type { Directive } from './nginx-conf.ts';
import { processTableOf } from './process-table.ts';
import { CPUS } from './sysinfo.ts';

// A real container's entrypoint scripts run a few dozen short processes (find, sort, sed …) before
// nginx starts its workers: their PIDs come after those.
const FIRST_WORKER_PID = 29;

/** How many workers `worker_processes` asks for (`auto` or absent in the image's nginx.conf: the CPUs). */
export function workerCount(conf: Directive[]): number {
  const n = conf.find((d) => d.name === 'worker_processes')?.args[0];
  return n && /^\d+$/.test(n) ? Math.max(1, Number(n)) : CPUS;
}

/** Retitles the master and enters its workers in the process table (when nginx is a process of its own); returns the workers' PIDs. */
export function startWorkers(ctx: ProgramContext, conf: Directive[], user: string): number[] {
  const count = workerCount(conf);
  const master = ctx.process;
  if (!master) return Array.from({ length: count }, (_, k) => FIRST_WORKER_PID + k);
  master.argv = [`nginx: master process ${ctx.argv.join(' ')}`];
  const table = processTableOf(ctx.fs);
  table.skipTo(FIRST_WORKER_PID);
  return Array.from({ length: count }, () => table.spawn({ user, argv: ['nginx: worker process'], tty: false, started: ctx.fs.clock(), signal: () => {} }, master.pid).pid);
}
