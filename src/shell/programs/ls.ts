// ls: -l -a -A -1 -C -x -w -d -F -p -h -i -s -n -R, sorted by name or -S/-t/-v/-X/-U/--sort, GNU's --time-style;
// columns on a terminal (ls-columns.ts), one name per line otherwise; no colour (no alias here).
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { abs, errCode, lsTime, parseFlags, progName, type Flavour } from './util.ts';
import { longLines, totalLine } from './ls-long.ts';
import { indicator } from './ls-classify.ts';
import { sortEntries, sortKey } from './ls-sort.ts';
import { timeFormat } from './ls-time-style.ts';
import { columnLayout } from './ls-columns.ts';
import { indicatorStyle, lineWidth, lsFormat, prefixColumns, type ListedFile } from './ls-format.ts';
import { canonicalPath } from './inode.ts';
import { argmatch } from './argmatch.ts';
import { notSupported, strerror } from '../messages.ts';

// GNU ls's long options (ls --help), with their letters.
const LS_LONG = ['all:a', 'almost-all:A', 'author', 'escape:b', 'block-size=', 'ignore-backups:B', '+color?', 'directory:d', 'dired:D', 'classify?:F', 'file-type', 'format=', '+full-time', 'group-directories-first', 'no-group:G', 'human-readable:h', 'si', 'dereference-command-line:H', 'dereference-command-line-symlink-to-dir', 'hide=', 'hyperlink?', 'indicator-style=', 'inode:i', 'ignore=:I', 'kibibytes:k', 'dereference:L', 'numeric-uid-gid:n', 'literal:N', 'hide-control-chars:q', 'show-control-chars', 'quote-name:Q', 'quoting-style=', 'reverse:r', 'recursive:R', 'size:s', '+sort=', 'time=', '+time-style=', 'tabsize=:T', 'width=:w', 'context:Z', 'zero'];
// GNU's letters (ls --help) the workbook does not act on, refused as such rather than as invalid.
const UNSUPPORTED = 'bBcDfgGHIkLmNoqQTuZ';
// busybox's (Alpine's build).
const LS_LONG_BB = ['+color?', '+full-time', 'group-directories-first'];
// busybox's letters (its usage line) the workbook does not act on.
const UNSUPPORTED_BB = 'LHcu';
// --color's and --classify's words (colouring is not simulated, so only a listing that would not be coloured is made).
const COLOR: [string, 'always' | 'never' | 'auto'][] = [['always', 'always'], ['yes', 'always'], ['force', 'always'], ['never', 'never'], ['no', 'never'], ['none', 'never'], ['auto', 'auto'], ['tty', 'auto'], ['if-tty', 'auto']];

/** Makes `ls` in the GNU or busybox flavour. */
export function makeLs(flavour: Flavour): Program {
  return (ctx) => {
    const gnu = flavour === 'gnu';
    const { flags, operands, order, values, bad } = parseFlags(ctx.argv.slice(1), gnu ? 'laA1CxdFphRrtSvXUisnw:' : 'laA1CxdFphRrtSvXisnw:', ctx, flavour, gnu ? LS_LONG : LS_LONG_BB, gnu ? UNSUPPORTED : UNSUPPORTED_BB);
    if (bad) return gnu ? 2 : 1;
    const tryHelp = (code: number) => {
      ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
      return code;
    };
    const colour = colourRefused(ctx, flavour, order);
    if (colour !== undefined) return colour;
    const key = sortKey(ctx, flavour, order);
    // A bad --sort word is argmatch's usage(EXIT_FAILURE), 1; a bad time style is ls's own usage, 2.
    if (key === undefined) return tryHelp(1);
    const width = lineWidth(ctx, flavour, values.get(gnu ? 'width' : 'w'));
    if (typeof width === 'string') {
      // GNU dies with LS_FAILURE (2) and no usage line; busybox's xatou fails with 1.
      ctx.stderr.write(`${progName(ctx, flavour)}: ${width}\n`);
      return gnu ? 2 : 1;
    }
    const all = flags.has('a');
    const almost = flags.has('A');
    const format = lsFormat(ctx, flavour, order);
    const long = format === 'long';
    const time = long ? timeFormat(ctx, flavour, order) : lsTime;
    if (time === undefined) return tryHelp(2);
    const sorted = <T extends ListedFile>(entries: T[]) => sortEntries(entries, key, flags.has('r'), flavour);
    const when = values.get('classify');
    const classifyWhen = when === undefined ? 'always' : gnu ? argmatch(ctx, when, '--classify', COLOR) : 'always';
    // argmatch's failure is coreutils' usage(EXIT_FAILURE): 1.
    if (classifyWhen === undefined) return tryHelp(1);
    const style = indicatorStyle(flavour, order, classifyWhen === 'always' || (classifyWhen === 'auto' && ctx.isTty));
    const recursive = flags.has('R');
    const human = flags.has('h');
    const columns = { inode: flags.has('i'), blocks: flags.has('s') };
    const targets = operands.length ? operands : ['.'];
    let code = 0;
    const files: ListedFile[] = [];
    const dirs: { name: string; path: string }[] = [];
    for (const t of targets) {
      const p = abs(ctx, t);
      try {
        const l = ctx.fs.lstat(p);
        const target = l.type === 'symlink' ? safeStat(ctx, p) : l;
        // A symlink named on the command line is followed (with a trailing / always): by GNU only to a
        // directory and not with -l, -d or -F; by busybox unless -l, -i, -s or -F (1.35 as Debian builds it).
        const follow = l.type === 'symlink' && (t.endsWith('/') || (gnu ? target?.type === 'dir' && !long && !flags.has('d') && !flags.has('F') : !long && !['i', 's', 'F'].some((f) => flags.has(f))));
        const n = follow ? ctx.fs.stat(p) : l;
        if (n.type === 'dir' && !flags.has('d')) dirs.push({ name: t, path: canonicalPath(ctx.fs, p, true) });
        else files.push({ name: t, node: n, path: canonicalPath(ctx.fs, p, follow) });
      } catch (e) {
        const c = errCode(e);
        ctx.stderr.write(gnu ? `ls: cannot access '${t}': ${strerror(c)}\n` : `ls: ${t}: ${strerror(c)}\n`);
        // GNU's "serious trouble" is 2; busybox's ls fails with 1.
        code = gnu ? 2 : 1;
      }
    }
    const emit = (entries: ListedFile[], dirPath: string | null) => {
      if (dirPath !== null && (long || columns.blocks)) ctx.stdout.write(totalLine(entries, flavour, human));
      const prefixes = prefixColumns(entries, flavour, { ...columns, human });
      if (long) {
        // A symlink's target is marked by -F, and by busybox's -p too (GNU's -p leaves it bare).
        const target = (style === 'classify' || (style && !gnu)) && ((p: string) => indicator(safeStat(ctx, abs(ctx, p)), style));
        ctx.stdout.write(longLines(ctx, flavour, entries, time, { human, classify: target || undefined, style, dirPath, numeric: flags.has('n'), prefixes }));
        return;
      }
      const cells = entries.map((e, k) => ({ text: prefixes[k] + e.name + (style ? indicator(e.node, style) : ''), nameWidth: e.name.length }));
      if (format === 'single') ctx.stdout.write(cells.map((c) => c.text + '\n').join(''));
      else ctx.stdout.write(columnLayout(cells, flavour, width, format === 'across', columns));
    };
    if (files.length) emit(sorted(files), null);
    let printed = files.length > 0;
    // A directory's listing, headed by its name when more than one is listed (or -R); with -R then each
    // of its subdirectories (not through symlinks) in listing order, as GNU ls and busybox do.
    const listDir = (name: string, path: string, headed: boolean) => {
      if (headed) ctx.stdout.write(`${printed ? '\n' : ''}${name}:\n`);
      printed = true;
      const entries: ListedFile[] = [];
      const child = (n: string) => (path === '/' ? '/' + n : `${path}/${n}`);
      if (all) {
        entries.push({ name: '.', node: ctx.fs.stat(path), path });
        const parent = canonicalPath(ctx.fs, path + '/..', true);
        entries.push({ name: '..', node: ctx.fs.stat(parent), path: parent });
      }
      for (const c of ctx.fs.readdir(path)) {
        if (c.startsWith('.') && !all && !almost) continue;
        entries.push({ name: c, node: ctx.fs.lstat(child(c)), path: child(c) });
      }
      const listed = sorted(entries);
      emit(listed, path);
      if (!recursive) return;
      for (const e of listed) {
        if (e.node.type !== 'dir' || e.name === '.' || e.name === '..') continue;
        listDir(`${name.endsWith('/') ? name : `${name}/`}${e.name}`, child(e.name), true);
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
