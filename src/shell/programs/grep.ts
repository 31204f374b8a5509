// grep [-ivnclLrREFqwoxhHszabTZUI] [-A|-B|-C N] [-m N] [-e PATTERN]… [-f FILE]… [-d|-D ACTION] PATTERN [FILE]…:
// lines matching a POSIX regex, with context lines around them; exit 1 on no match, 2 on error.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { checkSignal, progName, type Flavour } from './util.ts';
import { escapeFixed, posixToJs, RegexError } from './regex.ts';
import { optionError, parseGrepOptions, type GrepOptions, type Pattern } from './grep-options.ts';
import { gatherSources, recursivePrefix } from './grep-inputs.ts';
import { Search } from './grep-search.ts';

/** Makes `grep`: GNU's (binary files, -b -T -Z, -d/-D among its options) or busybox's smaller set. */
export function makeGrep(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const o = parseGrepOptions(ctx, flavour, name);
    if (typeof o === 'number') return o;
    if (!o.given) {
      if (o.operands.length === 0) return optionError(ctx, flavour, name, null);
      o.patterns.push({ text: o.operands.shift()! });
    }
    const invert = settlePatterns(flavour, o);
    if (flavour === 'gnu' && cannotMatch(o, invert)) return 1;
    const re = compile(ctx, flavour, name, o.patterns, o.flags);
    if (typeof re === 'number') return re;
    const { flags } = o;
    const prefix = flags.has('H') || (!flags.has('h') && (o.operands.length > 1 || (o.directories === 'recurse' && recursivePrefix(ctx, flavour, o))));
    const search = new Search(ctx, flavour, name, o, re, invert, prefix);
    for (const s of gatherSources(ctx, flavour, o)) {
      checkSignal(ctx);
      if (search.file(s)) {
        ctx.stdout.write(search.out);
        return 0;
      }
    }
    ctx.stdout.write(search.out);
    return search.status();
  };
}

// Whether lines are selected by not matching: -v, turned over where -e and -f gave no pattern at all
// (`-f /dev/null`): both greps then search for an empty one, inverted, to match nothing (busybox for `.*`
// under -x; GNU drops -x and -w).
function settlePatterns(flavour: Flavour, o: GrepOptions): boolean {
  const invert = o.flags.has('v');
  if (o.patterns.length > 0) return invert;
  if (flavour === 'gnu') ['x', 'w'].forEach((c) => o.flags.delete(c));
  o.patterns.push({ text: flavour === 'busybox' && o.flags.has('x') ? '.*' : '' });
  return !invert;
}

// GNU sees that nothing can match (-m 0, an inverted empty pattern) and exits 1 before it opens a file, so
// a missing one goes unreported; -L still lists the files.
function cannotMatch(o: GrepOptions, invert: boolean): boolean {
  const empty = o.patterns.every((p) => p.text === '') && invert && !o.flags.has('x') && !o.flags.has('w');
  return (o.context.max === 0 || empty) && !o.flags.has('L');
}

// One RegExp for all the patterns, or the exit status after the complaint: GNU names every bad pattern (with
// the -f file and line it came from); busybox compiles its list last pattern first and stops at a bad one.
function compile(ctx: ProgramContext, flavour: Flavour, name: string, patterns: Pattern[], flags: Set<string>): RegExp | number {
  const sources: string[] = [];
  const errors: string[] = [];
  for (const p of patterns) {
    try {
      const src = flags.has('F') ? escapeFixed(p.text) : posixToJs(p.text, flags.has('E'));
      new RegExp(src);
      sources.push(src);
    } catch (e) {
      if (!(e instanceof RegexError) && !(e instanceof SyntaxError)) throw e;
      const where = p.file === undefined ? '' : `${p.file}:${p.line}: `;
      errors.push(flavour === 'gnu' ? `${name}: ${where}${e instanceof RegexError ? e.message : 'Invalid regular expression'}\n` : `${name}: bad regex '${p.text}'\n`);
    }
  }
  if (errors.length) {
    ctx.stderr.write(flavour === 'gnu' ? errors.join('') : errors[errors.length - 1]);
    return 2;
  }
  let src = sources.map((p) => `(?:${p})`).join('|');
  // Anchored to the whole line (record, with -z), whatever `^` and `$` mean inside.
  if (flags.has('x')) src = `(?<![^])(?:${src})(?![^])`;
  else if (flags.has('w')) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
  // With -z a record holds newlines: `.` matches them, and busybox's regex anchors `^` and `$` at them too.
  const z = flags.has('z') ? (flavour === 'busybox' ? 'sm' : 's') : '';
  return new RegExp(src, (flags.has('i') ? 'gi' : 'g') + z);
}
