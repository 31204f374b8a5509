// `node`: real JavaScript (QuickJS compiled to WebAssembly) in a worker of its own, with Node's
// globals and modules over the container's files, environment and network. Loaded when first run.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { BUDGET_EXIT, INTERRUPTED_EXIT, runProcess } from '../process-host.ts';
import { moduleNotFound, nodeUncaught, type Uncaught } from './report.ts';
import { loadFailure, runtimeStopped } from '../lazy.ts';

const absolute = (ctx: ProgramContext, p: string) => (p.startsWith('/') ? p : `${ctx.cwd.replace(/\/$/, '')}/${p}`);

/** The Node version the image advertises ($NODE_VERSION), else the current LTS of the catalog. */
export function nodeVersion(ctx: ProgramContext): string {
  return ctx.env.get('NODE_VERSION') ?? '22.14.0';
}

/** Makes `node` (and `nodejs`): a script, -e, -p, stdin, --version. */
export function makeNode(): Program {
  return async (ctx) => {
    const args = ctx.argv.slice(1);
    const version = nodeVersion(ctx);
    let main: string;
    let argv: string[];
    let evalText: string | undefined;
    const flags = args.filter((a, i) => a.startsWith('-') && args.slice(0, i).every((b) => b.startsWith('-') && b !== '-e' && b !== '-p'));
    if (flags.includes('-v') || flags.includes('--version')) {
      ctx.stdout.write(`v${version}\n`);
      return 0;
    }
    const e = args.findIndex((a) => a === '-e' || a === '--eval' || a === '-p' || a === '--print');
    const script = args.find((a) => !a.startsWith('-'));
    if (e >= 0) {
      evalText = args[e + 1] ?? '';
      const print = args[e] === '-p' || args[e] === '--print';
      main = print ? `console.log(__runSource(${JSON.stringify(`return eval(${JSON.stringify(evalText)})`)}, '[eval]'))` : `__runSource(${JSON.stringify(evalText)}, '[eval]')`;
      argv = ['/usr/local/bin/node', ...args.slice(e + 2)];
    } else if (script) {
      const path = absolute(ctx, script);
      const file = ['', '.js', '.cjs', '/index.js'].map((x) => path + x).find((p) => ctx.fs.exists(p) && ctx.fs.stat(p).type === 'file');
      if (!file) {
        ctx.stderr.write(moduleNotFound(path, version));
        return 1;
      }
      main = `__runMain(${JSON.stringify(file)})`;
      argv = ['/usr/local/bin/node', file, ...args.slice(args.indexOf(script) + 1)];
    } else {
      evalText = ctx.stdinTty ? '' : ctx.stdin;
      main = `__runSource(${JSON.stringify(evalText)}, '[stdin]')`;
      argv = ['/usr/local/bin/node'];
    }
    const end = await runProcess(ctx, 'node', {
      main,
      config: { env: Object.fromEntries(ctx.env), argv, cwd: ctx.cwd, version, tty: ctx.isTty, columns: ctx.columns, pid: 1, main: argv[1] ?? '[eval]' },
      addressInUse: (port) => `node:events:497\n      throw er; // Unhandled 'error' event\n      ^\n\nError: listen EADDRINUSE: address already in use :::${port}\n\nNode.js v${version}\n`,
    });
    if (end.kind === 'thrown') throw end.error;
    if (end.kind === 'interrupted') return INTERRUPTED_EXIT;
    if (end.kind === 'budget') {
      ctx.stderr.write(`${ctx.argv[0]}: stopped: the program ran too long without finishing (the workbook's time limit)\n`);
      return BUDGET_EXIT;
    }
    if (end.kind === 'failed') {
      ctx.stderr.write(end.loading ? loadFailure(ctx.argv[0], 'node', end.message) : runtimeStopped(ctx.argv[0], 'node', end.message));
      return 1;
    }
    if (end.traceback) {
      const read = (file: string) => {
        if (file === '[eval]' || file === '[stdin]') return evalText;
        try {
          return ctx.fs.readText(file);
        } catch {
          return undefined;
        }
      };
      ctx.stderr.write(nodeUncaught(JSON.parse(end.traceback) as Uncaught, version, read));
    }
    return end.code;
  };
}
