// grep [-ivnclrEFqwoxhHs] [-A|-B|-C N] [-m N] [-e PATTERN]… [--include/--exclude/--exclude-dir=GLOB] PATTERN [FILE]…: lines matching a POSIX regex,
// with context lines around them; exit 1 on no match, 2 on error.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs, checkSignal, errCode, progName, refusedLetter, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { escapeFixed, posixToJs, RegexError } from './regex.ts';
import { globMatch } from '../glob.ts';

const KNOWN = 'ivnclLrREFqwoxhHsz';

// GNU grep's long spellings of one-letter options.
const LONG_FLAGS: Record<string, string> = {
  '--ignore-case': 'i', '--invert-match': 'v', '--line-number': 'n', '--count': 'c', '--files-with-matches': 'l', '--files-without-match': 'L',
  '--recursive': 'r', '--dereference-recursive': 'R', '--extended-regexp': 'E', '--fixed-strings': 'F', '--quiet': 'q', '--silent': 'q',
  '--word-regexp': 'w', '--only-matching': 'o', '--line-regexp': 'x', '--no-filename': 'h', '--with-filename': 'H', '--no-messages': 's',
};

interface Source {
  label: string;
  text: string;
  error?: string; // reported when the search reaches it (-q stops at the first match before that)
}

/** Makes `grep`; recursion walks directories in sorted order (real grep follows directory order). */
export function makeGrep(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const flags = new Set<string>();
    const patterns: string[] = [];
    // Lines of context after and before each match (-A, -B, -C), and the most matches per file (-m).
    const context = { after: 0, before: 0, max: Infinity };
    const operands: string[] = [];
    // --include/--exclude (file base names) and --exclude-dir (directories met while recursing): GNU only.
    const select = { include: [] as string[], exclude: [] as string[], excludeDir: [] as string[] };
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--') {
        operands.push(...args.slice(i + 1));
        break;
      }
      if (a.startsWith('--') && flavour === 'gnu') {
        const eq = a.indexOf('=');
        const long = eq < 0 ? a : a.slice(0, eq);
        const value = () => (eq < 0 ? args[++i] : a.slice(eq + 1));
        if (LONG_FLAGS[long] && eq < 0) flags.add(LONG_FLAGS[long]);
        else if (long === '--include') select.include.push(value() ?? '');
        else if (long === '--exclude') select.exclude.push(value() ?? '');
        else if (long === '--exclude-dir') select.excludeDir.push(value() ?? '');
        else if (long === '--regexp') patterns.push(value() ?? '');
        else if (long === '--color' || long === '--colour') continue; // no terminal colours in this output
        else {
          ctx.stderr.write(`${name}: unrecognized option '${a}'\nUsage: ${name} [OPTION]... PATTERNS [FILE]...\nTry '${name} --help' for more information.\n`);
          return 2;
        }
        continue;
      }
      if (!a.startsWith('-') || a === '-') {
        operands.push(a);
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'e') {
          const v = a.slice(j + 1) || args[++i];
          if (v === undefined) return optionError(ctx, flavour, name, "option requires an argument -- 'e'");
          patterns.push(v);
          break;
        }
        if (c === 'A' || c === 'B' || c === 'C' || c === 'm') {
          const v = a.slice(j + 1) || args[++i];
          if (v === undefined) return optionError(ctx, flavour, name, `option requires an argument -- '${c}'`);
          const n = /^\d+$/.test(v) ? Number(v) : NaN;
          if (Number.isNaN(n)) {
            const what = c === 'm' ? 'invalid max count' : 'invalid context length argument';
            ctx.stderr.write(flavour === 'gnu' ? `${name}: ${c === 'm' ? what : `${v}: ${what}`}\n` : `${name}: invalid number '${v}'\n`);
            return 2;
          }
          if (c === 'A' || c === 'C') context.after = n;
          if (c === 'B' || c === 'C') context.before = n;
          if (c === 'm') context.max = n;
          break;
        }
        if (!KNOWN.includes(c) && refusedLetter(ctx, flavour, c)) return 2;
        if (!KNOWN.includes(c)) return optionError(ctx, flavour, name, flavour === 'gnu' ? `invalid option -- '${c}'` : `unrecognized option: ${c}`);
        flags.add(c);
      }
    }
    if (patterns.length === 0) {
      if (operands.length === 0) return optionError(ctx, flavour, name, null);
      patterns.push(operands.shift()!);
    }
    let re: RegExp;
    try {
      const parts = patterns.flatMap((p) => p.split('\n')).map((p) => (flags.has('F') ? escapeFixed(p) : posixToJs(p, flags.has('E'))));
      let src = parts.map((p) => `(?:${p})`).join('|');
      if (flags.has('x')) src = `^(?:${src})$`;
      else if (flags.has('w')) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
      re = new RegExp(src, flags.has('i') ? 'gi' : 'g');
    } catch (e) {
      if (!(e instanceof RegexError) && !(e instanceof SyntaxError)) throw e;
      ctx.stderr.write(flavour === 'gnu' ? `${name}: ${e instanceof RegexError ? e.message : 'Invalid regular expression'}\n` : `${name}: bad regex '${patterns[0]}'\n`);
      return 2;
    }
    const recursive = flags.has('r') || flags.has('R');
    let files = operands;
    let implicitDot = false;
    if (files.length === 0 && recursive && flavour === 'gnu') {
      files = ['.'];
      implicitDot = true;
    }
    let error = false;
    const report = (f: string, msg: string) => {
      error = true;
      if (!flags.has('s')) ctx.stderr.write(`${name}: ${f}: ${msg}\n`);
    };
    const sources: Source[] = [];
    const wanted = (base: string) => (!select.include.length || select.include.some((g) => globMatch(g, base))) && !select.exclude.some((g) => globMatch(g, base));
    const add = (label: string, p: string) => {
      try {
        sources.push({ label, text: decodeUtf8(ctx.fs.readFile(p)) });
      } catch (e) {
        sources.push({ label, text: '', error: strerror(errCode(e)) });
      }
    };
    for (const f of files.length ? files : ['-']) {
      if (f === '-') {
        sources.push({ label: '(standard input)', text: ctx.stdin });
        continue;
      }
      const p = abs(ctx, f);
      const node = ctx.fs.exists(p) ? ctx.fs.stat(p) : undefined;
      if (node?.type === 'dir') {
        if (!recursive) {
          if (flavour === 'gnu') report(f, 'Is a directory');
          continue;
        }
        const skipped: string[] = [];
        for (const e of ctx.fs.walkTree(p)) {
          checkSignal(ctx);
          if (skipped.some((d) => e.path.startsWith(d + '/'))) continue;
          const base = e.path.replace(/^.*\//, '');
          if (e.node.type === 'dir' && e.path !== p && select.excludeDir.some((g) => globMatch(g, base))) skipped.push(e.path);
          if (e.node.type !== 'file' && !(e.node.type === 'symlink' && flags.has('R'))) continue;
          if (!wanted(base)) continue;
          const rel = e.path.slice(p === '/' ? 1 : p.length + 1);
          const label = implicitDot ? rel : (f.endsWith('/') ? f : f + '/') + rel;
          if (e.node.type === 'symlink' && ctx.fs.exists(e.path) && ctx.fs.stat(e.path).type === 'dir') continue;
          add(label, e.path);
        }
        continue;
      }
      if (wanted(f.replace(/^.*\//, ''))) add(f, p);
    }
    const prefix = flags.has('H') || (!flags.has('h') && (files.length > 1 || recursive));
    let matched = false;
    let out = '';
    // GNU prints no context with -o; busybox does. Either way `--` parts groups that do not touch.
    const showContext = (context.after > 0 || context.before > 0) && !(flavour === 'gnu' && flags.has('o'));
    let printedAny = false;
    for (const s of sources) {
      checkSignal(ctx);
      if (s.error !== undefined) {
        report(s.label, s.error);
        continue;
      }
      const lines = s.text === '' ? [] : s.text.replace(/\n$/, '').split('\n');
      let n = 0;
      let lastShown = -1;
      let after = 0;
      // `--` before a line that does not follow the last one shown (in this file or after another file's).
      const gap = (k: number) => {
        if (printedAny && (lastShown < 0 || k > lastShown + 1)) out += '--\n';
      };
      const contextLine = (k: number) => {
        gap(k);
        out += (prefix ? s.label + '-' : '') + (flags.has('n') ? `${k + 1}-` : '') + lines[k] + '\n';
        lastShown = k;
        printedAny = true;
      };
      for (let k = 0; k < lines.length; k++) {
        // busybox stops at the m-th match; GNU still prints the context after it.
        if (n >= context.max && (flavour !== 'gnu' || after === 0)) break;
        re.lastIndex = 0;
        const hit = n < context.max && re.test(lines[k]) !== flags.has('v');
        if (!hit) {
          if (after > 0) {
            contextLine(k);
            after--;
          }
          continue;
        }
        n++;
        matched = true;
        if (flags.has('q')) {
          ctx.stdout.write(out);
          return 0;
        }
        if (flags.has('l') || flags.has('c') || flags.has('L')) continue;
        if (showContext) {
          for (let j = Math.max(k - context.before, lastShown + 1); j < k; j++) contextLine(j);
          gap(k);
          lastShown = k;
          printedAny = true;
          after = context.after;
        }
        const head = (prefix ? s.label + ':' : '') + (flags.has('n') ? `${k + 1}:` : '');
        if (flags.has('o') && !flags.has('v')) {
          re.lastIndex = 0;
          for (const m of lines[k].matchAll(re)) if (m[0] !== '') out += head + m[0] + '\n';
        } else if (!flags.has('o')) out += head + lines[k] + '\n';
      }
      if (flags.has('l') && n > 0) out += s.label + '\n';
      else if (flags.has('L') && n === 0) out += s.label + '\n';
      else if (flags.has('c') && !flags.has('l') && !flags.has('L')) out += (prefix ? s.label + ':' : '') + n + '\n';
    }
    ctx.stdout.write(out);
    if (error && !(flags.has('q') && matched)) return 2;
    return matched ? 0 : 1;
  };
}

function optionError(ctx: ProgramContext, flavour: Flavour, name: string, message: string | null): number {
  if (flavour === 'gnu') {
    ctx.stderr.write(`${message ? `${name}: ${message}\n` : ''}Usage: ${name} [OPTION]... PATTERNS [FILE]...\nTry '${name} --help' for more information.\n`);
  } else {
    ctx.stderr.write(`${message ? `${name}: ${message}\n` : ''}Usage: ${name} [-HhnlLoqvsrRiwFEz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n`);
  }
  return 2;
}
