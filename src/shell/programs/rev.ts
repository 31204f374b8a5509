// rev [FILE]…: each line with its characters reversed (busybox; Debian's images have no rev). Characters
// are UTF-8 ones where the locale says UTF-8 (LC_ALL, LC_CTYPE or LANG), else bytes.
import type { Program } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8, encodeUtf8 } from '../../vfs/utf8.ts';
import { busyboxUsage, parseFlags, progName, readInputs, type Flavour } from './util.ts';

/** Makes `rev`; status 1 when a FILE cannot be opened (a directory reads as empty). */
export function makeRev(flavour: Flavour): Program {
  return (ctx) => {
    const { operands, bad } = parseFlags(ctx.argv.slice(1), '', ctx, flavour);
    if (bad) return busyboxUsage(ctx, '[FILE]...');
    const locale = ctx.env.get('LC_ALL') || ctx.env.get('LC_CTYPE') || ctx.env.get('LANG') || '';
    const unicode = /utf/i.test(locale);
    const reverse = (line: string) => (unicode ? [...line].reverse().join('') : decodeUtf8(encodeUtf8(line).reverse()));
    let code = 0;
    const inputs = readInputs(ctx, operands, (f, err) => {
      if (err === 'EISDIR') return;
      ctx.stderr.write(`${progName(ctx, flavour)}: ${f}: ${strerror(err)}\n`);
      code = 1;
    });
    for (const { text } of inputs) {
      const lines = text.split('\n');
      const last = lines.pop()!;
      for (const line of lines) ctx.stdout.write(reverse(line) + '\n');
      if (last !== '') ctx.stdout.write(reverse(last));
    }
    return code;
  };
}
