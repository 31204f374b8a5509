// `pipenv run COMMAND [ARGS]…`: a command (or a Pipfile [scripts] entry) run with the project's
// environment activated: VIRTUAL_ENV and PIPENV_ACTIVE set, its bin/ first on PATH, the project's .env
// loaded. The environment is created first when it does not exist yet, as pipenv's ensure_project does.
import type { ProgramContext } from '../../../kernel/process.ts';
import { resolve } from '../../../vfs/path.ts';
import type { PipenvOutput } from './console.ts';
import { ensureProject, useSystem } from './install.ts';
import { parsePipfile } from './pipfile.ts';

const quote = (word: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/** Runs `args` inside the project's environment; its exit status is the command's. */
export async function runCommand(ctx: ProgramContext, out: PipenvOutput, args: string[]): Promise<number> {
  const command = args.find((a) => !a.startsWith('-')) ?? '';
  if (!command) {
    ctx.stderr.write("Usage: pipenv run [OPTIONS] COMMAND [ARGS]...\nTry 'pipenv run -h' for help.\n\nError: Missing argument 'COMMAND'.\n");
    return 2;
  }
  const rest = args.slice(args.indexOf(command) + 1);
  const system = useSystem(ctx);
  const project = ensureProject(ctx, out, system);
  if (typeof project === 'number') return project;
  const env = new Map(ctx.env);
  const dotenv = `${project.dir === '/' ? '' : project.dir}/.env`;
  if (ctx.fs.exists(dotenv) && !/^(1|true|yes|on)$/i.test(ctx.env.get('PIPENV_DONT_LOAD_ENV') ?? '')) {
    out.err('Loading .env environment variables...');
    for (const line of ctx.fs.readText(dotenv).split('\n')) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (m) env.set(m[1], m[2].replace(/^(['"])(.*)\1$/, '$2'));
    }
  }
  if (!system) {
    env.set('VIRTUAL_ENV', project.venv);
    env.set('PATH', `${project.venv}/bin:${ctx.env.get('PATH') ?? ''}`);
    env.delete('PYTHONHOME');
  }
  env.set('PIPENV_ACTIVE', '1');
  const pipfile = ctx.fs.exists(project.pipfile) ? parsePipfile(ctx.fs.readText(project.pipfile)) : {};
  const scripts = (!('error' in pipfile) && pipfile.scripts && typeof pipfile.scripts === 'object' ? pipfile.scripts : {}) as Record<string, unknown>;
  const script = typeof scripts[command] === 'string' ? (scripts[command] as string) : undefined;
  const line = script !== undefined ? [script, ...rest.map(quote)].join(' ') : [command, ...rest].map(quote).join(' ');
  const program = script !== undefined ? (script.trim().split(/\s+/)[0] ?? '') : command;
  if (!found(ctx, program, env.get('PATH') ?? '')) {
    out.echoErr(script !== undefined ? `Error: the command ${program} (from ${command}) could not be found within PATH.` : `Error: the command ${command} could not be found within PATH or Pipfile's [scripts].`);
    return 1;
  }
  if (!ctx.runShell) {
    ctx.stderr.write('pipenv run: not supported in the workbook\n');
    return 127;
  }
  const identity = ctx.fs.identity ?? { uid: 0, gid: 0, groups: [0] };
  return ctx.runShell(['/bin/sh', '-c', line], { identity, user: ctx.env.get('USER') ?? 'root', env, cwd: ctx.cwd });
}

// shutil.which over PATH: an executable file (a path with a slash is taken as it is).
function found(ctx: ProgramContext, program: string, path: string): boolean {
  const executable = (p: string) => {
    try {
      const node = ctx.fs.stat(p);
      return node.type === 'file' && (node.mode & 0o111) !== 0;
    } catch {
      return false;
    }
  };
  if (program.includes('/')) return executable(resolve(ctx.cwd, program));
  return path.split(':').some((dir) => dir && executable(resolve(ctx.cwd, `${dir}/${program}`)));
}
