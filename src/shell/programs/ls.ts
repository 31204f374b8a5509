// ls: -l -a -A -1 -d -F -h -R, sorted by name or -S/-t/-v/-X/-U/--sort, GNU's --time-style; columns on a terminal, one name per line otherwise; no colour (no alias here).
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { abs, errCode, lsTime, parseFlags, progName, type Flavour } from './util.ts';
import { longLines } from './ls-long.ts';
import { indicator } from './ls-classify.ts';
import { sortEntries, sortKey } from './ls-sort.ts';
import { timeFormat } from './ls-time-style.ts';
import { argmatch } from './argmatch.ts';
import { notSupported, strerror } from '../messages.ts';

interface Entry {
  name: string;
  node: FsNode;
}

/** Lays out names in columns, column-major, as GNU and busybox ls do on a terminal. */
// GNU ls's long options (ls --help), with their letters.
const LS_LONG = ['all:a', 'almost-all:A', 'author', 'escape:b', 'block-size=', 'ignore-backups:B', '+color?', 'directory:d', 'dired:D', 'classify?:F', 'file-type', 'format=', '+full-time', 'group-directories-first', 'no-group:G', 'human-readable:h', 'si', 'dereference-command-line:H', 'dereference-command-line-symlink-to-dir', 'hide=', 'hyperlink?', 'indicator-style=', 'inode:i', 'ignore=:I', 'kibibytes:k', 'dereference:L', 'numeric-uid-gid:n', 'literal:N', 'hide-control-chars:q', 'show-control-chars', 'quote-name:Q', 'quoting-style=', 'reverse:r', 'recursive:R', 'size:s', '+sort=', 'time=', '+time-style=', 'tabsize=:T', 'width=:w', 'context:Z', 'zero'];
// busybox's (Alpine's build).
const LS_LONG_BB = ['+color?', '+full-time', 'group-directories-first'];
// --color's and --classify's words (colouring is not simulated, so only a listing that would not be coloured is made).
const COLOR: [string, 'always' | 'never' | 'auto'][] = [['always', 'always'], ['yes', 'always'], ['force', 'always'], ['never', 'never'], ['no', 'never'], ['none', 'never'], ['auto', 'auto'], ['tty', 'auto'], ['if-tty', 'auto']];

export function columnize(names: string[], width: number): string {
  if (names.length === 0) return '';
  for (let cols = names.length; cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) {
      const col = names.slice(c * rows, (c + 1) * rows);
      if (col.length === 0) continue;
      widths.push(Math.max(...col.map((n) => n.length)));
    }
    const total = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
    if (total < width || cols === 1) {
      let out = '';
      for (let r = 0; r < rows; r++) {
        const cells: string[] = [];
        for (let c = 0; c < widths.length; c++) {
          const n = names[c * rows + r];
          if (n === undefined) continue;
          cells.push(n);
        }
        out += cells.map((n, c) => (c === cells.length - 1 ? n : n.padEnd(widths[c] + 2))).join('') + '\n';
      }
      return out;
    }
  }
  return names.join('\n') + '\n';
}

/** Makes `ls` in the GNU or busybox flavour. */
export function makeLs(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, order, values, bad } = parseFlags(ctx.argv.slice(1), flavour === 'gnu' ? 'laA1dFhRrtSvXU' : 'laA1dFhRrtSvX', ctx, flavour, flavour === 'gnu' ? LS_LONG : LS_LONG_BB);
    if (bad) return flavour === 'gnu' ? 2 : 1;
    const tryHelp = (code: number) => {
      ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
      return code;
    };
    const colour = colourRefused(ctx, flavour, order);
    if (colour !== undefined) return colour;
    const key = sortKey(ctx, flavour, order);
    // A bad --sort word is argmatch's usage(EXIT_FAILURE), 1; a bad time style is ls's own usage, 2.
    if (key === undefined) return tryHelp(1);
    const all = flags.has('a');
    const almost = flags.has('A');
    const long = flags.has('l') || flags.has('--full-time');
    const time = long ? timeFormat(ctx, flavour, order) : lsTime;
    if (time === undefined) return tryHelp(2);
    const sorted = <T extends Entry>(entries: T[]) => sortEntries(entries, key, flags.has('r'), flavour);
    const when = values.get('classify');
    const classifyWhen = when === undefined ? 'always' : flavour === 'gnu' ? argmatch(ctx, when, '--classify', COLOR) : 'always';
    // argmatch's failure is coreutils' usage(EXIT_FAILURE): 1.
    if (classifyWhen === undefined) return tryHelp(1);
    const classify = flags.has('F') && (classifyWhen === 'always' || (classifyWhen === 'auto' && ctx.isTty));
    const recursive = flags.has('R');
    const human = flags.has('h');
    const oneLine = flags.has('1') || !ctx.isTty;
    const targets = operands.length ? operands : ['.'];
    let code = 0;
    const files: Entry[] = [];
    const dirs: { name: string; path: string }[] = [];
    for (const t of targets) {
      const p = abs(ctx, t);
      try {
        const l = ctx.fs.lstat(p);
        const n = l.type === 'symlink' && !long ? ctx.fs.stat(p) : l;
        const followed = l.type === 'symlink' ? safeStat(ctx, p) : n;
        // A symlink operand is listed as the link with -l (as GNU and busybox do), its directory otherwise or with a trailing /.
        if (followed?.type === 'dir' && !flags.has('d') && !(long && l.type === 'symlink' && !t.endsWith('/'))) dirs.push({ name: t, path: p });
        else files.push({ name: t, node: long ? l : n });
      } catch (e) {
        const c = errCode(e);
        ctx.stderr.write(flavour === 'gnu' ? `ls: cannot access '${t}': ${strerror(c)}\n` : `ls: ${t}: ${strerror(c)}\n`);
        // GNU's "serious trouble" is 2; busybox's ls fails with 1.
        code = flavour === 'gnu' ? 2 : 1;
      }
    }
    const emit = (entries: Entry[], dirPath: string | null) => {
      if (long) ctx.stdout.write(longLines(ctx, flavour, entries, dirPath !== null, time, { human, classify: classify ? (p) => indicator(safeStat(ctx, abs(ctx, p))) : undefined, dirPath }));
      else {
        const names = entries.map((e) => e.name + (classify ? indicator(e.node) : ''));
        ctx.stdout.write(oneLine ? names.map((n) => n + '\n').join('') : columnize(names, ctx.columns));
      }
    };
    if (files.length) emit(sorted(files), null);
    let printed = files.length > 0;
    // A directory's listing, headed by its name when more than one is listed (or -R); with -R then each
    // of its subdirectories (not through symlinks) in listing order, as GNU ls and busybox do.
    const listDir = (name: string, path: string, headed: boolean) => {
      if (headed) ctx.stdout.write(`${printed ? '\n' : ''}${name}:\n`);
      printed = true;
      const entries: Entry[] = [];
      if (all) {
        entries.push({ name: '.', node: ctx.fs.stat(path) });
        entries.push({ name: '..', node: ctx.fs.stat(path + '/..') });
      }
      for (const child of ctx.fs.readdir(path)) {
        if (child.startsWith('.') && !all && !almost) continue;
        entries.push({ name: child, node: ctx.fs.lstat(path === '/' ? '/' + child : path + '/' + child) });
      }
      const listed = sorted(entries);
      emit(listed, path);
      if (!recursive) return;
      for (const e of listed) {
        if (e.node.type !== 'dir' || e.name === '.' || e.name === '..') continue;
        listDir(`${name.endsWith('/') ? name : `${name}/`}${e.name}`, path === '/' ? '/' + e.name : `${path}/${e.name}`, true);
      }
    };
    const headed = targets.length > 1 || recursive;
    for (const d of sorted(dirs.map((d) => ({ ...d, node: ctx.fs.stat(d.path) })))) listDir(d.name, d.path, headed);
    return code;
  };
}

function safeStat(ctx: ProgramContext, p: string): FsNode | undefined {
  try {
    return ctx.fs.stat(p);
  } catch {
    return undefined;
  }
}

/** Refuses a coloured listing (--color, =always, or =auto on a terminal; colours are not simulated) with the usage status; undefined when none is asked for. */
function colourRefused(ctx: ProgramContext, flavour: Flavour, order: string[]): number | undefined {
  const given = order.filter((o) => o === '--color' || o.startsWith('--color=')).pop();
  if (given === undefined) return undefined;
  const word = given === '--color' ? 'always' : given.slice('--color='.length);
  const when = flavour === 'gnu' ? argmatch(ctx, word, '--color', COLOR) : COLOR.find(([w]) => w === word)?.[1] ?? 'always';
  // argmatch's failure is coreutils' usage(EXIT_FAILURE): 1, not ls's 2.
  if (when === undefined) {
    ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
    return 1;
  }
  if (when === 'never' || (when === 'auto' && !ctx.isTty)) return undefined;
  ctx.stderr.write(`${progName(ctx, flavour)}: ${notSupported(`option '${given}'`)}\n`);
  return flavour === 'gnu' ? 2 : 1;
}
