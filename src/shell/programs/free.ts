// free [-k|-m|-g|-h]: memory of the simulated machine (procps's layout, or busybox's).
import type { Program } from '../../kernel/process.ts';
import { MEMORY_KIB } from './sysinfo.ts';
import { usageError, type Flavour } from './util.ts';

function human(kib: number): string {
  const units = ['Ki', 'Mi', 'Gi', 'Ti'];
  let v = kib;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return (v < 10 ? v.toFixed(1) : String(Math.round(v))) + units[u];
}

/** Makes `free` for a flavour. */
export function makeFree(flavour: Flavour): Program {
  return (ctx) => {
    let conv = (k: number) => String(k);
    for (const a of ctx.argv.slice(1)) {
      if (a === '-k' || a === '--kibi') conv = (k) => String(k);
      else if (a === '-m' || a === '--mebi') conv = (k) => String(Math.floor(k / 1024));
      else if (a === '-g' || a === '--gibi') conv = (k) => String(Math.floor(k / 1048576));
      else if (a === '-h' || a === '--human') conv = human;
      else return usageError(ctx, flavour, flavour === 'gnu' ? `invalid option -- '${a.replace(/^-+/, '')}'` : `unrecognized option: ${a.replace(/^-+/, '')}`);
    }
    const m = MEMORY_KIB;
    const w = flavour === 'gnu' ? 12 : 11;
    const row = (label: string, cells: number[]) => label.padEnd(flavour === 'gnu' ? 7 : 5) + cells.map((c) => conv(c).padStart(w)).join(' ') + '\n';
    ctx.stdout.write(`${' '.repeat(flavour === 'gnu' ? 15 : 14)}total        used        free      shared  buff/cache   available\n`);
    ctx.stdout.write(row('Mem:', [m.total, m.used, m.free, m.shared, m.cache, m.available]));
    ctx.stdout.write(row('Swap:', [0, 0, 0]));
    return 0;
  };
}
