// The data a docker command is described by (its spec) and what parsing a command line yields.
import type { ProgramContext } from '../kernel/process.ts';

/**
 * How a flag's value is parsed and checked, as pflag and docker's opts types do:
 * `bool` (`--rm`, `--rm=false`), numbers with Go's strconv rules, `duration` (Go `time.ParseDuration`),
 * `bytes` (`-m 512m`), `decimal` (`--cpus 1.5`), `string` (last one wins), and repeatable
 * collections: `list` (`-e A -e B`), `map` (`-o k=v`), `filter` (`-f name=value`) that keep every value.
 */
export type FlagKind =
  | 'bool'
  | 'string'
  | 'int'
  | 'int64'
  | 'uint16'
  | 'uint64'
  | 'duration'
  | 'bytes'
  | 'decimal'
  | 'list'
  | 'map'
  | 'filter';

/** Extra checks docker's option types run on each value (`-e =x` → `invalid environment variable: =x`). */
export type FlagCheck = 'env' | 'add-host' | 'ulimit' | 'mount' | 'gpus' | 'device-rate';

/** One flag of a command, as `docker <cmd> --help` shows it. */
export interface FlagSpec {
  /** Long name without dashes (`all-tags`). */
  name: string;
  /** One-letter shorthand (`a` for `-a`). */
  short?: string;
  kind: FlagKind;
  /** The word after the flag in help (`string`, `list`, `strings`, `bytes` …); '' for booleans. */
  typeName: string;
  /** The help description; may hold "\n" for docker's multi-line descriptions. */
  description: string;
  /** Parsed default (`true` for `--disable-content-trust`, `"info"` for `--log-level`). */
  default?: string | boolean | number;
  /** The text inside `(default …)` when it is not derived from `default` (docker's `[]`, `map[]`, `0` quirks). */
  defaultText?: string;
  /** Accepted but not listed in help (BuildKit flags on the classic build spec, for instance). */
  hidden?: boolean;
  check?: FlagCheck;
}

/** How many positional arguments a command takes; each shape has its own docker error wording. */
export type ArgRule =
  | { kind: 'any' }
  | { kind: 'none' }
  | { kind: 'exact'; n: number }
  | { kind: 'min'; n: number }
  | { kind: 'max'; n: number }
  | { kind: 'range'; min: number; max: number };

/** A docker command or management command. */
export interface CommandSpec {
  /** Canonical path below `docker` (`image ls`, `container run`, `image`). */
  path: string;
  /**
   * The usage after the command path (`[OPTIONS] NAME[:TAG|@DIGEST]`); extra lines are usage alternatives.
   * For groups it is what their error messages show (`COMMAND` for volume, '' for image); help always says COMMAND.
   */
  use: string;
  /** One-line description (listed under "Commands:"). */
  short: string;
  /** Longer description shown by `--help` instead of `short`. */
  long?: string;
  /** Every path that runs this command, in the order "Aliases:" lists them (empty when docker shows none). */
  aliases?: string[];
  /** Further paths that run this command without docker listing them (`buildx build` here). */
  extraPaths?: string[];
  args?: ArgRule;
  flags?: FlagSpec[];
  /** false where docker stops flag parsing at the first positional argument (run, create, exec …). */
  interspersed?: boolean;
  /** A management command (`docker image COMMAND`): its subcommands are the specs whose path extends it. */
  group?: boolean;
  /** Listed by its parent's help but not modelled here: running it (even with --help) says it is unavailable. */
  listingOnly?: boolean;
}

/** Flag values after parsing: every flag of the spec with its value or default. */
export interface ParsedFlags {
  /** Whether the user set the flag (as cobra's `Flags().Changed`). */
  changed(name: string): boolean;
  bool(name: string): boolean;
  string(name: string): string;
  number(name: string): number;
  /** Every value given to a repeatable flag, in order. */
  list(name: string): string[];
  /** Raw map of flag name to value as parsed (string/boolean/number/string[]). */
  readonly values: ReadonlyMap<string, string | boolean | number | string[]>;
}

/** Global options given before the command (`docker -D --log-level warn -H tcp://x images`). */
export interface GlobalFlags {
  config: string;
  context?: string;
  debug: boolean;
  hosts: string[];
  logLevel: string;
  tls: boolean;
  tlsverify: boolean;
}

/** What a command handler receives. */
export interface ParsedCommand {
  args: string[];
  flags: ParsedFlags;
  globals: GlobalFlags;
  ctx: ProgramContext;
  spec: CommandSpec;
  /** The path the user typed, as docker shows it in messages (`images` or `image ls`). */
  displayPath: string;
}

/** Runs one docker command once its line parsed; returns the exit status. */
export type CommandHandler = (parsed: ParsedCommand) => number | Promise<number>;
