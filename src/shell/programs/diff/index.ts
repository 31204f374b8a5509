// diff FILE1 FILE2: GNU diffutils 3.8 (normal, unified and context formats) and busybox 1.35 (unified only).
// Either operand may be a directory (the other file's name inside it, or two trees compared) or `-` (stdin).
import type { Program, ProgramContext } from '../../../kernel/process.ts';
import { strerror } from '../../messages.ts';
import { basename } from '../../../vfs/path.ts';
import type { Flavour } from '../util.ts';
import { compareDirs, joinName } from './dirs.ts';
import { parseDiff, type DiffOptions } from './options.ts';
import { comparePair } from './pair.ts';
import { trySide, type Side } from './read.ts';

/** The complaint about an operand that cannot be read; busybox's says it could not stat it. */
function cannotRead(ctx: ProgramContext, o: DiffOptions, name: string, code: string): void {
  ctx.stderr.write(o.flavour === 'gnu' ? `${ctx.argv[0]}: ${name}: ${strerror(code)}\n` : `diff: can't stat '${name}': ${strerror(code)}\n`);
}

/** Both operands read: a directory against a file stands for the file's name inside it. */
function run(ctx: ProgramContext, o: DiffOptions, names: string[]): number {
  const sides = names.map((n) => trySide(ctx, n));
  if (o.newFile) for (const k of [0, 1]) if (sides[k] === 'ENOENT' && typeof sides[1 - k] !== 'string') sides[k] = { name: names[k], kind: 'absent', bytes: new Uint8Array(), mtime: 0 };
  for (const k of [0, 1]) {
    const s = sides[k];
    if (typeof s === 'string') {
      cannotRead(ctx, o, names[k], s);
      return 2;
    }
  }
  let [a, b] = sides as Side[];
  if (a.kind === 'dir' && b.kind === 'dir') return compareDirs(ctx, o, a.name, b.name);
  if (a.kind === 'dir' || b.kind === 'dir') {
    const fileSide = a.kind === 'dir' ? b : a;
    if (fileSide.name === '-' && o.flavour === 'gnu') {
      ctx.stderr.write(`${ctx.argv[0]}: cannot compare '-' to a directory\n`);
      return 2;
    }
    const inner = joinName(a.kind === 'dir' ? a.name : b.name, basename(fileSide.name));
    const s = trySide(ctx, inner);
    if (typeof s === 'string') {
      cannotRead(ctx, o, inner, s);
      // busybox reports it and answers as for a difference.
      return o.flavour === 'gnu' ? 2 : 1;
    }
    if (a.kind === 'dir') a = s;
    else b = s;
  }
  return comparePair(ctx, o, a, b);
}

/** Makes `diff`: 0 when the files are the same, 1 when they differ, 2 (busybox: 1 for a bad command line) on trouble. */
export function makeDiff(flavour: Flavour): Program {
  return (ctx) => {
    const parsed = parseDiff(ctx, flavour);
    if (typeof parsed === 'number') return parsed;
    return run(ctx, parsed.opts, parsed.operands);
  };
}
