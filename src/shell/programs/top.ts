// top: one screen of the machine's processes, as `top -b -n 1` prints it (busybox's or procps's layout).
// The workbook's programs do not read keys while they run, so top shows one screen and ends, as if `q` was pressed.
import type { Program } from '../../kernel/process.ts';
import type { ProcessTable } from './process-table.ts';
import { currentUser, processesWithSelf } from './ps.ts';
import { LOAD, MEMORY_KIB } from './sysinfo.ts';
import { uptimeSeconds, uptimeText } from './uptime.ts';
import type { Flavour } from './util.ts';

const two = (n: number) => String(n).padStart(2, '0');
const mib = (k: number) => (k / 1024).toFixed(1).padStart(9);

/** Makes `top` for a flavour. */
export function makeTop(flavour: Flavour, table: ProcessTable): Program {
  return (ctx) => {
    const procs = processesWithSelf(ctx, table, currentUser(ctx));
    const m = MEMORY_KIB;
    if (flavour === 'busybox') {
      ctx.stdout.write(`Mem: ${m.used}K used, ${m.free}K free, ${m.shared}K shrd, 98764K buff, ${m.cache - 98764}K cached\n`);
      ctx.stdout.write('CPU:   0% usr   0% sys   0% nic 100% idle   0% io   0% irq   0% sirq\n');
      ctx.stdout.write(`Load average: ${LOAD.replace(/,/g, '')} 1/${procs.length + 180} ${procs[procs.length - 1].pid}\n`);
      ctx.stdout.write('  PID  PPID USER     STAT   VSZ %VSZ CPU %CPU COMMAND\n');
      for (const p of procs) {
        const self = p === procs[procs.length - 1];
        ctx.stdout.write(`${String(p.pid).padStart(5)} ${String(p.ppid).padStart(5)} ${p.user.slice(0, 8).padEnd(8)} ${self ? 'R' : 'S'}    ${'1696'.padStart(5)}   0%   0   0% ${p.argv.join(' ')}\n`);
      }
      return 0;
    }
    const d = new Date(ctx.fs.clock());
    const running = 1;
    ctx.stdout.write(`top - ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} up ${uptimeText(uptimeSeconds(ctx.fs))},  0 users,  load average: ${LOAD}\n`);
    ctx.stdout.write(`Tasks:${String(procs.length).padStart(4)} total,${String(running).padStart(4)} running,${String(procs.length - running).padStart(4)} sleeping,   0 stopped,   0 zombie\n`);
    ctx.stdout.write('%Cpu(s):  0.0 us,  0.0 sy,  0.0 ni,100.0 id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st \n');
    ctx.stdout.write(`MiB Mem :${mib(m.total)} total,${mib(m.free)} free,${mib(m.used)} used,${mib(m.cache)} buff/cache     \n`);
    ctx.stdout.write(`MiB Swap:${mib(0)} total,${mib(0)} free,${mib(0)} used.${mib(m.available)} avail Mem \n\n`);
    ctx.stdout.write('    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n');
    for (const p of procs) {
      const self = p === procs[procs.length - 1];
      ctx.stdout.write(`${String(p.pid).padStart(7)} ${p.user.slice(0, 8).padEnd(8)}  20   0    4344   3584   3072 ${self ? 'R' : 'S'}   0.0   0.0   0:00.00 ${p.argv[0].replace(/^.*\//, '')}\n`);
    }
    return 0;
  };
}
