// uname: the simulated kernel (release 6.8.0-workbook on x86_64) and the machine's host name.
import type { Program } from '../../kernel/process.ts';
import { machineName } from './hostname.ts';
import { busyboxUsage, parseFlags, quote, usageError, type Flavour } from './util.ts';

/** The kernel release every machine in the workbook reports (`uname -r`). */
export const KERNEL_RELEASE = '6.8.0-workbook';
/** The kernel build string (`uname -v`). */
export const KERNEL_VERSION = '#1 SMP PREEMPT_DYNAMIC';

/** Makes `uname`: fields print in the kernel's order whatever the flag order; -a skips unknown -p/-i. */
export function makeUname(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), 'asnrvmpio', ctx, flavour, ['all:a', 'kernel-name:s', 'nodename:n', 'kernel-release:r', 'kernel-version:v', 'machine:m', 'processor:p', 'hardware-platform:i', 'operating-system:o']);
    if (bad) return flavour === 'busybox' ? busyboxUsage(ctx, '[-amnrspvio]') : 1;
    if (operands.length) return flavour === 'gnu' ? usageError(ctx, flavour, `extra operand ${quote(ctx, operands[0])}`) : busyboxUsage(ctx, '[-amnrspvio]');
    const all = flags.has('a') || flags.has('--all');
    const fields: [string, string][] = [
      ['s', 'Linux'],
      ['n', machineName(ctx)],
      ['r', KERNEL_RELEASE],
      ['v', KERNEL_VERSION],
      ['m', 'x86_64'],
      ['p', 'unknown'],
      ['i', 'unknown'],
      // glibc builds of busybox and GNU say GNU/Linux; Alpine's musl busybox says Linux.
      ['o', flavour === 'gnu' ? 'GNU/Linux' : 'Linux'],
    ];
    const want = flags.size === 0 ? new Set(['s']) : flags;
    const out = fields.filter(([k, v]) => (all ? v !== 'unknown' || want.has(k) : want.has(k))).map(([, v]) => v);
    ctx.stdout.write(out.join(' ') + '\n');
    return 0;
  };
}
