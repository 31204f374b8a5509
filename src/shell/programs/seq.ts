// seq [-w] [-s SEP] [FIRST [INC]] LAST: numbers with the precision of FIRST and INC.
import type { Program } from '../../kernel/process.ts';
import { busyboxUsage, checkSignal, progName, quote, usageError, type Flavour } from './util.ts';

const decimals = (s: string) => (/\.(\d*)/.exec(s)?.[1].length ?? 0);

/** Makes `seq`; long runs are written in chunks and yield so Ctrl-C can stop them. */
export function makeSeq(flavour: Flavour): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1);
    let sep = '\n';
    let width = false;
    const nums: string[] = [];
    const usage = '[-w] [-s SEP] [FIRST [INC]] LAST';
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-w') width = true;
      else if (a === '-s') {
        if (args[i + 1] === undefined) return flavour === 'gnu' ? usageError(ctx, flavour, "option requires an argument -- 's'") : busyboxUsage(ctx, usage);
        sep = args[++i];
      } else if (a.startsWith('-s')) sep = a.slice(2);
      else if (a === '--') {
        nums.push(...args.slice(i + 1));
        break;
      }
      else nums.push(a);
    }
    if (nums.length === 0 || nums.length > 3) {
      if (flavour === 'busybox') return busyboxUsage(ctx, usage);
      return usageError(ctx, flavour, nums.length ? `extra operand ${quote(ctx, nums[3])}` : 'missing operand');
    }
    for (const n of nums) {
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(n)) {
        if (flavour === 'busybox') {
          ctx.stderr.write(`${progName(ctx, flavour)}: invalid number '${n}'\n`);
          return 1;
        }
        return usageError(ctx, flavour, `invalid floating point argument: ${quote(ctx, n)}`);
      }
    }
    const [first, inc, last] = nums.length === 1 ? ['1', '1', nums[0]] : nums.length === 2 ? [nums[0], '1', nums[1]] : nums;
    if (Number(inc) === 0 && flavour === 'gnu') return usageError(ctx, flavour, `invalid Zero increment value: ${quote(ctx, inc)}`);
    const prec = Math.max(decimals(first), decimals(inc));
    const a = Number(first);
    const step = Number(inc);
    const end = Number(last);
    // Written in chunks as it goes, so a huge range spends the shell's output budget instead of memory.
    const count = step === 0 ? 1 : Math.max(0, Math.floor((end - a) / step + 1e-10) + 1);
    const lastValue = a + (count - 1) * step;
    const w = width ? Math.max(a.toFixed(prec).length, lastValue.toFixed(prec).length, last.length) : 0;
    const pad = (v: string) => (!width ? v : v.startsWith('-') ? '-' + v.slice(1).padStart(w - 1, '0') : v.padStart(w, '0'));
    let chunk: string[] = [];
    let started = false;
    const flush = () => {
      if (chunk.length) ctx.stdout.write((started ? sep : '') + chunk.join(sep));
      started ||= chunk.length > 0;
      chunk = [];
    };
    for (let k = 0; k < count; k++) {
      chunk.push(pad((a + k * step).toFixed(prec)));
      if (chunk.length === 10000) {
        flush();
        await ctx.sleep(0);
        checkSignal(ctx);
      }
    }
    flush();
    if (started) ctx.stdout.write('\n');
    return 0;
  };
}
