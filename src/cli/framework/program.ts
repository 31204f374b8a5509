// The `docker` program: global options, command lookup, flag and argument checks, help, then the
// handler registered for the command's canonical path ('image ls', 'container run' …).
import { loadSpecs } from './load-specs.ts';
import { dockerVersionLine, globalFlagSpecs, rootSpec } from '../specs/root.ts';
import { checkArgCount } from './args.ts';
import { endpointProblem, logLevelProblem, readGlobals } from './globals.ts';
import { helpWidth, renderCommandHelp, usageLine } from './help.ts';
import { FlagParseError, parseFlags, type FlagParseResult } from './parser.ts';
import { CommandRegistry, commandName, isGroup, type CommandEntry } from './registry.ts';
import { renderRootHelp } from './root-help.ts';
import type { CommandHandler, CommandSpec, GlobalFlags } from '../command-types.ts';
import type { Program, ProgramContext } from '../../kernel/process.ts';

/** The line docker prints (to stdout) when help is asked for with `-h`. */
export const helpShorthandNotice = 'Flag shorthand -h has been deprecated, use --help';

/** What `docker <cmd>` says for a command this workbook lists but does not run. */
export function unavailableMessage(displayPath: string): string {
  return `docker: 'docker ${displayPath}' is not available in this workbook`;
}

// Whether words (before a `--`) ask for help the way cobra notices it before picking a subcommand.
function asksForHelp(words: readonly string[]): boolean {
  for (const w of words) {
    if (w === '--') return false;
    if (w === '--help' || w === '-h') return true;
  }
  return false;
}

interface Run {
  ctx: ProgramContext;
  registry: CommandRegistry;
  handlers: CommandHandlers;
  width: number;
  home: string;
}

function flagError(run: Run, e: FlagParseError, spec: CommandSpec, displayPath: string): number {
  const usage = displayPath === '' ? `docker ${rootSpec.use}` : usageLine(spec, displayPath);
  const self = displayPath === '' ? 'docker' : `docker ${displayPath}`;
  run.ctx.stderr.write(`${e.message}\n\nUsage:  ${usage}\n\nRun '${self} --help' for more information\n`);
  return 125;
}

function groupHelp(run: Run, entry: CommandEntry): string {
  const children = run.registry.children(entry.spec.path).map((e) => ({ name: commandName(e.path), short: e.spec.short }));
  return renderCommandHelp(entry.spec, entry.displayPath, run.width, children);
}

function rootHelp(run: Run): string {
  return renderRootHelp(run.registry, globalFlagSpecs(run.home), run.width);
}

// `docker help [COMMAND…]`
function helpTopic(run: Run, topic: string[]): number {
  if (topic.length === 0) {
    run.ctx.stdout.write(rootHelp(run));
    return 0;
  }
  let entry = run.registry.lookup(topic[0]);
  let i = 1;
  while (entry && i < topic.length && isGroup(entry.spec)) {
    const next = run.registry.lookup(`${entry.path} ${topic[i]}`);
    if (!next) break;
    entry = next;
    i++;
  }
  if (!entry || i < topic.length) {
    const rest = entry ? topic.slice(i) : topic;
    run.ctx.stderr.write(`unknown help topic: ${rest.join(' ')}\n`);
    return 1;
  }
  run.ctx.stdout.write(isGroup(entry.spec) ? groupHelp(run, entry) : renderCommandHelp(entry.spec, entry.displayPath, run.width));
  return 0;
}

async function runCommand(
  run: Run,
  entry: CommandEntry,
  words: string[],
  globals: GlobalFlags,
  rootAskedHelp: boolean,
): Promise<number> {
  const { ctx } = run;
  const { spec, displayPath } = entry;
  if (spec.listingOnly) {
    ctx.stderr.write(unavailableMessage(displayPath) + '\n');
    return 1;
  }
  let parsed: FlagParseResult;
  try {
    parsed = parseFlags(spec.flags ?? [], words, spec.interspersed !== false);
  } catch (e) {
    if (e instanceof FlagParseError) return flagError(run, e, spec, displayPath);
    throw e;
  }
  if (parsed.help || rootAskedHelp) {
    if (parsed.helpShorthand) ctx.stdout.write(helpShorthandNotice + '\n');
    ctx.stdout.write(renderCommandHelp(spec, displayPath, run.width));
    return 0;
  }
  const levelProblem = logLevelProblem(globals);
  if (levelProblem) {
    ctx.stderr.write(levelProblem + '\n');
    return 1;
  }
  const problem = checkArgCount(spec.args ?? { kind: 'any' }, parsed.args.length, displayPath);
  if (problem) {
    ctx.stderr.write(
      `docker: ${problem.message}\n\nUsage:  ${usageLine(spec, displayPath)}\n\n${problem.hintVerb} 'docker ${displayPath} --help' for more information\n`,
    );
    return 1;
  }
  const endpoint = endpointProblem(globals);
  if (endpoint) {
    ctx.stderr.write(endpoint + '\n');
    return 1;
  }
  const handler = run.handlers[spec.path];
  if (!handler) {
    ctx.stderr.write(unavailableMessage(displayPath) + '\n');
    return 1;
  }
  return handler({ args: parsed.args, flags: parsed.flags, globals, ctx, spec, displayPath });
}

// A management command (`docker image …`): pick the subcommand, or show the group's help.
async function runGroup(run: Run, entry: CommandEntry, words: string[], globals: GlobalFlags, rootAskedHelp: boolean): Promise<number> {
  const { ctx } = run;
  const at = words.findIndex((w) => !w.startsWith('-') || w === '-');
  const dashDash = words.indexOf('--');
  if (at >= 0 && (dashDash < 0 || at < dashDash)) {
    const next = run.registry.lookup(`${entry.path} ${words[at]}`);
    const rest = [...words.slice(0, at), ...words.slice(at + 1)];
    if (next) return dispatch(run, next, rest, globals, rootAskedHelp);
    if (rootAskedHelp || asksForHelp(words)) {
      ctx.stdout.write(groupHelp(run, entry));
      return 0;
    }
    ctx.stderr.write(
      `docker: unknown command: docker ${entry.displayPath} ${words[at]}\n\nUsage:  ${usageLine(entry.spec, entry.displayPath)}\n\nRun 'docker ${entry.displayPath} --help' for more information\n`,
    );
    return 1;
  }
  let parsed: FlagParseResult;
  try {
    parsed = parseFlags(entry.spec.flags ?? [], words, true);
  } catch (e) {
    if (e instanceof FlagParseError) return flagError(run, e, entry.spec, entry.displayPath);
    throw e;
  }
  if (parsed.help || rootAskedHelp) {
    if (parsed.helpShorthand) ctx.stdout.write(helpShorthandNotice + '\n');
    ctx.stdout.write(groupHelp(run, entry));
  } else {
    // `docker image` alone: docker shows the group's help on stderr and succeeds.
    ctx.stderr.write(groupHelp(run, entry));
  }
  return 0;
}

function dispatch(run: Run, entry: CommandEntry, words: string[], globals: GlobalFlags, rootAskedHelp: boolean): Promise<number> {
  if (isGroup(entry.spec) && !entry.spec.listingOnly) return runGroup(run, entry, words, globals, rootAskedHelp);
  return runCommand(run, entry, words, globals, rootAskedHelp);
}

async function runDocker(run: Run): Promise<number> {
  const { ctx } = run;
  const globalSpecs = globalFlagSpecs(run.home);
  let root: FlagParseResult;
  try {
    root = parseFlags(globalSpecs, ctx.argv.slice(1), false);
  } catch (e) {
    if (e instanceof FlagParseError) return flagError(run, e, rootSpec, '');
    throw e;
  }
  const globals = readGlobals(root.flags);
  const [word, ...rest] = root.args;
  if (root.helpShorthand) ctx.stderr.write(helpShorthandNotice + '\n');
  if (word === undefined) {
    if (root.help) {
      ctx.stdout.write(rootHelp(run));
      return 0;
    }
    if (root.flags.bool('version')) {
      ctx.stdout.write(dockerVersionLine + '\n');
      return 0;
    }
    const levelProblem = logLevelProblem(globals);
    if (levelProblem) {
      ctx.stderr.write(levelProblem + '\n');
      return 1;
    }
    ctx.stderr.write(rootHelp(run));
    return 0;
  }
  if (word === 'help' && !root.help) return helpTopic(run, rest);
  const entry = run.registry.lookup(word);
  if (!entry) {
    if (root.help || asksForHelp(rest)) {
      ctx.stdout.write(rootHelp(run));
      return 0;
    }
    ctx.stderr.write(`docker: unknown command: docker ${word}\n\nRun 'docker --help' for more information\n`);
    return 1;
  }
  return dispatch(run, entry, rest, globals, root.help);
}

/** The handler of each canonical command path. */
export type CommandHandlers = Record<string, CommandHandler>;

/**
 * Builds the `docker` program. `handlers` maps canonical command paths ('image ls', 'image pull',
 * 'container run' …) to their implementations, or is a loader of that table (a lazy chunk: it starts
 * loading now, with the specs); commands without one answer that they are unavailable.
 */
export function createDockerProgram(handlers: CommandHandlers | (() => Promise<CommandHandlers>), specs?: readonly CommandSpec[]): Program {
  const loadHandlers = typeof handlers === 'function' ? handlers : () => Promise.resolve(handlers);
  let loading: Promise<{ registry: CommandRegistry; handlers: CommandHandlers }> | undefined;
  // The specs load with the handlers (load-specs.ts) unless a test hands its own; a failed fetch (a
  // chunk missing offline) is not kept, so the next command tries again.
  const prepare = () =>
    (loading ??= Promise.all([specs ? { specs, registry: new CommandRegistry(specs) } : loadSpecs(), loadHandlers()]).then(
      ([{ specs: all, registry }, table]) => {
        for (const path of Object.keys(table)) {
          if (!all.some((s) => s.path === path)) throw new Error(`no docker command spec for handler '${path}'`);
        }
        return { registry, handlers: table };
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  prepare().catch(() => undefined); // reported by the first run, not as an unhandled rejection
  return async (ctx) => {
    const { registry, handlers: table } = await prepare();
    return runDocker({ ctx, registry, handlers: table, width: helpWidth(ctx.columns), home: ctx.env.get('HOME') ?? '/root' });
  };
}
