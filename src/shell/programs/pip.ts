// pip install (pip 24.3 in the python images): resolves the offline PyPI index, prints Collecting /
// Downloading / Installing collected packages / Successfully installed and the root-user warning,
// and writes each package, its .dist-info and its console scripts into site-packages and bin/ (a virtual
// environment's when the pip found first on PATH is the one in its bin/; -q keeps only warnings and errors).
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { packageIndex, resolveInstall, type IndexedPackage } from '../packages/loader.ts';
import { installWheel, installedVersion as versionIn, type PythonPrefix } from '../packages/python-install.ts';
import { abs } from './util.ts';
import { pipUninstall } from './pip-uninstall.ts';

const ROOT_WARNING = "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you want to disable this warning.\n";

/** The Python installation a pip command installs into: /usr/local's, or a virtual environment's when the pip found first on PATH is the one in its bin/. */
export function pythonPrefix(ctx: ProgramContext, command = ctx.argv[0]): PythonPrefix {
  const dirs = command.includes('/') ? [abs(ctx, command).replace(/\/[^/]*$/, '')] : (ctx.env.get('PATH') ?? '').split(':').filter((d) => ctx.fs.exists(`${d}/${command}`));
  const venv = dirs[0]?.replace(/\/bin$/, '');
  if (venv && dirs[0].endsWith('/bin') && ctx.fs.exists(`${venv}/pyvenv.cfg`)) {
    const lib = libDir(ctx, `${venv}/lib`);
    if (lib) return { site: `${lib}/site-packages`, bin: `${venv}/bin`, python: `${venv}/bin/python` };
  }
  for (const base of ['/usr/local', '/usr']) {
    const lib = libDir(ctx, `${base}/lib`);
    if (lib) return { site: `${lib}/site-packages`, bin: `${base}/bin`, python: `${base}/bin/${lib.slice(lib.lastIndexOf('/') + 1)}` };
  }
  return { site: '/usr/local/lib/python3.12/site-packages', bin: '/usr/local/bin', python: '/usr/local/bin/python3.12' };
}

// The newest python3.N directory under `base`, if there is one.
function libDir(ctx: ProgramContext, base: string): string | undefined {
  try {
    const py = ctx.fs.readdir(base).filter((n) => /^python3\.\d+$/.test(n)).sort((a, b) => Number(a.slice(8)) - Number(b.slice(8))).pop();
    return py && `${base}/${py}`;
  } catch {
    return undefined;
  }
}

const kb = (bytes: number) => (bytes < 1024 * 1024 ? `${(bytes / 1000).toFixed(bytes < 10_000 ? 1 : 0)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`);

/** Makes `pip`/`pip3` (install [-r FILE] [--no-cache-dir] NAME…, uninstall, list, --version). */
export function makePip(): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    const prefix = pythonPrefix(ctx);
    const site = prefix.site;
    if (args[0] === '--version' || args[0] === '-V') {
      ctx.stdout.write(`pip ${versionIn(ctx.fs, site, 'pip') ?? '24.3.1'} from ${site}/pip (python ${/python(3\.\d+)/.exec(site)?.[1] ?? '3.12'})\n`);
      return 0;
    }
    const index = packageIndex('pip');
    const installedVersion = (name: string) => versionIn(ctx.fs, site, name);
    if (args[0] === 'list' || args[0] === 'freeze') {
      const rows = [...index.values()].filter((p) => installedVersion(p.name)).map((p) => [p.name, p.version]);
      rows.push(['pip', '24.3.1']);
      rows.sort((a, b) => a[0].toLowerCase().localeCompare(b[0].toLowerCase()));
      if (args[0] === 'freeze') ctx.stdout.write(rows.filter((r) => r[0] !== 'pip').map(([n, v]) => `${n}==${v}\n`).join(''));
      else {
        const w = Math.max(7, ...rows.map((r) => r[0].length));
        ctx.stdout.write(`${'Package'.padEnd(w)} Version\n${'-'.repeat(w)} -------\n${rows.map(([n, v]) => `${n.padEnd(w)} ${v}\n`).join('')}`);
      }
      return 0;
    }
    const root = !ctx.env.get('USER') || ctx.env.get('USER') === 'root' || ctx.env.get('HOME') === '/root';
    const inVenv = ctx.fs.exists(`${prefix.bin.replace(/\/bin$/, '')}/pyvenv.cfg`);
    const rootWarning = () => {
      if (root && !inVenv && !args.includes('--root-user-action=ignore') && !ctx.env.get('PIP_ROOT_USER_ACTION')) ctx.stderr.write(ROOT_WARNING);
    };
    if (args[0] === 'uninstall') return pipUninstall(ctx, args.slice(1), prefix, rootWarning);
    if (args[0] !== 'install') {
      ctx.stderr.write(args[0] ? `ERROR: unknown command "${args[0]}"\n` : '\nUsage:   \n  pip <command> [options]\n');
      return args[0] ? 1 : 0;
    }
    // -q keeps warnings and errors but not pip's progress and notices (its log level goes to WARNING).
    const quiet = args.includes('-q') || args.includes('--quiet');
    const say = (text: string) => void (quiet || ctx.stdout.write(text));
    const names: string[] = [];
    for (let i = 1; i < args.length; i++) {
      if (args[i] === '-r' || args[i] === '--requirement') {
        const file = args[++i] ?? '';
        try {
          names.push(...ctx.fs.readText(abs(ctx, file)).split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
        } catch {
          ctx.stderr.write(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`);
          return 1;
        }
      } else if (!args[i].startsWith('-')) names.push(args[i]);
    }
    if (!names.length) {
      ctx.stderr.write('ERROR: You must give at least one requirement to install (see "pip help install")\n');
      return 1;
    }
    const bare = names.map((n) => n.replace(/[=<>!~\[].*$/, ''));
    const plan = resolveInstall(index, bare, (n) => installedVersion(n) !== undefined);
    for (const n of bare) {
      const v = installedVersion(n);
      if (v) say(`Requirement already satisfied: ${n} in ${site} (${v})\n`);
    }
    if ('missing' in plan) {
      for (const n of bare.slice(0, bare.indexOf(plan.missing))) say(`Collecting ${n}\n`);
      say(`Collecting ${plan.missing}\n`);
      ctx.stderr.write(`ERROR: Could not find a version that satisfies the requirement ${plan.missing} (from versions: none)\nERROR: No matching distribution found for ${plan.missing}\n`);
      return 1;
    }
    // pip's resolver collects the named requirements, then each one's Requires-Dist breadth first, saying
    // which chain of requirements brought it in; what is installed already is "satisfied" on the way.
    const order: IndexedPackage[] = [];
    const seen = new Set<string>();
    const queue: { req: string; name: string; from?: string }[] = names.map((req, i) => ({ req, name: bare[i] }));
    for (let item = queue.shift(); item; item = queue.shift()) {
      const p = index.get(item.name.toLowerCase());
      if (!p || seen.has(p.name.toLowerCase())) continue;
      seen.add(p.name.toLowerCase());
      const via = item.from ? ` (from ${item.from})` : '';
      const have = installedVersion(p.name);
      if (have) {
        if (item.from) say(`Requirement already satisfied: ${item.req} in ${site}${via} (${have})\n`);
        continue;
      }
      say(`Collecting ${item.req}${via}\n  Downloading ${p.archive}.metadata (${(1 + (p.name.length % 5) * 0.7).toFixed(1)} kB)\n`);
      order.push(p);
      const chain = item.from ? `${item.req}->${item.from}` : item.req;
      p.deps.forEach((dep, i) => queue.push({ req: p.requires?.[i] ?? dep, name: dep, from: chain }));
    }
    for (const p of order) say(`Downloading ${p.archive} (${kb(p.download ?? 0)})\n`);
    if (order.length) {
      say(`Installing collected packages: ${plan.order.map((p) => p.name).join(', ')}\n`);
      for (const p of plan.order) installWheel(ctx.fs, prefix, p);
      say(`Successfully installed ${[...plan.order].sort((a, b) => (a.name < b.name ? -1 : 1)).map((p) => `${p.name}-${p.version}`).join(' ')}\n`);
    }
    rootWarning();
    if (!quiet) ctx.stderr.write('\n[notice] A new release of pip is available: 24.3.1 -> 25.0.1\n[notice] To update, run: pip install --upgrade pip\n');
    return 0;
  };
}
