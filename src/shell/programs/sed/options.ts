// sed's command line: each flavour's option letters, GNU's long spellings through getopt_long's lookup
// (busybox's musl getopt_long takes its few long names exactly), the script pieces and the input files.
import type { ProgramContext } from '../../../kernel/process.ts';
import { busyboxBadOption, busyboxUsageWanted, refusedLetter, type Flavour } from '../util.ts';
import { notSupported } from '../../messages.ts';
import { longSpec, resolveLong, type LongSpec } from '../long-options.ts';

// The letters each sed acts on without an argument: GNU's -b (O_BINARY) and -u (unbuffered) change
// nothing here, as on Linux with the output taken whole. busybox has no -z.
const LETTERS: Record<Flavour, string> = { gnu: 'bnrEsuz', busybox: 'nrE' };
// The letters that take an argument; -i's is optional and only ever attached (`-i.bak`).
const VALUED: Record<Flavour, string> = { gnu: 'efl', busybox: 'ef' };

// The long options (long-options.ts's table format). GNU's without a letter here are refused.
const LONGS: Record<Flavour, string[]> = {
  gnu: [
    'binary:b', 'regexp-extended:r', 'debug', 'expression=:e', 'file=:f', 'in-place?:i', 'line-length=:l', 'null-data:z', 'zero-terminated:z',
    'quiet:n', 'posix', 'silent:n', 'sandbox', 'separate:s', 'unbuffered:u', 'version', 'help', 'follow-symlinks',
  ],
  busybox: ['in-place?:i', 'regexp-extended:r', 'quiet:n', 'silent:n', 'expression=:e', 'file=:f'],
};

/** A piece of the script: an -e expression (or the first operand), or an -f file. */
export type Chunk = { kind: 'e'; text: string } | { kind: 'f'; file: string };

/** What a sed command line asks for. */
export interface SedOptions {
  /** The script pieces, in the order the flavour compiles them. */
  chunks: Chunk[];
  files: string[];
  quiet: boolean;
  extended: boolean;
  /** -i's backup suffix ('' for none); undefined without -i. */
  inPlace?: string;
  separate: boolean;
  /** -z: lines end at NUL. */
  nullData: boolean;
  /** -l N's argument as given (GNU reads it with atoi); undefined without -l. */
  lineLength?: string;
}

/**
 * Reads sed's command line; a number is the exit status after a complaint already printed. GNU compiles
 * each -e and -f as getopt meets it (`compile` may stop the parse there); busybox compiles them after the
 * options, all its -e pieces and then its -f files, in the order `chunks` lists.
 */
export function parseSedOptions(ctx: ProgramContext, flavour: Flavour, name: string, compile: (c: Chunk, extended: boolean) => number | undefined): SedOptions | number {
  const gnu = flavour === 'gnu';
  const o: SedOptions = { chunks: [], files: [], quiet: false, extended: false, separate: false, nullData: false };
  const later: Chunk[] = [];
  // One option letter (or the letter of a long one) with its argument.
  const apply = (c: string, v: string | undefined): number | undefined => {
    if (c === 'n') o.quiet = true;
    else if (c === 'r' || c === 'E') o.extended = true;
    else if (c === 's') o.separate = true;
    else if (c === 'z') o.nullData = true;
    else if (c === 'l') o.lineLength = v;
    else if (c === 'i') o.inPlace = v ?? '';
    else if (c === 'e' || c === 'f') {
      const chunk: Chunk = c === 'e' ? { kind: 'e', text: v! } : { kind: 'f', file: v! };
      if (!gnu && c === 'f') later.push(chunk);
      else o.chunks.push(chunk);
      // GNU compiles it now, under the -E given so far.
      return gnu ? compile(chunk, o.extended) : undefined;
    }
    return undefined;
  };
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      o.files.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const taken = takeLong(ctx, flavour, name, args, i);
      if (typeof taken === 'number') return taken;
      i += taken.used - 1;
      const code = apply(taken.spec.letter!, taken.value);
      if (code !== undefined) return code;
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      o.files.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === 'i') {
        o.inPlace = a.slice(j + 1);
        break;
      }
      if (VALUED[flavour].includes(c)) {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) return refuse(ctx, flavour, name, gnu ? `option requires an argument -- '${c}'` : `option requires an argument: ${c}`);
        const code = apply(c, v);
        if (code !== undefined) return code;
        break;
      }
      if (!LETTERS[flavour].includes(c)) {
        if (refusedLetter(ctx, flavour, c)) return 1;
        if (!gnu) return (busyboxBadOption(ctx, c), 1);
        return refuse(ctx, flavour, name, `invalid option -- '${c}'`);
      }
      apply(c, undefined);
    }
  }
  o.chunks.push(...later);
  return o;
}

/** GNU's usage line after a complaint, or busybox's complaint with its usage to follow; exit 1. */
export function refuse(ctx: ProgramContext, flavour: Flavour, name: string, message: string | null): number {
  const said = message === null ? '' : `${name}: ${message}\n`;
  if (flavour === 'gnu') ctx.stderr.write(`${said}Usage: ${name} [OPTION]... {script-only-if-no-other-script} [input-file]...\n`);
  else {
    ctx.stderr.write(said);
    busyboxUsageWanted.add(ctx);
  }
  return 1;
}

// A long option at args[i]: glibc's lookup (abbreviations, ambiguity) for GNU, exact names for busybox's
// musl; the option and its value, or the exit status after the complaint.
function takeLong(ctx: ProgramContext, flavour: Flavour, name: string, args: string[], i: number): { spec: LongSpec; value?: string; used: number } | number {
  const a = args[i];
  const eq = a.indexOf('=');
  const given = (eq < 0 ? a : a.slice(0, eq)).slice(2);
  const gnu = flavour === 'gnu';
  const found = gnu ? resolveLong(given, LONGS.gnu) : (LONGS.busybox.find((l) => longSpec(l).name === given) ?? []);
  if (typeof found !== 'string') {
    if (!gnu) return (busyboxBadOption(ctx, a), 1);
    if (found.length === 0) return refuse(ctx, flavour, name, `unrecognized option '${a}'`);
    return refuse(ctx, flavour, name, `option '${a}' is ambiguous; possibilities:${found.map((l) => ` '--${longSpec(l).name}'`).join('')}`);
  }
  const spec = longSpec(found);
  const missing = eq < 0 && spec.arg === 'required' && i + 1 >= args.length;
  if (eq >= 0 && spec.arg === 'none') return refuse(ctx, flavour, name, gnu ? `option '--${spec.name}' doesn't allow an argument` : `option does not take an argument: ${given}`);
  if (missing) return refuse(ctx, flavour, name, gnu ? `option '--${spec.name}' requires an argument` : `option requires an argument: ${given}`);
  if (spec.letter === undefined) {
    ctx.stderr.write(`${name}: ${notSupported(`option '--${spec.name}'`)}\n`);
    return 1;
  }
  if (eq >= 0) return { spec, value: a.slice(eq + 1), used: 1 };
  return spec.arg === 'required' ? { spec, value: args[i + 1], used: 2 } : { spec, used: 1 };
}
