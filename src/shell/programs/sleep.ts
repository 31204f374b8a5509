// sleep DURATION…: waits the sum of its arguments (`1`, `0.5`, `1s`, `2m`, `1h`, `1d`) on the session clock.
import type { Program } from '../../kernel/process.ts';
import { busyboxUsage, checkSignal, progName, quote, usageError, type Flavour } from './util.ts';

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** Makes `sleep`; Ctrl-C (ctx.signal) ends it early with the shell's interrupt. */
export function makeSleep(flavour: Flavour): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1).filter((a, k) => !(a === '--' && k === 0));
    if (args.length === 0) return flavour === 'gnu' ? usageError(ctx, flavour, 'missing operand') : busyboxUsage(ctx, '[N]...');
    let seconds = 0;
    for (const a of args) {
      const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(a);
      if (!m) {
        if (flavour === 'gnu') return usageError(ctx, flavour, `invalid time interval ${quote(ctx, a)}`);
        ctx.stderr.write(`${progName(ctx, flavour)}: invalid number '${a}'\n`);
        return 1;
      }
      seconds += Number(m[1]) * UNIT[m[2]];
    }
    checkSignal(ctx);
    await ctx.sleep(Math.round(seconds * 1000));
    checkSignal(ctx);
    return 0;
  };
}
