// diff's command line, GNU's and busybox's: what to compare and how to print it.
import type { ProgramContext } from '../../../kernel/process.ts';
import { busyboxUsage, parseFlags, type Flavour } from '../util.ts';
import type { Ignore } from './lines.ts';

/** The options one diff run acts on. */
export interface DiffOptions {
  flavour: Flavour;
  format: 'normal' | 'unified' | 'context' | 'side';
  /** -y's line width (-W) and --suppress-common-lines. */
  width: number;
  suppressCommon: boolean;
  context: number;
  brief: boolean;
  reportSame: boolean;
  recursive: boolean;
  newFile: boolean;
  text: boolean;
  ignore: Ignore;
  ignoreBlank: boolean;
  /** GNU's -d: no line is discarded before the comparison. */
  minimal: boolean;
  labels: string[];
  /** The options as typed, for GNU's `diff -r d1/f d2/f` line before each pair a directory walk compares. */
  switches: string[];
}

// GNU's long options; those the workbook does not act on have no letter it knows and are refused.
const GNU_LONGS = ['brief:q', 'context?:c', 'ignore-all-space:w', 'ignore-blank-lines:B', 'ignore-case:i', 'ignore-space-change:b', 'label=:L', 'new-file:N', 'recursive:r', 'report-identical-files:s', 'text:a', 'unified?:u', 'color?', 'ed:e', 'exclude=:x', 'exclude-from=:X', 'expand-tabs:t', 'from-file=', 'horizon-lines=', 'ifdef=:D', 'ignore-file-name-case', 'ignore-matching-lines=:I', 'ignore-tab-expansion:E', 'ignore-trailing-space:Z', 'initial-tab:T', 'left-column', 'line-format=', 'minimal:d', 'new-line-format=', 'no-dereference', 'no-ignore-file-name-case', '+normal', 'old-line-format=', 'paginate:l', 'palette=', 'rcs:n', 'show-c-function:p', 'show-function-line=:F', 'side-by-side:y', 'speed-large-files', 'starting-file=:S', 'strip-trailing-cr', 'suppress-blank-empty', '+suppress-common-lines', 'tabsize=', 'to-file=', 'unidirectional-new-file:P', 'width=:W', 'changed-group-format=', 'new-group-format=', 'old-group-format=', 'unchanged-group-format=', 'unchanged-line-format='];

/** A context length as GNU reads it (digits only), or undefined after its complaint. */
function contextLength(ctx: ProgramContext, flavour: Flavour, v: string): number | undefined {
  if (/^\d+$/.test(v)) return Number(v);
  if (flavour === 'gnu') ctx.stderr.write(`${ctx.argv[0]}: invalid context length '${v}'\n${ctx.argv[0]}: Try '${ctx.argv[0]} --help' for more information.\n`);
  else ctx.stderr.write(`diff: invalid number '${v}'\n`);
  return undefined;
}

/** The options and the two operands, or the exit status after the tool's complaint. */
export function parseDiff(ctx: ProgramContext, flavour: Flavour): { opts: DiffOptions; operands: string[] } | number {
  const args = ctx.argv.slice(1);
  // busybox takes -u too (its only format), though its usage leaves it out.
  const known = flavour === 'gnu' ? 'abBcC:diL:NqrsuU:wyW:' : 'abBiL:NqrsuU:w';
  // diffutils prefixes its Try line with the program's name, as coreutils does not; a spread copy of ctx would read (use up) its stdin getter.
  const name = ctx.argv[0];
  const stderr = { write: (t: string) => ctx.stderr.write(flavour === 'gnu' ? t.replace(/^Try '/m, `${name}: Try '`) : t) };
  const p = parseFlags(args, known, flavour === 'gnu' ? Object.assign(Object.create(ctx) as ProgramContext, { stderr }) : ctx, flavour, flavour === 'gnu' ? GNU_LONGS : []);
  if (p.bad) return flavour === 'gnu' ? 2 : busyboxUsage(ctx, '[-abBdiNqrTstw] [-L LABEL] [-S FILE] [-U LINES] FILE1 FILE2');
  let format: DiffOptions['format'] = flavour === 'gnu' ? 'normal' : 'unified';
  let styled = false;
  let conflict = false;
  // GNU's specify_style: a second, different output style is an error.
  const style = (f: DiffOptions['format']) => {
    if (styled && f !== format) conflict = true;
    styled = true;
    format = f;
  };
  // GNU keeps the largest context asked for, -u and -c asking for 3; busybox's last -U wins.
  let context = -1;
  const want = (n: number) => void (context = flavour === 'gnu' ? Math.max(context, n) : n);
  const labels: string[] = [];
  // Each option in order: the last format named wins, every -L is a label; values are read from argv again for repeats.
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (!a.startsWith('-') || a === '-') continue;
    const long = /^--(unified|context|label)(?:=(.*))?$/.exec(a) ?? /^--(u|un|uni|unif|unifi|unifie|c|co|con|cont|conte|contex|l|la|lab|labe)(?:=(.*))?$/.exec(a);
    if (long) {
      const name = long[1][0];
      if (name === 'l') labels.push(long[2] ?? args[++i]);
      else {
        style(name === 'u' ? 'unified' : 'context');
        const n = long[2] === undefined ? 3 : contextLength(ctx, flavour, long[2]);
        if (n === undefined) return 2;
        want(n);
      }
      continue;
    }
    if (/^--no(r|rm|rma|rmal)?$/.test(a) && 'normal'.startsWith(a.slice(2))) style('normal');
    if (/^--si/.test(a) && 'side-by-side'.startsWith(a.slice(2))) style('side');
    if (a.startsWith('--')) continue;
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === 'W') {
        if (j + 1 === a.length) i++;
        break;
      }
      if ('CUL'.includes(c)) {
        const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (c === 'L') labels.push(v);
        else {
          const n = contextLength(ctx, flavour, v);
          if (n === undefined) return flavour === 'gnu' ? 2 : 1;
          want(n);
          style(c === 'U' ? 'unified' : 'context');
        }
        break;
      }
      if (c === 'y') style('side');
      if (c === 'u' || c === 'c') {
        style(c === 'u' ? 'unified' : 'context');
        if (flavour === 'gnu') want(3);
      }
    }
  }
  if (context < 0) context = 3;
  if (conflict && flavour === 'gnu') {
    ctx.stderr.write(`${name}: conflicting output style options\n${name}: Try '${name} --help' for more information.\n`);
    return 2;
  }
  const f = p.flags;
  let width = 130;
  if (f.has('W')) {
    const v = p.values.get('width') ?? '';
    if (!/^\d+$/.test(v) || Number(v) === 0) {
      ctx.stderr.write(`${name}: invalid width '${v}'\n${name}: Try '${name} --help' for more information.\n`);
      return 2;
    }
    width = Number(v);
  }
  const operands = p.operands;
  if (operands.length !== 2) {
    if (flavour === 'busybox') return busyboxUsage(ctx, '[-abBdiNqrTstw] [-L LABEL] [-S FILE] [-U LINES] FILE1 FILE2');
    const n = ctx.argv[0];
    // diffutils prefixes its Try line with the program's name too.
    const what = operands.length < 2 ? `missing operand after '${operands.length ? operands[0] : n}'` : `extra operand '${operands[2]}'`;
    ctx.stderr.write(`${n}: ${what}\n${n}: Try '${n} --help' for more information.\n`);
    return 2;
  }
  // getopt moves the operands last: the rest, in order, is what GNU echoes.
  const at1 = args.lastIndexOf(operands[1]);
  const at0 = args.lastIndexOf(operands[0], at1 - 1);
  const switches = args.filter((_, k) => k !== at0 && k !== at1);
  const ignore = { case: f.has('i'), allSpace: f.has('w'), spaceChange: f.has('b') };
  const opts: DiffOptions = { flavour, format, context, brief: f.has('q'), reportSame: f.has('s'), recursive: f.has('r'), newFile: f.has('N'), text: f.has('a'), ignore, ignoreBlank: f.has('B'), minimal: flavour === 'gnu' && f.has('d'), width, suppressCommon: f.has('--suppress-common-lines'), labels, switches };
  return { opts, operands };
}
