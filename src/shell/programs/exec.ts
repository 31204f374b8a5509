// Running another program from a program (env CMD, xargs CMD, find -exec CMD, gosu): found as the shell
// finds it (shell/lookup.ts); shells and shell scripts run through the calling shell (ctx.runShell).
import type { Program, ProgramContext, Writer } from '../../kernel/process.ts';
import { ImagePrograms, lookup, SHELL_NAMES } from '../lookup.ts';

/** Where programs find other programs: the machine's table, read lazily so later additions (docker) count. */
export type ProgramTable = () => ReadonlyMap<string, Program>;

// execvp's search path when PATH is unset (`env -i cmd`): musl's, which holds glibc's /bin:/usr/bin.
const DEFAULT_EXEC_PATH = '/usr/local/bin:/bin:/usr/bin';

/** Finds `name` as the shell would (shell/lookup.ts: by path, or along $PATH); undefined when it is no table program. */
export function findProgram(ctx: ProgramContext, table: ProgramTable, name: string): Program | undefined {
  const found = lookup(ctx.fs, ctx.cwd, ctx.env.get('PATH') ?? DEFAULT_EXEC_PATH, table(), name);
  return found?.kind === 'program' ? found.program : undefined;
}

/** What a started command gets instead of its starter's: environment, input, output (a pipe awk reads). */
export interface ExecExtra {
  env?: Map<string, string>;
  stdin?: string;
  stdout?: Writer;
  /** Ends the child (timeout's signal as well as Ctrl-C). */
  signal?: AbortSignal;
  /** The child's waits (timeout counts them against its deadline). */
  sleep?(ms: number): Promise<void>;
}

/** Runs a program with a new argv (and optionally environment, stdin and stdout), sharing the caller's filesystem and other streams. */
export async function runProgram(ctx: ProgramContext, program: Program, argv: string[], extra: ExecExtra = {}): Promise<number> {
  // The caller's properties are copied as they are, not spread: its stdin is a getter over the shared input
  // stream, which a spread would read (and so empty) whether or not the child reads it, so a child that reads
  // nothing leaves the input to whoever reads next (`… | { xargs -a list echo; cat; }`).
  const child = Object.defineProperties({}, Object.getOwnPropertyDescriptors(ctx)) as ProgramContext;
  const set = (key: string, value: unknown) => Object.defineProperty(child, key, { value, writable: true, enumerable: true, configurable: true });
  set('argv', argv);
  set('env', extra.env ?? ctx.env);
  if (extra.stdin !== undefined) set('stdin', extra.stdin);
  if (extra.signal) set('signal', extra.signal);
  if (extra.sleep) set('sleep', extra.sleep);
  // A shell the child starts in turn (env sh -c …) keeps the same signal and waits.
  const runShell = ctx.runShell;
  if (runShell && (extra.signal || extra.sleep)) set('runShell', ((shellArgv, as, streams) => runShell(shellArgv, as, { ...streams, signal: streams?.signal ?? extra.signal, sleep: streams?.sleep ?? extra.sleep })) satisfies ProgramContext['runShell']);
  if (extra.stdout) {
    set('stdout', extra.stdout);
    set('isTty', false);
    set('stdoutIsPipe', true);
  }
  return program(child);
}

/**
 * Runs `argv` as execvp would from a program (env, xargs, find -exec): a table program, or a shell or
 * shell script through the calling shell; a binary the workbook does not run says so. Undefined when
 * argv[0] is nowhere (the caller words that error as its own tool does).
 */
export async function execCommand(ctx: ProgramContext, table: ProgramTable, argv: string[], extra: ExecExtra = {}, depth = 0): Promise<number | undefined> {
  const env = extra.env ?? ctx.env;
  const programs = table();
  const found = lookup(ctx.fs, ctx.cwd, env.get('PATH') ?? DEFAULT_EXEC_PATH, programs, argv[0]);
  if (found?.kind === 'program') return runProgram(ctx, found.program, argv, extra);
  if (found?.kind === 'unsupported') {
    ctx.stderr.write(`${argv[0].slice(argv[0].lastIndexOf('/') + 1)}: not supported in the workbook\n`);
    return 127;
  }
  // The host's shells have no file; a container's are found on its PATH.
  const hostShell = (found === null || found.kind === 'missing') && SHELL_NAMES.has(argv[0].slice(argv[0].lastIndexOf('/') + 1)) && !(programs instanceof ImagePrograms);
  // A `#!` script runs its interpreter (python3 app.py), found the same way; one without runs under sh.
  const shebang = found?.kind === 'script' ? /^#![ \t]*(\S+)(?:[ \t]+(\S+))?/.exec(ctx.fs.readText(found.path).slice(0, 256)) : null;
  if (found?.kind === 'script' && shebang && depth < 4) {
    const words = shebang[1].endsWith('/env') && shebang[2] ? [shebang[2]] : shebang.slice(1).filter((w): w is string => w !== undefined);
    return execCommand(ctx, table, [...words, found.path, ...argv.slice(1)], extra, depth + 1);
  }
  if ((found?.kind === 'shell' || found?.kind === 'script' || hostShell) && ctx.runShell) {
    const shellArgv = found?.kind === 'script' ? ['sh', found.path, ...argv.slice(1)] : argv;
    const identity = ctx.fs.identity ?? { uid: 0, gid: 0, groups: [0] };
    const streams = extra.stdout || extra.stdin !== undefined || extra.signal || extra.sleep ? { stdin: extra.stdin, stdout: extra.stdout, signal: extra.signal, sleep: extra.sleep } : undefined;
    return ctx.runShell(shellArgv, { identity, user: env.get('USER') ?? 'root', env: new Map(env), cwd: ctx.cwd }, streams);
  }
  return undefined;
}
