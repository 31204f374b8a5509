// Splits a command line into flags and positional arguments with pflag's rules and error texts.
import type { FlagSpec, ParsedFlags } from '../command-types.ts';
import { goQuote } from '../../engine/index.ts';
import { checkValue, convertValue, FlagValueError } from './values.ts';

/** The kinds of command lines pflag refuses. */
export type FlagParseErrorCode = 'unknown-flag' | 'unknown-shorthand' | 'needs-argument' | 'invalid-argument' | 'bad-syntax';

/** Why pflag refused the line; `message` is the first line docker prints. */
export class FlagParseError extends Error {
  readonly code: FlagParseErrorCode;
  constructor(code: FlagParseErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** The outcome of parsing: flag values, positional arguments and whether help was asked for. */
export interface FlagParseResult {
  flags: ParsedFlags;
  args: string[];
  help: boolean;
  /** Help came from the deprecated `-h` shorthand (docker then prints a deprecation notice). */
  helpShorthand: boolean;
}

const collectionKinds = new Set(['list', 'map', 'filter']);

/** Whether a flag keeps every value given (`-e A -e B`). */
export function isCollection(flag: FlagSpec): boolean {
  return collectionKinds.has(flag.kind);
}

/** `-n, --tail` or `--rm`: how pflag names a flag in "invalid argument" errors. */
export function flagDisplayName(flag: FlagSpec): string {
  return flag.short ? `-${flag.short}, --${flag.name}` : `--${flag.name}`;
}

function defaultOf(flag: FlagSpec): string | boolean | number | string[] {
  if (isCollection(flag)) return [];
  if (flag.default !== undefined) return flag.default;
  if (flag.kind === 'bool') return false;
  if (flag.kind === 'string') return '';
  return 0;
}

/** Builds the ParsedFlags view over parsed values (defaults for flags not given). */
export function makeParsedFlags(
  specs: readonly FlagSpec[],
  given: Map<string, string | boolean | number | string[]>,
): ParsedFlags {
  const values = new Map<string, string | boolean | number | string[]>();
  for (const f of specs) values.set(f.name, given.has(f.name) ? given.get(f.name)! : defaultOf(f));
  const get = (name: string) => {
    if (!values.has(name)) throw new Error(`flag --${name} is not in this command's spec`);
    return values.get(name)!;
  };
  return {
    values,
    changed: (name) => given.has(name),
    bool: (name) => get(name) === true,
    string: (name) => {
      const v = get(name);
      return Array.isArray(v) ? v.join(',') : String(v);
    },
    number: (name) => Number(get(name)),
    list: (name) => {
      const v = get(name);
      return Array.isArray(v) ? [...v] : v === '' ? [] : [String(v)];
    },
  };
}

/**
 * Parses `argv` (the words after the command path) against `specs` plus cobra's `--help`/`-h`.
 * With `interspersed` false the first positional argument ends flag parsing, as `docker run` does.
 */
export function parseFlags(
  specs: readonly FlagSpec[],
  argv: readonly string[],
  interspersed: boolean,
): FlagParseResult {
  const byName = new Map(specs.map((f) => [f.name, f]));
  const byShort = new Map(specs.filter((f) => f.short).map((f) => [f.short!, f]));
  // cobra adds --help to every command; run and create list it themselves because -h is --hostname there.
  const helpFlag: FlagSpec = byName.get('help') ?? { name: 'help', kind: 'bool', typeName: '', description: '' };
  byName.set('help', helpFlag);
  const helpByShort = !byShort.has('h');
  if (helpByShort) byShort.set('h', helpFlag);

  const given = new Map<string, string | boolean | number | string[]>();
  const args: string[] = [];
  let help = false;
  let helpShorthand = false;

  const set = (flag: FlagSpec, raw: string, viaShort: boolean) => {
    let value: string | boolean | number;
    try {
      value = convertValue(flag.kind, raw);
      if (flag.check) checkValue(flag.check, raw);
    } catch (e) {
      if (!(e instanceof FlagValueError)) throw e;
      throw new FlagParseError(
        'invalid-argument',
        `invalid argument ${goQuote(raw)} for ${goQuote(flagDisplayName(flag))} flag: ${e.detail}`,
      );
    }
    if (flag === helpFlag) {
      help = value === true;
      helpShorthand = help && viaShort;
      return;
    }
    if (isCollection(flag)) {
      const list = (given.get(flag.name) as string[] | undefined) ?? [];
      if (value !== '') list.push(String(value));
      given.set(flag.name, list);
    } else {
      given.set(flag.name, value);
    }
  };

  let i = 0;
  while (i < argv.length) {
    const word = argv[i++];
    if (word === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (!word.startsWith('-') || word === '-') {
      args.push(word);
      if (!interspersed) {
        args.push(...argv.slice(i));
        break;
      }
      continue;
    }
    if (word.startsWith('--')) {
      const body = word.slice(2);
      if (body.startsWith('-') || body.startsWith('=')) throw new FlagParseError('bad-syntax', `bad flag syntax: ${word}`);
      const eq = body.indexOf('=');
      const name = eq < 0 ? body : body.slice(0, eq);
      const flag = byName.get(name);
      if (!flag) throw new FlagParseError('unknown-flag', `unknown flag: --${name}`);
      if (eq >= 0) set(flag, body.slice(eq + 1), false);
      else if (flag.kind === 'bool') set(flag, 'true', false);
      else if (i < argv.length) set(flag, argv[i++], false);
      else throw new FlagParseError('needs-argument', `flag needs an argument: --${name}`);
      continue;
    }
    // A run of shorthands: -dit, -p8080:80, -a=false
    let rest = word.slice(1);
    while (rest.length > 0) {
      const c = rest[0];
      const flag = byShort.get(c);
      if (!flag) throw new FlagParseError('unknown-shorthand', `unknown shorthand flag: '${c}' in -${rest}`);
      if (rest.length > 2 && rest[1] === '=') {
        set(flag, rest.slice(2), true);
        rest = '';
      } else if (flag.kind === 'bool') {
        set(flag, 'true', true);
        rest = rest.slice(1);
      } else if (rest.length > 1) {
        set(flag, rest.slice(1), true);
        rest = '';
      } else if (i < argv.length) {
        set(flag, argv[i++], true);
        rest = '';
      } else {
        throw new FlagParseError('needs-argument', `flag needs an argument: '${c}' in -${rest}`);
      }
    }
  }
  return { flags: makeParsedFlags(specs, given), args, help, helpShorthand };
}
