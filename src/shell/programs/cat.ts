// cat: concatenates files (or stdin, or `-`) to stdout.
import type { Program } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { abs, checkSignal, errCode, parseFlags, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { isEndlessDevice } from './system/devices.ts';
import { applyView, catViewOf } from './cat-view.ts';

// How many blocks of an endless device cat reads at most (the output budget stops a shell line sooner).
const ENDLESS_BLOCKS = 8;

/** Makes `cat` (GNU or busybox messages) with the viewing options of cat-view.ts. */
export function makeCat(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), flavour === 'gnu' ? 'nuAbsvEeTt' : 'nuAbvet', ctx, flavour, flavour === 'gnu' ? ['show-all:A', 'number-nonblank:b', 'show-ends:E', 'number:n', 'squeeze-blank:s', 'show-tabs:T', 'show-nonprinting:v'] : []);
    if (bad) return 1;
    const view = catViewOf(flags);
    const state = { line: 0, blank: false };
    const number = (text: string) => applyView(text, view, state);
    let code = 0;
    let out = '';
    for (const f of operands.length ? operands : ['-']) {
      if (f === '-') {
        out += ctx.stdin;
        continue;
      }
      const path = abs(ctx, f);
      try {
        out += decodeUtf8(ctx.fs.readFile(path));
      } catch (e) {
        const c = errCode(e);
        ctx.stdout.write(number(out));
        out = '';
        ctx.stderr.write(flavour === 'gnu' || c === 'EISDIR' ? `cat: ${f}: ${strerror(c)}\n` : `cat: can't open '${f}': ${strerror(c)}\n`);
        code = 1;
        continue;
      }
      // An endless device (/dev/zero, /dev/urandom) gives a block per read: into a pipe one block is all
      // the reader will take; anywhere else cat reads on until the output budget or Ctrl-C stops it.
      if (!ctx.stdoutIsPipe && isEndless(ctx.fs.stat(path))) {
        // Bounded too, for a writer that is not metered (a program run outside a shell line).
        for (let block = 0; block < ENDLESS_BLOCKS; block++) {
          checkSignal(ctx);
          ctx.stdout.write(number(out));
          out = decodeUtf8(ctx.fs.readFile(path));
        }
      }
    }
    ctx.stdout.write(number(out));
    return code;
  };
}

// Whether the file read is a device whose reads never end (the kernel's /dev gives its numbers).
function isEndless(node: FsNode): boolean {
  return node.type === 'file' && isEndlessDevice(node.device);
}

