// hostname: the machine's name, from /etc/hostname of its filesystem (what Docker writes for a container).
import type { Program, ProgramContext } from '../../kernel/process.ts';

/** The host name of the machine the program runs on: /etc/hostname's first line, else HOSTNAME, else `localhost`. */
export function machineName(ctx: ProgramContext): string {
  try {
    const first = ctx.fs.readText('/etc/hostname').split('\n')[0].trim();
    if (first) return first;
  } catch {
    /* no /etc/hostname */
  }
  return ctx.env.get('HOSTNAME') || 'localhost';
}

/** `hostname` (printing only; setting the name needs privileges the learner does not have). */
export const hostname: Program = (ctx) => {
  ctx.stdout.write(machineName(ctx) + '\n');
  return 0;
};
