// umask [-p] [-S] [MODE]: the shell's file-creation mask, which files and directories it and its
// programs create are masked by (the mask lives on the shell's filesystem view: Vfs.umask).
import type { ExecIo } from './io.ts';
import type { ShellState } from './state.ts';
import { applyMode } from './file-mode.ts';

/** `umask`: prints the mask (octal, `-S` symbolic, bash's `-p` reusable) or sets it from octal or symbolic MODE. */
export function umask(sh: ShellState, argv: string[], io: ExecIo): number {
  const args = argv.slice(1);
  let symbolic = false;
  let reusable = false;
  while (args[0]?.startsWith('-') && args[0].length > 1) {
    const opt = args.shift()!;
    if (opt === '--') break;
    for (const c of opt.slice(1)) {
      if (c === 'S') symbolic = true;
      else if (c === 'p' && sh.dialect === 'bash') reusable = true;
      else return badOption(sh, io, opt, c);
    }
  }
  if (args[0] === undefined) {
    const text = symbolic ? symbolicMask(sh.fs.umask) : sh.fs.umask.toString(8).padStart(4, '0');
    io.stdout.write(`${reusable ? `umask ${symbolic ? '-S ' : ''}` : ''}${text}\n`);
    return 0;
  }
  const mask = parseMask(sh, args[0], io);
  if (mask === null) return sh.dialect === 'bash' ? 1 : 2;
  sh.fs.umask = mask;
  if (symbolic) io.stdout.write(`${symbolicMask(mask)}\n`);
  return 0;
}

// -x: bash lists its usage; dash and busybox name the option.
function badOption(sh: ShellState, io: ExecIo, opt: string, c: string): number {
  if (sh.dialect === 'bash') io.stderr.write(`${sh.builtinPrefix('umask')}${opt}: invalid option\numask: usage: umask [-p] [-S] [mode]\n`);
  else if (sh.dialect === 'dash') io.stderr.write(`${sh.builtinPrefix('umask')}Illegal option -${c}\n`);
  else io.stderr.write(`${sh.builtinPrefix('umask')}illegal option -${c}\n`);
  return 2;
}

// The permissions the mask lets through, as `umask -S` shows them: u=rwx,g=rx,o=rx.
function symbolicMask(mask: number): string {
  const allowed = ~mask & 0o777;
  const part = (who: string, bits: number): string => `${who}=${bits & 4 ? 'r' : ''}${bits & 2 ? 'w' : ''}${bits & 1 ? 'x' : ''}`;
  return [part('u', allowed >> 6), part('g', (allowed >> 3) & 7), part('o', allowed & 7)].join(',');
}

// An octal or symbolic mode as each shell takes it: bash up to 07777, busybox up to 0777, dash any
// octal (masked); a symbolic mode says what the mask lets through.
function parseMask(sh: ShellState, text: string, io: ExecIo): number | null {
  const say = (msg: string): null => (io.stderr.write(`${sh.builtinPrefix('umask')}${msg}\n`), null);
  if (/^[0-9]/.test(text)) {
    const value = /^[0-7]+$/.test(text) ? parseInt(text, 8) : NaN;
    if (sh.dialect === 'bash') return value <= 0o7777 ? value & 0o777 : say(`${text}: octal number out of range`);
    if (sh.dialect === 'dash') return Number.isNaN(value) ? say(`Illegal number: ${text}`) : value & 0o777;
    return value <= 0o777 ? value : say(`illegal mode: ${text}`);
  }
  if (sh.dialect === 'bash') {
    const fault = bashSymbolicFault(text);
    if (fault) return say(fault);
  }
  // busybox masks a clause naming no one (`+w`) with the umask itself, as its chmod does; bash and dash do not.
  const allowed = applyMode(text, ~sh.fs.umask & 0o777, true, sh.dialect === 'ash' ? sh.fs.umask : 0);
  if (allowed === null) return say(sh.dialect === 'dash' ? `Illegal mode: ${text}` : `illegal mode: ${text}`);
  return ~allowed & 0o777;
}

// bash's own check of a symbolic umask: [ugoa]* then one or more of [-+=][rwx]*, clauses split by commas.
function bashSymbolicFault(text: string): string | undefined {
  let k = 0;
  for (;;) {
    while ('ugoa'.includes(text[k] ?? '-')) k++;
    if (!'+-='.includes(text[k] ?? ',')) return `\`${text[k] ?? ' '}': invalid symbolic mode operator`;
    while ('+-='.includes(text[k] ?? ',')) {
      k++;
      while ('rwx'.includes(text[k] ?? '-')) k++;
    }
    if (k === text.length) return undefined;
    if (text[k] !== ',') return `\`${text[k]}': invalid symbolic mode character`;
    k++;
  }
}
