// sort's command line: ordering letters (global or a key's own, -k2,2nr), -t, -o, -k, -m, -z, -R, and
// -S SIZE / -T DIR, which only say how to use memory and temporary files: checked as GNU checks them
// (busybox takes any), then without effect on a result that fits in memory.
import type { ProgramContext } from '../../kernel/process.ts';
import { progName, quote, refusedLetter, type Flavour } from './util.ts';
import { takeLong, type LongSpec } from './long-options.ts';
import { argmatch } from './argmatch.ts';
import { orderingOf, type Ordering } from './sort-compare.ts';
import { MEMORY_KIB } from './sysinfo.ts';

/** An ordering with -R: a hash of the key first (sort-random.ts). */
export interface SortOrdering extends Ordering {
  random: boolean;
}

/** A -k key: fields START[,END] and the key's own ordering, if it names any. */
export interface Key {
  start: number;
  end?: number;
  ordering?: SortOrdering;
}

/** A parsed sort command line: the letters given (ordering, -u, -s, -c/-C, -m, -z), keys, -t, -o, the files. */
export interface SortOptions {
  flags: Set<string>;
  keys: Key[];
  sep?: string;
  output?: string;
  files: string[];
}

/** Reads ordering letters into an ordering, -R included. */
export function sortOrdering(letters: string): SortOrdering {
  return { ...orderingOf(letters), random: letters.includes('R') };
}

// GNU's long options (sort --help); those without a letter or `+` are refused as not supported.
const GNU_LONGS = [
  'ignore-leading-blanks:b', 'dictionary-order:d', 'ignore-case:f', 'general-numeric-sort:g', 'ignore-nonprinting:i', 'month-sort:M',
  'human-numeric-sort:h', 'numeric-sort:n', 'random-sort:R', 'random-source=', 'reverse:r', '+sort=', 'version-sort:V', 'batch-size=',
  'check?:c', 'compress-program=', 'debug', 'files0-from=', 'key=:k', 'merge:m', 'output=:o', 'stable:s', 'buffer-size=:S',
  'field-separator=:t', 'temporary-directory=:T', 'parallel=', 'unique:u', 'zero-terminated:z', '+help', '+version',
];
// The letters that give a key an ordering of its own (r included), so that it inherits none of the command's.
const OWN_ORDERING = /[bdfghiMnRrV]/;
const SORT_WORDS: [string, string][] = [['general-numeric', 'g'], ['human-numeric', 'h'], ['month', 'M'], ['numeric', 'n'], ['random', 'R'], ['version', 'V']];
const CHECK_WORDS: [string, string][] = [['quiet', 'C'], ['silent', 'C'], ['diagnose-first', 'c']];

// The multipliers xstrtoumax knows for -S, as powers of 1024.
const POWERS: Record<string, number> = { k: 1, K: 1, m: 2, M: 2, g: 3, G: 3, t: 4, T: 4, P: 5, E: 6, Z: 7, Y: 8 };
const UINTMAX = (1n << 64n) - 1n;

/**
 * What GNU finds wrong with -S SIZE (specify_sort_size), as its complaint's words, or undefined: digits
 * (KiB by default) or a multiplier alone, then one of K M G T P E Z Y (kmgt too), b for bytes or % of memory.
 */
export function sizeFault(v: string): 'invalid' | 'invalid suffix in' | 'too large' | undefined {
  const lead = /^[ \t\n\v\f\r]*/.exec(v)![0].length;
  if (v[lead] === '-') return 'invalid';
  const digits = /^\+?(\d+)/.exec(v.slice(lead));
  // Without digits, strtoumax leaves the whole word, whose first letter may still be a multiplier of 1.
  if (!digits && !(v[0] in POWERS)) return 'invalid';
  let n = digits ? BigInt(digits[1]) : 1n;
  let large = n > UINTMAX;
  const rest = digits ? v.slice(lead + digits[0].length) : v;
  if (rest === '') return large || n * 1024n > UINTMAX ? 'too large' : undefined;
  if (!(rest[0] in POWERS)) {
    const percent = rest === '%' && digits && (Number(n) * MEMORY_KIB.total * 1024) / 100 >= 2 ** 64;
    if (percent) return 'too large';
    return digits && !large && (rest === 'b' || rest === '%') ? undefined : 'invalid suffix in';
  }
  n *= 1024n ** BigInt(POWERS[rest[0]]);
  large ||= n > UINTMAX;
  return rest.length > 1 ? 'invalid suffix in' : large ? 'too large' : undefined;
}

/** The letters of GNU's "options '-…' are incompatible", in its order, for a key's (or the command's) letters; undefined if they agree. */
export function incompatible(letters: Set<string>): string | undefined {
  const kinds = ['n', 'g', 'h', 'M'].filter((c) => letters.has(c)).length + (['V', 'R', 'd', 'i'].some((c) => letters.has(c)) ? 1 : 0);
  return kinds > 1 ? [...'dfghiMnRV'].filter((c) => letters.has(c)).join('') : undefined;
}

/** Reads sort's command line; a number is the exit status (2) after a complaint. */
export function sortOptions(ctx: ProgramContext, flavour: Flavour): SortOptions | number {
  const name = progName(ctx, flavour);
  const gnu = flavour === 'gnu';
  const args = ctx.argv.slice(1);
  const o: SortOptions = { flags: new Set(), keys: [], files: [] };
  const keyLetters: string[] = [];
  const tryHelp = (code = 2) => {
    ctx.stderr.write(`Try '${name} --help' for more information.\n`);
    return code;
  };
  // busybox's getopt refusals exit 2 here (sort sets xfunc_error_retval): without the usage, which the
  // workbook shows only with status 1.
  const bad = (c: string) => {
    if (refusedLetter(ctx, flavour, c)) return 2;
    ctx.stderr.write(gnu ? `${name}: invalid option -- '${c}'\n` : `${name}: unrecognized option: ${c}\n`);
    return gnu ? tryHelp() : 2;
  };
  // Applies one option letter with its value (for -k, -t, -o, -S, -T); `long` is the option as GNU names it in a complaint.
  const apply = (c: string, v: string | undefined, long = `-${c}`): number | undefined => {
    if (c === 't') o.sep = v;
    else if (c === 'o') o.output = v;
    else if (c === 'S' && gnu) {
      const fault = sizeFault(v!);
      if (fault) {
        ctx.stderr.write(fault === 'too large' ? `${name}: ${long} argument '${v}' too large\n` : `${name}: ${fault} ${long} argument '${v}'\n`);
        return 2;
      }
    } else if (c === 'k') {
      const m = /^(\d+)(?:\.\d+)?([a-zA-Z]*)(?:,(\d+)(?:\.\d+)?([a-zA-Z]*))?$/.exec(v ?? '');
      if (!m || m[1] === '0') {
        ctx.stderr.write(gnu ? `${name}: invalid number at field start: invalid count at start of ${quote(ctx, v ?? '')}\n` : `${name}: bad field specification\n`);
        return 2;
      }
      const letters = (m[2] ?? '') + (m[4] ?? '');
      // busybox takes only these on a key; a letter of its other options is a "sort type" (-k1u, -k1V).
      const stray = gnu ? undefined : [...letters].find((l) => !'nghMbrdfi'.includes(l));
      if (stray) {
        ctx.stderr.write(`${name}: unknown ${'VucszmSTokt'.includes(stray) ? 'sort type' : 'key option'}\n`);
        return 2;
      }
      keyLetters.push(letters);
      o.keys.push({ start: Number(m[1]), end: m[3] ? Number(m[3]) : undefined, ordering: OWN_ORDERING.test(letters) ? sortOrdering(letters) : undefined });
    } else if (c !== 'S' && c !== 'T') o.flags.add(c);
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-') || a === '-') {
      o.files.push(a);
      continue;
    }
    if (a === '--') {
      o.files.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && gnu) {
      const taken = takeLong(args, i, GNU_LONGS, ctx, name, (s: LongSpec) => s.byName || s.letter !== undefined);
      if ('error' in taken) return 2;
      i += taken.used - 1;
      const { spec, value } = taken;
      // --check=WORD and --sort=WORD name a letter by a word.
      const word = spec.name === 'sort' ? SORT_WORDS : spec.name === 'check' && value !== undefined ? CHECK_WORDS : undefined;
      const c = word ? argmatch(ctx, value!, `--${spec.name}`, word) : spec.letter!;
      // argmatch's refusal is coreutils' usage(EXIT_FAILURE): 1, not sort's 2.
      if (c === undefined) return tryHelp(1);
      const code = apply(c, value, `--${spec.name}`);
      if (code !== undefined) return code;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if ('ktoST'.includes(c)) {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) {
          ctx.stderr.write(gnu ? `${name}: option requires an argument -- '${c}'\n` : `${name}: option requires an argument: ${c}\n`);
          return gnu ? tryHelp() : 2;
        }
        const code = apply(c, v);
        if (code !== undefined) return code;
        break;
      }
      if (!'rnufbsVghMcCdimzR'.includes(c) || (!gnu && 'CR'.includes(c))) return bad(c);
      apply(c, undefined);
    }
  }
  // GNU refuses two kinds of ordering for one key, a key that names none inheriting the command's.
  if (gnu) {
    const global = [...o.flags].join('');
    for (const letters of o.keys.length ? keyLetters.map((l) => (OWN_ORDERING.test(l) ? l : global)) : [global]) {
      const clash = incompatible(new Set(letters));
      if (clash) {
        ctx.stderr.write(`${name}: options '-${clash}' are incompatible\n`);
        return 2;
      }
    }
  }
  return o;
}
