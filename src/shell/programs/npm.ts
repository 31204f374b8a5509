// npm (10.9 in the node images) over the workbook's offline registry: init -y, install/ci/uninstall/
// prune (the tree Arborist would build, package.json, package-lock.json, npm's summary lines), ls,
// and run/start/test (the script through sh, with node_modules/.bin on PATH).
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { buildTree, resolveSpec, rootEdges, type TreeError } from '../packages/npm-tree.ts';
import { lockFile, lockMismatches, treeFromLock } from '../packages/npm-lock.ts';
import { NPM_CI_NO_LOCK, NPM_CI_USAGE, NPM_USAGE } from './npm-texts.ts';
import { applyTree, summary } from './npm-install.ts';
import { npmLs } from './npm-ls.ts';
import { npmRun } from './npm-run.ts';
import { abs } from './util.ts';

const INIT_JSON = (name: string) => ({
  name, version: '1.0.0', main: 'index.js', scripts: { test: 'echo "Error: no test specified" && exit 1' }, keywords: [], author: '', license: 'ISC', description: '',
});

function readJson(ctx: ProgramContext, path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(ctx.fs.readText(path)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

const DEP_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];

/** Makes `npm`. */
export function makeNpm(): Program {
  return (ctx) => {
    const [cmd, ...rest] = ctx.argv.slice(1);
    const dir = ctx.cwd;
    const pkgPath = abs(ctx, 'package.json');
    const logPath = () => `${ctx.env.get('HOME') ?? '/root'}/.npm/_logs/${new Date(ctx.fs.clock()).toISOString().replace(/[:.]/g, '_')}-debug-0.log`;
    const fail = (lines: string[]) => {
      ctx.stderr.write(lines.map((l) => `npm error ${l}`.trimEnd()).join('\n') + `\nnpm error A complete log of this run can be found in: ${logPath()}\n`);
      return 1;
    };
    const treeError = (e: TreeError) => e.code === 'E404'
      ? fail(['code E404', `404 Not Found - GET https://registry.npmjs.org/${e.name} - Not found`, '404', `404  '${e.name}@*' is not in this registry.`, '404', '404 Note that you can also install from a', '404 tarball, folder, http url, or git url.'])
      : fail(['code ETARGET', `notarget No matching version found for ${e.name}@${e.spec}.`, 'notarget In most cases you or one of your dependencies are requesting', "notarget a package version that doesn't exist."]);
    const omitDev = rest.some((a, i) => a === '--omit=dev' || (a === '--omit' && rest[i + 1] === 'dev') || a === '--production' || a === '--only=prod' || a === '--only=production') || (ctx.env.get('NODE_ENV') === 'production' && !rest.includes('--include=dev'));
    const pkg = readJson(ctx, pkgPath);
    const writeLock = (json: Record<string, unknown>, tree: Parameters<typeof lockFile>[2]) => ctx.fs.writeFile(abs(ctx, 'package-lock.json'), JSON.stringify(lockFile(json, dir.split('/').pop() || 'root', tree), null, 2) + '\n');

    switch (cmd) {
      case '--version':
      case '-v':
        ctx.stdout.write('10.9.2\n');
        return 0;
      case 'init': {
        const json = JSON.stringify(INIT_JSON(dir.split('/').pop() || 'root'), null, 2);
        ctx.fs.writeFile(pkgPath, json + '\n');
        ctx.stdout.write(`Wrote to ${pkgPath}:\n\n${json}\n\n\n\n`);
        return 0;
      }
      case 'ls':
      case 'list':
      case 'll':
      case 'la':
        return npmLs(ctx, dir, rest, logPath);
      case 'run':
      case 'run-script':
      case 'rum':
      case 'urn':
      case 'start':
      case 'test':
      case 't':
      case 'tst':
      case 'stop':
      case 'restart':
        return npmRun(ctx, pkg, cmd, rest, fail);
      case 'ci':
      case 'clean-install':
      case 'ic':
      case 'install-clean':
      case 'isntall-clean': {
        const lock = readJson(ctx, abs(ctx, 'package-lock.json')) ?? readJson(ctx, abs(ctx, 'npm-shrinkwrap.json'));
        if (!lock) return fail(NPM_CI_NO_LOCK.trimEnd().split('\n'));
        const mismatches = lockMismatches(lock, rootEdges(pkg ?? {}), (name, spec) => {
          const r = resolveSpec(name, spec);
          return 'version' in r ? r.version : spec;
        });
        if (mismatches.length) {
          return fail(['code EUSAGE', '', '`npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.', '', ...mismatches, '', ...NPM_CI_USAGE.trimEnd().split('\n')]);
        }
        const locked = treeFromLock(lock);
        if ('unknown' in locked) return treeError({ code: 'E404', name: locked.unknown.replace(/(.)@.*$/, '$1') });
        ctx.stdout.write(summary(applyTree(ctx, dir, pkg ?? {}, locked.tree, omitDev, true)));
        return 0;
      }
      case 'install':
      case 'i':
      case 'add':
      case 'in':
      case 'isntall':
      case 'uninstall':
      case 'remove':
      case 'rm':
      case 'un':
      case 'r':
      case 'unlink':
      case 'prune': {
        const removing = !['install', 'i', 'add', 'in', 'isntall', 'prune'].includes(cmd);
        const json: Record<string, unknown> = pkg ?? {};
        const names = rest.filter((a, i) => !a.startsWith('-') && !['--omit', '--include', '--only', '--save-prefix', '--registry'].includes(rest[i - 1]));
        const dev = rest.includes('--save-dev') || rest.includes('-D');
        if (cmd !== 'prune') {
          for (const arg of names) {
            const at = arg.indexOf('@', 1);
            const name = at > 0 ? arg.slice(0, at) : arg;
            for (const field of DEP_FIELDS) {
              const deps = json[field] as Record<string, string> | undefined;
              if (deps && name in deps && (removing || field !== (dev ? 'devDependencies' : 'dependencies'))) {
                delete deps[name];
                if (!Object.keys(deps).length) delete json[field];
              }
            }
            if (removing) continue;
            const resolved = resolveSpec(name, at > 0 ? arg.slice(at + 1) : 'latest');
            if ('code' in resolved) return treeError(resolved);
            const field = dev ? 'devDependencies' : 'dependencies';
            json[field] = Object.fromEntries(Object.entries({ ...((json[field] as Record<string, string>) ?? {}), [name]: `^${resolved.version}` }).sort(([a], [b]) => (a < b ? -1 : 1)));
          }
        }
        const built = buildTree(rootEdges(json));
        if ('code' in built) return treeError(built);
        if (names.length || pkg) ctx.fs.writeFile(pkgPath, JSON.stringify(json, null, 2) + '\n');
        writeLock(json, built.tree);
        ctx.stdout.write(summary(applyTree(ctx, dir, json, built.tree, omitDev, false)));
        return 0;
      }
      default:
        ctx.stdout.write(NPM_USAGE);
        return 1;
    }
  };
}
