// npm (10.9 in the node images): init -y, install [NAME…] over the offline index; writes node_modules/,
// package.json dependencies and package-lock.json, and prints npm's summary lines.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { packageIndex, resolveInstall, type IndexedPackage } from '../packages/loader.ts';
import { declaresFunding, npmPackageFiles } from '../packages/npm-sources/index.ts';
import { NPM_CI_NO_LOCK } from './npm-texts.ts';
import { abs } from './util.ts';

const INIT_JSON = (name: string) => ({
  name, version: '1.0.0', main: 'index.js', scripts: { test: 'echo "Error: no test specified" && exit 1' }, keywords: [], author: '', license: 'ISC', description: '',
});

// Index names like `debug-4` are a second version of `debug`, nested under the package that needs it.
const diskName = (p: IndexedPackage) => p.name.replace(/-\d+$/, '');

function readJson(ctx: ProgramContext, path: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(ctx.fs.readText(path)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Makes `npm` (init -y, install/i/add, --version). */
export function makeNpm(): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    const [cmd, ...rest] = args;
    const pkgPath = abs(ctx, 'package.json');
    if (cmd === '--version' || cmd === '-v') {
      ctx.stdout.write('10.9.2\n');
      return 0;
    }
    if (cmd === 'init') {
      const json = JSON.stringify(INIT_JSON(ctx.cwd.split('/').pop() || 'root'), null, 2);
      ctx.fs.writeFile(pkgPath, json + '\n');
      ctx.stdout.write(`Wrote to ${pkgPath}:\n\n${json}\n\n\n\n`);
      return 0;
    }
    if (cmd !== 'install' && cmd !== 'i' && cmd !== 'add' && cmd !== 'ci') {
      ctx.stdout.write('npm <command>\n\nUsage:\n\nnpm install        install all the dependencies in your project\nnpm install <foo>  add the <foo> dependency to your project\nnpm test           run this project\'s tests\nnpm run <foo>      run the script named <foo>\nnpm <command> -h   quick help on <command>\nnpm -l             display usage info for all commands\nnpm help <term>    search for help on <term>\nnpm help npm       more involved overview\n\nAll commands:\n\n    access, adduser, audit, bugs, cache, ci, completion,\n    config, dedupe, deprecate, diff, dist-tag, docs, doctor,\n    edit, exec, explain, explore, find-dupes, fund, get, help,\n    help-search, hook, init, install, install-ci-test,\n    install-test, link, ll, login, logout, ls, org, outdated,\n    owner, pack, ping, pkg, prefix, profile, prune, publish,\n    query, rebuild, repo, restart, root, run-script, sbom,\n    search, set, shrinkwrap, star, stars, start, stop, team,\n    test, token, uninstall, unpublish, unstar, update, version,\n    view, whoami\n\nSpecify configs in the ini-formatted file:\n    /root/.npmrc\nor on the command line via: npm <command> --key=value\n\nMore configuration info: npm help config\nConfiguration fields: npm help 7 config\n\nnpm@10.9.2 /usr/local/lib/node_modules/npm\n');
      return cmd === undefined ? 1 : 1;
    }
    const logPath = () => `${ctx.env.get('HOME') ?? '/root'}/.npm/_logs/${new Date(ctx.fs.clock()).toISOString().replace(/[:.]/g, '_')}-debug-0.log`;
    if (cmd === 'ci' && !ctx.fs.exists(abs(ctx, 'package-lock.json')) && !ctx.fs.exists(abs(ctx, 'npm-shrinkwrap.json'))) {
      ctx.stderr.write(NPM_CI_NO_LOCK.trimEnd().split('\n').map((line) => `npm error ${line}`.trimEnd()).join('\n') + `\nnpm error A complete log of this run can be found in: ${logPath()}\n`);
      return 1;
    }
    const index = packageIndex('npm');
    const pkg = readJson(ctx, pkgPath);
    const dev = rest.includes('--save-dev') || rest.includes('-D');
    const names = rest.filter((a) => !a.startsWith('-')).map((n) => n.replace(/(.)@.*$/, '$1'));
    const deps = { ...((pkg?.dependencies as Record<string, string>) ?? {}), ...((pkg?.devDependencies as Record<string, string>) ?? {}) };
    const wanted = names.length ? names : Object.keys(deps);
    const nm = abs(ctx, 'node_modules');
    const plan = resolveInstall(index, wanted, (n) => ctx.fs.exists(`${nm}/${n.replace(/-\d+$/, '')}/package.json`) && !/-\d+$/.test(n));
    if ('missing' in plan) {
      ctx.stderr.write(`npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/${plan.missing} - Not found\nnpm error 404\nnpm error 404  '${plan.missing}@*' is not in this registry.\nnpm error 404\nnpm error 404 Note that you can also install from a\nnpm error 404 tarball, folder, http url, or git url.\nnpm error A complete log of this run can be found in: ${logPath()}\n`);
      return 1;
    }
    const lockPackages: Record<string, unknown> = {};
    for (const p of plan.order) {
      const parent = plan.order.find((q) => q.deps.includes(p.name) && /-\d+$/.test(p.name));
      const dir = /-\d+$/.test(p.name) && parent ? `${nm}/${diskName(parent)}/node_modules/${diskName(p)}` : `${nm}/${diskName(p)}`;
      ctx.fs.mkdir(dir, { recursive: true });
      const files = npmPackageFiles(p.name);
      if (files) {
        for (const [path, text] of Object.entries(files)) {
          ctx.fs.mkdir(`${dir}/${path}`.replace(/\/[^/]*$/, ''), { recursive: true });
          ctx.fs.writeFile(`${dir}/${path}`, text);
        }
      } else {
        ctx.fs.writeFile(`${dir}/package.json`, JSON.stringify({ name: diskName(p), version: p.version, main: 'index.js' }, null, 2) + '\n');
        ctx.fs.writeFile(`${dir}/index.js`, `// ${diskName(p)}@${p.version} (stand-in)\n`);
        const node = ctx.fs.lstat(`${dir}/index.js`);
        if (node.type === 'file') node.size = p.size;
      }
      lockPackages[dir.slice(ctx.cwd.length + 1)] = { version: p.version, resolved: `https://registry.npmjs.org/${diskName(p)}/-/${diskName(p).replace(/^.*\//, '')}-${p.version}.tgz`, license: 'MIT' };
    }
    const json = pkg ?? {};
    const field = dev ? 'devDependencies' : 'dependencies';
    if (names.length) json[field] = Object.fromEntries(Object.entries({ ...((json[field] as Record<string, string>) ?? {}), ...Object.fromEntries(names.map((n) => [n, `^${index.get(n)?.version}`])) }).sort());
    ctx.fs.writeFile(pkgPath, JSON.stringify(json, null, 2) + '\n');
    ctx.fs.writeFile(abs(ctx, 'package-lock.json'), JSON.stringify({ name: json.name ?? ctx.cwd.split('/').pop(), lockfileVersion: 3, requires: true, packages: { '': { dependencies: json.dependencies ?? {} }, ...lockPackages } }, null, 2) + '\n');
    let total = 0;
    try {
      const count = (d: string): number => ctx.fs.readdir(d).reduce((n, c) => n + (c.startsWith('.') ? 0 : 1 + (ctx.fs.exists(`${d}/${c}/node_modules`) ? count(`${d}/${c}/node_modules`) : 0)), 0);
      total = count(nm);
    } catch {
      total = 0;
    }
    const added = plan.order.length;
    const funded = [...index.values()].filter((p) => declaresFunding(p.name) && ctx.fs.exists(`${nm}/${diskName(p)}/package.json`)).length;
    const funding = funded ? `\n${funded} package${funded === 1 ? ' is' : 's are'} looking for funding\n  run \`npm fund\` for details\n` : '';
    ctx.stdout.write(`\n${added ? `added ${added} package${added === 1 ? '' : 's'}, and ` : 'up to date, '}audited ${total + 1} package${total ? 's' : ''} in ${added > 20 ? 3 : 1}s\n${funding}\nfound 0 vulnerabilities\n`);
    return 0;
  };
}
