// sleep DURATION…: waits the sum of its arguments (`1`, `0.5`, `1s`, `2m`, `1h`, `1d`, GNU's `1e3` and
// `0x10`, `infinity`) on the session clock.
import type { Program } from '../../kernel/process.ts';
import { busyboxUsage, checkSignal, progName, quote, usageError, type Flavour } from './util.ts';
import { strtod } from './strtod.ts';

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** GNU's reading of one DURATION: a strtod number (1e3, 0x10, inf, infinity) and one optional suffix; NaN if refused. */
export function gnuSeconds(a: string): number {
  const whole = strtod(a);
  if (!Number.isNaN(whole) && !/^\s/.test(a)) return whole;
  // strtod reads the longest number it can, so a suffix is whatever one letter is left after it.
  const suffix = a.slice(-1);
  const n = UNIT[suffix] && suffix !== '' ? strtod(a.slice(0, -1)) : NaN;
  return n * (UNIT[suffix] ?? NaN);
}

/** Makes `sleep`; Ctrl-C (ctx.signal) ends it early with the shell's interrupt. `sleep infinity` waits for it. */
export function makeSleep(flavour: Flavour): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1).filter((a, k) => !(a === '--' && k === 0));
    if (args.length === 0) return flavour === 'gnu' ? usageError(ctx, flavour, 'missing operand') : busyboxUsage(ctx, '[N]...');
    let seconds = 0;
    // busybox sleeps for ever when its first argument starts with "inf", whatever follows.
    if (flavour === 'busybox' && /^inf/i.test(args[0])) seconds = Infinity;
    for (const a of seconds === Infinity ? [] : args) {
      // GNU's getopt takes `-1` for an option (sleep has none but --help and --version).
      if (flavour === 'gnu' && a.length > 1 && a.startsWith('-') && ctx.argv.slice(1)[0] !== '--') return usageError(ctx, flavour, `invalid option -- '${a[1]}'`);
      const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(a);
      const n = flavour === 'gnu' ? gnuSeconds(a) : m ? Number(m[1]) * UNIT[m[2]] : NaN;
      if (Number.isNaN(n) || n < 0) {
        if (flavour === 'gnu') return usageError(ctx, flavour, `invalid time interval ${quote(ctx, a)}`);
        ctx.stderr.write(`${progName(ctx, flavour)}: invalid number '${a}'\n`);
        return 1;
      }
      seconds += n;
    }
    checkSignal(ctx);
    await ctx.sleep(seconds === Infinity ? Infinity : Math.round(seconds * 1000));
    checkSignal(ctx);
    return 0;
  };
}
