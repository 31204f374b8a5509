// getopt_long's handling of one `--name[=value]` argument against a program's table of long options.
// A table entry reads `[+]name[=|?][:letter]`: `=` takes a required argument, `?` an optional one (only as
// `--name=value`), `:letter` is the short option it stands for, `+` marks an option the program acts on by
// its long name. Any other option is one the real program has and the simulation does not: it is refused
// (a silently wrong answer would teach the wrong thing), never ignored.
import type { ProgramContext } from '../../kernel/process.ts';
import { notSupported } from '../messages.ts';

/** One entry of a long-option table, spelled out. */
export interface LongSpec {
  name: string;
  arg: 'none' | 'required' | 'optional';
  letter?: string;
  byName: boolean;
}

/** Reads a table entry (`+sort=`, `all:a`, `color?`). */
export function longSpec(entry: string): LongSpec {
  const [head, letter] = entry.split(':');
  const byName = head.startsWith('+');
  const bare = head.replace(/^\+/, '');
  const arg = bare.endsWith('=') ? 'required' : bare.endsWith('?') ? 'optional' : 'none';
  return { name: bare.replace(/[=?]$/, ''), arg, letter: letter || undefined, byName };
}

/**
 * getopt_long's lookup of `--given`: the option named exactly, else the only one it abbreviates (several
 * spellings of one letter count as one); otherwise every candidate (none: unrecognized, several: ambiguous).
 */
export function resolveLong(given: string, longs: string[]): string | string[] {
  const name = (l: string) => longSpec(l).name;
  const exact = longs.find((l) => name(l) === given);
  if (exact !== undefined) return exact;
  const cands = longs.filter((l) => given !== '' && name(l).startsWith(given));
  const distinct = new Set(cands.map((l) => longSpec(l).letter ?? name(l)));
  if (cands.length > 0 && distinct.size === 1) return cands[0];
  return cands;
}

/** What one long option came to: the option and its value, or the refusal already printed. */
export type LongTaken = { spec: LongSpec; value?: string; used: number } | { error: true };

/**
 * Takes the long option at `args[i]` (and its separate value for a required argument). GNU wording and
 * `Try '… --help'` follow each refusal; `supported` says whether the program acts on a resolved option.
 */
export function takeLong(args: string[], i: number, longs: string[], ctx: ProgramContext, name: string, supported: (s: LongSpec) => boolean): LongTaken {
  const a = args[i];
  const eq = a.indexOf('=');
  const given = (eq < 0 ? a : a.slice(0, eq)).slice(2);
  const fail = (why: string): LongTaken => {
    ctx.stderr.write(`${name}: ${why}\nTry '${name} --help' for more information.\n`);
    return { error: true };
  };
  const found = resolveLong(given, longs);
  if (typeof found !== 'string') {
    // glibc quotes the argument as given, `=value` included.
    return fail(found.length === 0 ? `unrecognized option '${a}'` : `option '${a}' is ambiguous; possibilities:${found.map((l) => ` '--${longSpec(l).name}'`).join('')}`);
  }
  const spec = longSpec(found);
  let value: string | undefined;
  let used = 1;
  if (eq >= 0) {
    if (spec.arg === 'none') return fail(`option '--${spec.name}' doesn't allow an argument`);
    value = a.slice(eq + 1);
  } else if (spec.arg === 'required') {
    if (i + 1 >= args.length) return fail(`option '--${spec.name}' requires an argument`);
    value = args[i + 1];
    used = 2;
  }
  if (!supported(spec)) {
    ctx.stderr.write(`${name}: ${notSupported(`option '--${spec.name}'`)}\n`);
    return { error: true };
  }
  return { spec, value, used };
}
