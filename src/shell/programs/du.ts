// du [-s] [-a] [-c] [-h] [-k|-m] [FILE]…: disk usage in 1K blocks as an ext4/overlay disk allocates them
// (4 KiB per block; a directory takes one block; a symlink none), GNU or busybox wording.
import type { Program } from '../../kernel/process.ts';
import { humanKib } from './human-size.ts';
import { nodeSize } from '../../vfs/vfs.ts';
import { strerror } from '../messages.ts';
import { abs, errCode, parseFlags, type Flavour } from './util.ts';

const blocksOf = (bytes: number) => Math.ceil(bytes / 4096) * 4;

/** Makes `du` for a flavour. */
export function makeDu(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), 'sachkmxLd', ctx, flavour);
    if (bad) return 1;
    const show = (kib: number) => (flags.has('h') ? humanKib(kib, flavour) : flags.has('m') ? String(Math.ceil(kib / 1024)) : String(kib));
    let code = 0;
    let total = 0;
    const walk = (ctxPath: string, shown: string, depth: number): number => {
      const node = ctx.fs.lstat(ctxPath);
      if (node.type === 'symlink') return 0;
      if (node.type !== 'dir') {
        const k = blocksOf(nodeSize(node));
        if (flags.has('a') && depth > 0) ctx.stdout.write(`${show(k)}\t${shown}\n`);
        return k;
      }
      let k = 4;
      for (const child of ctx.fs.readdir(ctxPath)) k += walk(`${ctxPath === '/' ? '' : ctxPath}/${child}`, `${shown.replace(/\/$/, '')}/${child}`, depth + 1);
      if (!flags.has('s') || depth === 0) ctx.stdout.write(`${show(k)}\t${shown}\n`);
      return k;
    };
    for (const operand of operands.length ? operands : ['.']) {
      try {
        const p = abs(ctx, operand);
        const node = ctx.fs.lstat(p);
        if (node.type !== 'dir') {
          const k = node.type === 'symlink' ? 0 : blocksOf(nodeSize(node));
          ctx.stdout.write(`${show(k)}\t${operand}\n`);
          total += k;
        } else total += walk(p, operand, 0);
      } catch (e) {
        const c = errCode(e);
        ctx.stderr.write(flavour === 'gnu' ? `du: cannot access '${operand}': ${strerror(c)}\n` : `du: ${operand}: ${strerror(c)}\n`);
        code = 1;
      }
    }
    if (flags.has('c')) ctx.stdout.write(`${show(total)}\ttotal\n`);
    return code;
  };
}

