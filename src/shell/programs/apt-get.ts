// apt-get / apt (apt 2.6 on Debian bookworm; the same index serves Ubuntu): update, install [-y],
// remove. A fresh image has no package lists, so install before update fails with "Unable to locate
// package" — as it does for real. Installs write files and /var/lib/dpkg/status stanzas.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { aptSize, packageIndex, resolveInstall, writeFiles, type IndexedPackage } from '../packages/loader.ts';

const STATUS = '/var/lib/dpkg/status';
const LISTS = '/var/lib/apt/lists';

function installedNames(ctx: ProgramContext): Set<string> {
  try {
    return new Set([...ctx.fs.readText(STATUS).matchAll(/^Package: (\S+)$/gm)].map((m) => m[1]));
  } catch {
    return new Set();
  }
}

function codename(ctx: ProgramContext): { distro: 'debian' | 'ubuntu'; suite: string } {
  let text = '';
  try {
    text = ctx.fs.readText('/etc/os-release');
  } catch {
    /* no os-release: bookworm */
  }
  const suite = /^VERSION_CODENAME=(\S+)/m.exec(text)?.[1] ?? 'bookworm';
  return { distro: /^ID=ubuntu/m.test(text) ? 'ubuntu' : 'debian', suite };
}

function hasLists(ctx: ProgramContext): boolean {
  try {
    return ctx.fs.readdir(LISTS).some((n) => n.includes('_Packages'));
  } catch {
    return false;
  }
}

/** Makes `apt-get` (or `apt`, which adds its own progress and a CLI warning when piped). */
export function makeAptGet(name: 'apt-get' | 'apt'): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    const yes = args.some((a) => a === '-y' || a === '--yes' || a === '--assume-yes' || a === '-qy' || a === '-yq');
    const [cmd, ...names] = args.filter((a) => !a.startsWith('-'));
    const { distro, suite } = codename(ctx);
    const arch = 'amd64';
    const mirror = distro === 'ubuntu' ? 'http://archive.ubuntu.com/ubuntu' : 'http://deb.debian.org/debian';
    const security = distro === 'ubuntu' ? 'http://security.ubuntu.com/ubuntu' : 'http://deb.debian.org/debian-security';
    const done = ctx.isTty ? ' Done' : '';
    if (name === 'apt' && !ctx.isTty) ctx.stderr.write('\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n');
    if (ctx.env.get('USER') && ctx.env.get('USER') !== 'root' && cmd !== undefined) {
      ctx.stderr.write('E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n');
      return 100;
    }
    const reading = () => ctx.stdout.write(`Reading package lists...${done}\nBuilding dependency tree...${done}\nReading state information...${done}\n`);
    switch (cmd) {
      case 'update': {
        const rows: [string, string, string][] = [
          [mirror, `${suite} InRelease`, '151 kB'], [mirror, `${suite}-updates InRelease`, '55.4 kB'], [security, `${suite}-security InRelease`, '48.0 kB'],
          [mirror, `${suite}/main ${arch} Packages`, '8792 kB'], [mirror, `${suite}-updates/main ${arch} Packages`, '13.5 kB'], [security, `${suite}-security/main ${arch} Packages`, '246 kB'],
        ];
        rows.forEach(([m, what, size], k) => ctx.stdout.write(`Get:${k + 1} ${m} ${what} [${size}]\n`));
        ctx.stdout.write(`Fetched 9306 kB in 1s (6617 kB/s)\nReading package lists...${done}\n`);
        ctx.fs.mkdir(`${LISTS}/partial`, { recursive: true });
        for (const [m, what, size] of rows.filter((r) => r[1].includes('Packages'))) {
          const host = m.replace(/^http:\/\//, '').replace(/\//g, '_');
          const path = `${LISTS}/${host}_dists_${what.split(' ')[0].replace('/', '_')}_binary-${arch}_Packages.lz4`;
          ctx.fs.writeFile(path, `Packages index stand-in for ${m} ${what}\n`);
          const node = ctx.fs.lstat(path);
          if (node.type === 'file') node.size = Math.round(parseFloat(size) * 1000 * 1.9);
        }
        return 0;
      }
      case 'install': {
        reading();
        const index = packageIndex('deb');
        const installed = installedNames(ctx);
        const wanted = names.map((n) => n.replace(/=.*$/, ''));
        if (!hasLists(ctx)) {
          const first = wanted.find((n) => !installed.has(n));
          if (first) {
            ctx.stderr.write(`E: Unable to locate package ${first}\n`);
            return 100;
          }
        }
        const plan = resolveInstall(index, wanted, (n) => installed.has(n));
        if ('missing' in plan) {
          ctx.stderr.write(`E: Unable to locate package ${plan.missing}\n`);
          return 100;
        }
        for (const n of wanted) if (installed.has(n)) ctx.stdout.write(`${n} is already the newest version (${index.get(n)?.version ?? ''}).\n`);
        const order = plan.order;
        const extra = order.filter((p) => !wanted.includes(p.name));
        const list = (ps: IndexedPackage[]) => wrap(ps.map((p) => p.name).sort());
        if (extra.length) ctx.stdout.write(`The following additional packages will be installed:\n${list(extra)}`);
        if (order.length) ctx.stdout.write(`The following NEW packages will be installed:\n${list(order)}`);
        ctx.stdout.write(`0 upgraded, ${order.length} newly installed, 0 to remove and 0 not upgraded.\n`);
        if (!order.length) return 0;
        const download = order.reduce((n, p) => n + (p.download ?? 0), 0);
        const size = order.reduce((n, p) => n + p.size, 0);
        ctx.stdout.write(`Need to get ${aptSize(download)} of archives.\nAfter this operation, ${aptSize(size)} of additional disk space will be used.\n`);
        if (!yes && extra.length) {
          ctx.stdout.write('Do you want to continue? [Y/n] ');
          const answer = ctx.stdin; // reading stdin consumes it: read it once
          if (!/^\s*(y|yes)?\s*$/i.test(answer.split('\n')[0] ?? '') || answer === '') {
            ctx.stdout.write('Abort.\n');
            return 1;
          }
        }
        order.forEach((p, k) => ctx.stdout.write(`Get:${k + 1} ${mirror} ${suite}/main ${arch} ${p.name} ${arch} ${p.version} [${aptSize(p.download ?? 0)}]\n`));
        ctx.stdout.write('debconf: delaying package configuration, since apt-utils is not installed\n');
        ctx.stdout.write(`Fetched ${aptSize(download)} in 0s (${aptSize(download * 4)}/s)\n`);
        const files = countFiles(ctx);
        order.forEach((p, k) => {
          ctx.stdout.write(`Selecting previously unselected package ${p.name}${multiArch(p)}.\n`);
          if (k === 0) ctx.stdout.write(`(Reading database ... ${files} files and directories currently installed.)\n`);
          ctx.stdout.write(`Preparing to unpack .../${String(k).padStart(2, '0')}-${p.name}_${p.version.replace(/^\d+:/, '')}_${arch}.deb ...\nUnpacking ${p.name}${multiArch(p)} (${p.version}) ...\n`);
          writeFiles(ctx.fs, '/', p);
        });
        for (const p of order) ctx.stdout.write(`Setting up ${p.name}${multiArch(p)} (${p.version}) ...\n`);
        if (order.some((p) => p.name.startsWith('lib'))) ctx.stdout.write('Processing triggers for libc-bin (2.36-9+deb12u9) ...\n');
        if (order.some((p) => p.name === 'ca-certificates')) ctx.stdout.write('Processing triggers for ca-certificates (20230311) ...\nUpdating certificates in /etc/ssl/certs...\n0 added, 0 removed; done.\nRunning hooks in /etc/ca-certificates/update.d...\ndone.\n');
        appendStatus(ctx, order, arch);
        setAuto(ctx, extra.map((p) => p.name), true);
        return 0;
      }
      case 'remove':
      case 'purge':
      case 'autoremove': {
        reading();
        const installed = installedNames(ctx);
        const index = packageIndex('deb');
        const purge = cmd === 'purge' || args.includes('--purge');
        const gone = cmd === 'autoremove' ? [] : names.filter((n) => installed.has(n));
        if (cmd !== 'autoremove') for (const n of names) if (!installed.has(n)) ctx.stdout.write(index.has(n) ? `Package '${n}' is not installed, so not removed\n` : '');
        const unknown = names.find((n) => !installed.has(n) && !index.has(n));
        if (unknown && cmd !== 'autoremove') {
          ctx.stderr.write(`E: Unable to locate package ${unknown}\n`);
          return 100;
        }
        // Dependencies nothing needs any more: autoremove (or --auto-remove) takes them, remove only names them.
        const orphans = unneeded(ctx, index, installed, gone);
        if (cmd === 'autoremove' || args.includes('--auto-remove') || args.includes('--autoremove')) gone.push(...orphans);
        else if (orphans.length) ctx.stdout.write(`The following package${orphans.length > 1 ? 's were' : ' was'} automatically installed and ${orphans.length > 1 ? 'are' : 'is'} no longer required:\n${wrap(orphans)}Use '${name} autoremove' to remove ${orphans.length > 1 ? 'them' : 'it'}.\n`);
        if (gone.length) ctx.stdout.write(`The following packages will be REMOVED:\n${wrap([...gone].sort().map((n) => (purge ? `${n}*` : n)))}`);
        ctx.stdout.write(`0 upgraded, 0 newly installed, ${gone.length} to remove and 0 not upgraded.\n`);
        if (!gone.length) return 0;
        const freed = gone.reduce((n, g) => n + (index.get(g)?.size ?? 0), 0);
        ctx.stdout.write(`After this operation, ${aptSize(freed)} disk space will be freed.\n`);
        ctx.stdout.write(`(Reading database ... ${countFiles(ctx)} files and directories currently installed.)\n`);
        for (const g of gone) {
          const p = index.get(g);
          ctx.stdout.write(`Removing ${g} (${p?.version ?? ''}) ...\n`);
          for (const [rel] of p?.files ?? []) if (ctx.fs.lexists('/' + rel)) ctx.fs.unlink('/' + rel);
        }
        if (purge) for (const g of gone) ctx.stdout.write(`Purging configuration files for ${g} (${index.get(g)?.version ?? ''}) ...\n`);
        removeStatus(ctx, gone);
        setAuto(ctx, gone, false);
        return 0;
      }
      case 'list': {
        if (!names.length && args.includes('--installed')) {
          ctx.stdout.write('Listing...' + (ctx.isTty ? ' Done' : '') + '\n');
          const status = ctx.fs.readText(STATUS);
          for (const stanza of status.split(/\n\n+/)) {
            const pkg = /^Package: (.*)$/m.exec(stanza)?.[1];
            if (pkg) ctx.stdout.write(`${pkg}/now ${/^Version: (.*)$/m.exec(stanza)?.[1]} ${/^Architecture: (.*)$/m.exec(stanza)?.[1]} [installed,local]\n`);
          }
        }
        return 0;
      }
      default:
        if (cmd === undefined) {
          ctx.stdout.write(`apt 2.6.1 (${arch})\nUsage: ${name} [options] command\n`);
          return 1;
        }
        ctx.stderr.write(`E: Invalid operation ${cmd}\n`);
        return 100;
    }
  };
}

function multiArch(p: IndexedPackage): string {
  return p.name.startsWith('lib') ? ':amd64' : '';
}

// apt's package lists: two-space indent, wrapped before 80 columns.
function wrap(names: string[]): string {
  let out = '';
  let line = ' ';
  for (const n of names) {
    if (line.length + n.length + 1 > 79) {
      out += line + '\n';
      line = ' ';
    }
    line += ' ' + n;
  }
  return out + line + '\n';
}

function countFiles(ctx: ProgramContext): number {
  let n = 0;
  const walk = (p: string) => {
    for (const c of ctx.fs.readdir(p)) {
      n++;
      const child = `${p === '/' ? '' : p}/${c}`;
      if (ctx.fs.lstat(child).type === 'dir' && !['/proc', '/sys', '/dev', '/tmp'].includes(child)) walk(child);
    }
  };
  walk('/');
  return n;
}

function appendStatus(ctx: ProgramContext, order: IndexedPackage[], arch: string): void {
  let text = '';
  try {
    text = ctx.fs.readText(STATUS);
  } catch {
    /* a first install */
  }
  const add = order.map((p) => `Package: ${p.name}\nStatus: install ok installed\nPriority: optional\nSection: misc\nInstalled-Size: ${Math.round(p.size / 1024)}\nMaintainer: Debian Maintainers\nArchitecture: ${arch}\nVersion: ${p.version}\n${p.deps.length ? `Depends: ${p.deps.join(', ')}\n` : ''}Description: ${p.description}\n`).join('\n');
  ctx.fs.writeFile(STATUS, text.replace(/\n*$/, '\n\n') + add);
}

const EXTENDED = '/var/lib/apt/extended_states';

// Packages apt installed only as dependencies (Auto-Installed: 1 in extended_states).
function autoInstalled(ctx: ProgramContext): Set<string> {
  try {
    return new Set(ctx.fs.readText(EXTENDED).split(/\n\n+/).filter((s) => /^Auto-Installed: 1$/m.test(s)).map((s) => /^Package: (\S+)$/m.exec(s)?.[1] ?? ''));
  } catch {
    return new Set();
  }
}

// Marks packages as installed automatically (`on`), or forgets them (`on` false, after removal).
function setAuto(ctx: ProgramContext, names: string[], on: boolean): void {
  const auto = autoInstalled(ctx);
  for (const n of names) {
    if (on) auto.add(n);
    else auto.delete(n);
  }
  if (auto.size === 0 && !ctx.fs.exists(EXTENDED)) return;
  ctx.fs.writeFile(EXTENDED, [...auto].map((n) => `Package: ${n}\nArchitecture: amd64\nAuto-Installed: 1\n`).join('\n'));
}

// Auto-installed packages that no manually installed package (other than `removing`) still needs.
function unneeded(ctx: ProgramContext, index: Map<string, IndexedPackage>, installed: Set<string>, removing: string[]): string[] {
  const auto = autoInstalled(ctx);
  const needed = new Set<string>();
  const keep = (n: string) => {
    if (needed.has(n)) return;
    needed.add(n);
    for (const d of index.get(n)?.deps ?? []) keep(d);
  };
  for (const n of installed) if (!auto.has(n) && !removing.includes(n)) keep(n);
  return [...auto].filter((n) => installed.has(n) && !needed.has(n) && !removing.includes(n)).sort();
}

function removeStatus(ctx: ProgramContext, names: string[]): void {
  const stanzas = ctx.fs.readText(STATUS).split(/\n\n+/).filter((s) => !names.includes(/^Package: (.*)$/m.exec(s)?.[1] ?? ''));
  ctx.fs.writeFile(STATUS, stanzas.join('\n\n').replace(/\n*$/, '\n'));
}
