// uptime and nproc: the simulated machine's uptime, users and load; its CPU count.
import type { Program } from '../../kernel/process.ts';
import { BOOT_UPTIME_S, CPUS, LOAD } from './sysinfo.ts';
import type { Flavour } from './util.ts';
import type { Vfs } from '../../vfs/vfs.ts';

// When each machine booted: the first time anyone asked, minus the VM's uptime then.
const boots = new WeakMap<object, number>();

/** Seconds the machine whose filesystem is `fs` has been up. */
export function uptimeSeconds(fs: Vfs): number {
  const now = fs.clock();
  if (!boots.has(fs.root)) boots.set(fs.root, now - BOOT_UPTIME_S * 1000);
  return Math.floor((now - boots.get(fs.root)!) / 1000);
}

const two = (n: number) => String(n).padStart(2, '0');

/** `3:17` or `5 min` or `2 days,  3:17`, as uptime and top print it. */
export function uptimeText(up: number): string {
  const h = Math.floor(up / 3600);
  const mins = Math.floor(up / 60) % 60;
  const days = Math.floor(h / 24);
  return (days ? `${days} day${days > 1 ? 's' : ''}, ` : '') + (h % 24 ? `${String(h % 24).padStart(2)}:${two(mins)}` : `${mins} min`);
}

/** Makes `uptime`: procps and busybox (uptime.c: `",  %u users"`, `",  load average: …"`) print the same line. */
export function makeUptime(_flavour: Flavour): Program {
  return (ctx) => {
    const d = new Date(ctx.fs.clock());
    const clock = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
    ctx.stdout.write(` ${clock} up ${uptimeText(uptimeSeconds(ctx.fs))},  0 users,  load average: ${LOAD}\n`);
    return 0;
  };
}

/** Makes `nproc`. */
export function makeNproc(): Program {
  return (ctx) => {
    ctx.stdout.write(`${CPUS}\n`);
    return 0;
  };
}
