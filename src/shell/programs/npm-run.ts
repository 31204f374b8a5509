// npm run/start/test: the package.json script through `sh -c`, after npm's `> name@version script`
// banner, with node_modules/.bin first on PATH and npm's lifecycle variables; `npm start` without a
// start script runs `node server.js` when there is one; `npm run` alone lists the scripts.
import type { ProgramContext } from '../../kernel/process.ts';
import { abs } from './util.ts';

const LIFECYCLE = ['start', 'stop', 'restart', 'test'];

const quote = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`);

/** Runs one npm script command; `fail` prints npm error lines and returns 1. */
export function npmRun(ctx: ProgramContext, pkg: Record<string, unknown> | undefined, cmd: string, rest: string[], fail: (lines: string[]) => number): number | Promise<number> {
  const scripts = (pkg?.scripts ?? {}) as Record<string, string>;
  const label = pkg?.name ? `${String(pkg.name)}@${String(pkg.version ?? '')}` : ctx.cwd;
  const direct = ({ t: 'test', tst: 'test' } as Record<string, string>)[cmd] ?? cmd;
  const name = ['run', 'run-script', 'rum', 'urn'].includes(cmd) ? rest[0] : direct;
  const args = (name === rest[0] && !LIFECYCLE.includes(cmd) ? rest.slice(1) : rest).filter((a, i, all) => a !== '--' || all.indexOf('--') !== i);
  if (!pkg) return fail(['code ENOENT', 'syscall open', `path ${abs(ctx, 'package.json')}`, 'errno -2', `enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${abs(ctx, 'package.json')}'`, 'enoent This is related to npm not being able to find a file.', 'enoent']);
  if (name === undefined) {
    const entries = Object.entries(scripts);
    const life = entries.filter(([k]) => LIFECYCLE.includes(k));
    const other = entries.filter(([k]) => !LIFECYCLE.includes(k));
    const text = [life.length ? `Lifecycle scripts included in ${label}:\n${life.map(([k, v]) => `  ${k}\n    ${v}`).join('\n')}\n` : '', other.length ? `available via \`npm run\`:\n${other.map(([k, v]) => `  ${k}\n    ${v}`).join('\n')}\n` : ''].join('');
    ctx.stdout.write(text);
    return 0;
  }
  let script = scripts[name];
  if (script === undefined && name === 'start' && ctx.fs.exists(abs(ctx, 'server.js'))) script = 'node server.js';
  if (script === undefined) {
    return fail([`Missing script: "${name}"`, '', 'To see a list of scripts, run:', '  npm run']);
  }
  const line = [script, ...args.map(quote)].join(' ');
  ctx.stdout.write(`\n> ${label} ${name}\n> ${line}\n\n`);
  if (!ctx.runShell) {
    ctx.stderr.write('npm run: not supported in the workbook\n');
    return 127;
  }
  const env = new Map(ctx.env);
  env.set('PATH', `${abs(ctx, 'node_modules/.bin')}:${ctx.env.get('PATH') ?? ''}`);
  env.set('npm_lifecycle_event', name);
  env.set('npm_lifecycle_script', script);
  if (pkg.name) env.set('npm_package_name', String(pkg.name));
  if (pkg.version) env.set('npm_package_version', String(pkg.version));
  env.set('npm_command', name === cmd || LIFECYCLE.includes(name) && cmd !== 'run' ? (name === 'test' ? 'test' : name) : 'run-script');
  const identity = ctx.fs.identity ?? { uid: 0, gid: 0, groups: [0] };
  return ctx.runShell(['/bin/sh', '-c', line], { identity, user: ctx.env.get('USER') ?? 'root', env, cwd: ctx.cwd });
}
