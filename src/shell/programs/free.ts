// free [-b|-k|-m|-g|-h] [-t] [-w]: memory of the simulated machine in procps-ng's layout (an 8-wide label,
// 12-wide right-aligned cells) or busybox's (a 7-wide label, %12s cells; its one option is the first argument).
import type { Program } from '../../kernel/process.ts';
import { MEMORY_KIB } from './sysinfo.ts';
import { refusedLetter, usageError, type Flavour } from './util.ts';

// procps's -h: the shortest of "%.1f" and "%ld" (truncated) with a binary unit that fits in five characters.
function procpsHuman(kib: number, si: boolean): string {
  const bytes = kib * 1024;
  if (`${bytes}B`.length <= 4) return `${bytes}B`;
  const base = si ? 1000 : 1024;
  for (let i = 1; i <= 6; i++) {
    const v = bytes / base ** i;
    const unit = 'BKMGTPE'[i] + (si ? '' : 'i');
    const limit = si ? 4 : 5;
    const decimal = `${v.toFixed(1)}${unit}`;
    if (decimal.length <= limit) return decimal;
    const whole = `${Math.trunc(v)}${unit}`;
    if (whole.length <= limit) return whole;
  }
  return `${Math.trunc(bytes / base ** 6)}E`;
}

// busybox's make_human_readable_str: bytes below 1K as they are, else one decimal and K, M, G ….
function busyboxHuman(kib: number): string {
  if (kib === 0) return '0';
  let v = kib;
  let u = 0;
  while (v >= 1024 && u < 5) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1)}${'KMGTPE'[u]}`;
}

const GNU_LONG: Record<string, string> = { '--bytes': 'b', '--kibi': 'k', '--mebi': 'm', '--gibi': 'g', '--human': 'h', '--total': 't', '--wide': 'w', '--si': 'S', '--kilo': 'K', '--mega': 'M', '--giga': 'G' };

/** Makes `free` for a flavour. */
export function makeFree(flavour: Flavour): Program {
  return (ctx) => {
    const m = MEMORY_KIB;
    if (flavour === 'busybox') {
      // busybox looks at argv[1] only: -b, -k, -m, -g or -h; anything else is its usage.
      const a = ctx.argv[1];
      const letter = a?.startsWith('-') ? a[1] : undefined;
      if (letter !== undefined && !'bkmgh'.includes(letter) && refusedLetter(ctx, flavour, letter)) return 1;
      if (letter !== undefined && !'bkmgh'.includes(letter)) return usageError(ctx, flavour, `unrecognized option: ${a.replace(/^-+/, '')}`);
      const conv: Record<string, (k: number) => string> = { b: (k) => String(k * 1024), k: String, m: (k) => String(k >> 10), g: (k) => String(k >> 20), h: busyboxHuman };
      const show = conv[letter ?? 'k'];
      const row = (label: string, cells: number[]) => label.padEnd(7) + cells.map((c) => show(c).padStart(12)).join('') + '\n';
      ctx.stdout.write(' '.repeat(7) + ['total', 'used', 'free', 'shared', 'buff/cache', 'available'].map((h) => h.padStart(12)).join('') + '\n');
      ctx.stdout.write(row('Mem:', [m.total, m.used, m.free, m.shared, m.cache, m.available]));
      ctx.stdout.write(row('Swap:', [0, 0, 0]));
      return 0;
    }
    const flags = new Set<string>();
    for (const a of ctx.argv.slice(1)) {
      const letters = GNU_LONG[a] ?? (/^-[a-zA-Z]+$/.test(a) ? a.slice(1) : undefined);
      if (letters === undefined) return usageError(ctx, flavour, a.startsWith('--') ? `unrecognized option '${a}'` : `extra operand '${a}'`);
      for (const c of letters) {
        const unknown = !'bkmghtwSKMG'.includes(c) || ('SKMG'.includes(c) && !GNU_LONG[a]);
        if (unknown && refusedLetter(ctx, flavour, c)) return 1;
        if (unknown) return usageError(ctx, flavour, `invalid option -- '${c}'`);
        flags.add(c);
      }
    }
    const si = flags.has('S') || flags.has('K') || flags.has('M') || flags.has('G');
    const base = si ? 1000 : 1024;
    const exponent = flags.has('b') ? 0 : flags.has('m') || flags.has('M') ? 2 : flags.has('g') || flags.has('G') ? 3 : 1;
    const show = flags.has('h') ? (k: number) => procpsHuman(k, si) : (k: number) => String(Math.floor((k * 1024) / base ** exponent));
    const heads = flags.has('w') ? ['total', 'used', 'free', 'shared', 'buffers', 'cache', 'available'] : ['total', 'used', 'free', 'shared', 'buff/cache', 'available'];
    const mem = flags.has('w') ? [m.total, m.used, m.free, m.shared, 98_764, m.cache - 98_764, m.available] : [m.total, m.used, m.free, m.shared, m.cache, m.available];
    const row = (label: string, cells: number[]) => label.padEnd(8) + cells.map((c) => show(c).padStart(12)).join('') + '\n';
    let out = ' '.repeat(8) + heads.map((h) => h.padStart(12)).join('') + '\n';
    out += row('Mem:', mem) + row('Swap:', [0, 0, 0]);
    if (flags.has('t')) out += row('Total:', [m.total, m.used, m.free]);
    ctx.stdout.write(out);
    return 0;
  };
}
