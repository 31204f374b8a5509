// yes [STRING]…: repeats a line. Into a terminal it runs until Ctrl-C; into a pipe or file it writes
// 64 KiB-worth of lines and stops, since the workbook buffers pipes whole (the reader takes what it needs).
import type { Program } from '../../kernel/process.ts';
import { checkSignal } from './util.ts';

const PIPE_BYTES = 65_536;

/** Makes `yes`. */
export function makeYes(): Program {
  return async (ctx) => {
    const line = (ctx.argv.length > 1 ? ctx.argv.slice(1).join(' ') : 'y') + '\n';
    const chunk = line.repeat(Math.max(1, Math.floor(4096 / line.length)));
    if (!ctx.isTty) {
      ctx.stdout.write(line.repeat(Math.max(1, Math.ceil(PIPE_BYTES / line.length))));
      return 0;
    }
    // Bounded even in a terminal, in case the clock never advances (a headless session's instant sleep).
    for (let i = 0; i < 10_000; i++) {
      checkSignal(ctx);
      ctx.stdout.write(chunk);
      await ctx.sleep(16);
    }
    return 0;
  };
}
