// `python3` / `python`: real Python (MicroPython compiled to WebAssembly) run in a worker of its own,
// over the container's files, environment and network. Loaded only when a learner first runs it.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { BUDGET_EXIT, INTERRUPTED_EXIT, runProcess, type ProcessEnd, type StartRequest } from '../process-host.ts';
import { WORKBOOK_MODULE, mainCall } from './prelude.ts';
import { PYTHON_LIBRARY } from './library.ts';
import { cpythonTraceback } from './traceback.ts';
import { PYTHON_HELP, parsePythonArgs, pythonVersion, sitePath, sysVersion, virtualEnv } from './options.ts';
import { replShell } from './repl.ts';
import { loadFailure, runtimeStopped } from '../lazy.ts';

/** Where the workbook's own Python modules live inside the runtime's worker (never in the container). */
export const LIBRARY_DIR = '/usr/lib/workbook-python';

const absolute = (ctx: ProgramContext, p: string) => (p.startsWith('/') ? p : `${ctx.cwd.replace(/\/$/, '')}/${p}`);

/** The start request for a program: environment, argv, sys.path and the workbook's library. */
export function startRequest(ctx: ProgramContext, argv: string[], main: string, scriptDir: string): StartRequest {
  const version = pythonVersion(ctx);
  const minor = version.split('.').slice(0, 2).join('.');
  const venv = virtualEnv(ctx);
  const executable = ctx.argv[0].includes('/') ? absolute(ctx, ctx.argv[0]) : onPath(ctx, ctx.argv[0]);
  const extra = (ctx.env.get('PYTHONPATH') ?? '').split(':').filter(Boolean);
  return {
    main,
    config: { env: Object.fromEntries(ctx.env), version, sysVersion: sysVersion(ctx, version), executable, prefix: venv?.prefix ?? '/usr/local', argv, cwd: ctx.cwd, stdin: ctx.stdinTty ? '' : ctx.stdin, path: [scriptDir, ...extra, ...sitePath(ctx, minor), LIBRARY_DIR, '.frozen'] },
    library: [[`${LIBRARY_DIR}/_workbook.py`, WORKBOOK_MODULE], ...PYTHON_LIBRARY.map(([p, t]): [string, string] => [`${LIBRARY_DIR}/${p}`, t])],
    addressInUse: () => 'OSError: [Errno 98] Address already in use\n',
  };
}

// sys.executable for an interpreter started by name: the first PATH entry that has it.
function onPath(ctx: ProgramContext, name: string): string {
  const dirs = (ctx.env.get('PATH') ?? '').split(':').filter((d) => d.startsWith('/'));
  return dirs.map((d) => `${d.replace(/\/$/, '')}/${name}`).find((p) => ctx.fs.lexists(p)) ?? `/usr/local/bin/${name}`;
}

/** Writes how a process ended and returns its exit status (rethrowing the shell's own signals). */
export function report(ctx: ProgramContext, end: ProcessEnd, sources: (file: string) => string | undefined): number {
  if (end.kind === 'thrown') throw end.error;
  if (end.kind === 'interrupted') {
    // A signal other than SIGINT (`kill %1`: TERM) ends Python without a word; Ctrl-C raises KeyboardInterrupt.
    const sig = (ctx.signal as AbortSignal & { reason?: unknown }).reason;
    if (typeof sig === 'number' && sig !== 2) return 128 + sig;
    ctx.stderr.write('KeyboardInterrupt\n');
    return INTERRUPTED_EXIT;
  }
  if (end.kind === 'budget') {
    ctx.stderr.write(`${ctx.argv[0]}: stopped: the program ran too long without finishing (the workbook's time limit)\n`);
    return BUDGET_EXIT;
  }
  if (end.kind === 'failed') {
    ctx.stderr.write(end.loading ? loadFailure(ctx.argv[0], 'python', end.message) : runtimeStopped(ctx.argv[0], 'python', end.message));
    return 1;
  }
  if (end.traceback) ctx.stderr.write(cpythonTraceback(end.traceback, sources));
  return end.code;
}

/** Makes `python3` (and `python`, `python3.12`): -c, -m, a script, stdin, the REPL, -V. */
export function makePython(): Program {
  return async (ctx) => {
    const inv = parsePythonArgs(ctx.argv);
    const version = pythonVersion(ctx);
    if (inv.kind === 'version') {
      ctx.stdout.write(`Python ${version}\n`);
      return 0;
    }
    if (inv.kind === 'help') {
      ctx.stdout.write(PYTHON_HELP);
      return 0;
    }
    if (inv.kind === 'error') {
      ctx.stderr.write(`${inv.message}\n`);
      return inv.code;
    }
    const fileSource = (file: string) => {
      if (file === '<string>' && inv.kind === 'command') return inv.source;
      if (file === '<stdin>' && inv.kind === 'stdin') return ctx.stdin;
      try {
        return file.startsWith('/') ? ctx.fs.readText(file) : undefined;
      } catch {
        return undefined;
      }
    };
    if (inv.kind === 'stdin' && ctx.stdinTty && ctx.enterShell) {
      ctx.enterShell(replShell(ctx, version, (main) => startRequest(ctx, inv.argv, main, '')));
      return 0;
    }
    let source: string;
    let filename: string;
    let dir = '';
    if (inv.kind === 'command') [source, filename] = [inv.source, '<string>'];
    else if (inv.kind === 'stdin') [source, filename] = [ctx.stdinTty ? '' : ctx.stdin, '<stdin>'];
    else {
      const path = inv.kind === 'script' ? absolute(ctx, inv.path) : findModule(ctx, inv.module);
      const library = inv.kind === 'module' && !path ? PYTHON_LIBRARY.find(([p]) => p === `${inv.module.replace(/\./g, '/')}.py`) : undefined;
      if (library) [source, filename] = [library[1], `/usr/local/lib/python${version.split('.').slice(0, 2).join('.')}/${library[0]}`];
      else if (!path || !ctx.fs.exists(path) || ctx.fs.stat(path).type !== 'file') {
        if (inv.kind === 'module') ctx.stderr.write(`${ctx.argv[0].split('/').pop()}: No module named ${inv.module}\n`);
        else ctx.stderr.write(`${ctx.argv[0].split('/').pop()}: can't open file '${path}': [Errno 2] No such file or directory\n`);
        return inv.kind === 'module' ? 1 : 2;
      } else {
        [source, filename] = [ctx.fs.readText(path), path];
        dir = inv.kind === 'script' ? path.slice(0, path.lastIndexOf('/')) || '/' : '';
      }
    }
    const end = await runProcess(ctx, 'python', startRequest(ctx, inv.argv, mainCall(source, filename), dir));
    return report(ctx, end, fileSource);
  };
}

// `-m name`: a module of the workbook's library (http.server) or a file on the site-packages path.
function findModule(ctx: ProgramContext, name: string): string | undefined {
  const rel = name.replace(/\./g, '/');
  const minor = pythonVersion(ctx).split('.').slice(0, 2).join('.');
  for (const dir of [ctx.cwd, ...sitePath(ctx, minor)]) {
    for (const p of [`${dir}/${rel}.py`, `${dir}/${rel}/__main__.py`]) if (ctx.fs.exists(p)) return p;
  }
  return undefined;
}
