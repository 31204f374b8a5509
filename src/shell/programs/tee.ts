// tee [-a] FILE…: copies stdin to stdout and to each FILE.
import type { Program } from '../../kernel/process.ts';
import { abs, errCode, parseFlags, progName, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';

/** Makes `tee`; a file it cannot open is reported and skipped (exit 1), the rest still get the input. */
export function makeTee(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), 'ai', ctx, flavour, flavour === 'gnu' ? ['append:a', 'ignore-interrupts:i', 'output-error?'] : []);
    if (bad) return 1;
    let code = 0;
    const input = ctx.stdin; // reading stdin consumes it: read it once
    for (const f of operands) {
      if (f === '-' && flavour === 'busybox') continue;
      try {
        ctx.fs.writeFile(abs(ctx, f), input, { append: flags.has('a') });
      } catch (e) {
        ctx.stderr.write(`${progName(ctx, flavour)}: ${f}: ${strerror(errCode(e))}\n`);
        code = 1;
      }
    }
    ctx.stdout.write(input);
    return code;
  };
}
