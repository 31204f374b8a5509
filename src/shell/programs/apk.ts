// apk (apk-tools 2.14 on Alpine 3.21): add [--no-cache] / del / update / info / search over the
// offline index, printing what apk prints and recording installs in /lib/apk/db/installed and
// /etc/apk/world, so the container's layer grows as a real install would.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { packageIndex, resolveInstall, writeFiles, type IndexedPackage } from '../packages/loader.ts';

interface DbEntry {
  name: string;
  version: string;
  size: number;
  record: string;
}

const DB = '/lib/apk/db/installed';

function readDb(ctx: ProgramContext): DbEntry[] {
  let text = '';
  try {
    text = ctx.fs.readText(DB);
  } catch {
    return [];
  }
  return text.split(/\n\n+/).filter((r) => r.trim()).map((record) => ({
    name: /^P:(.*)$/m.exec(record)?.[1] ?? '',
    version: /^V:(.*)$/m.exec(record)?.[1] ?? '',
    size: Number(/^I:(.*)$/m.exec(record)?.[1] ?? 0),
    record: record.trim(),
  }));
}

function writeDb(ctx: ProgramContext, db: DbEntry[]): void {
  ctx.fs.writeFile(DB, db.map((e) => e.record).join('\n\n') + '\n\n');
}

function lines(ctx: ProgramContext, path: string): string[] {
  try {
    return ctx.fs.readText(path).split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  } catch {
    return [];
  }
}

/** Makes `apk`. */
export function makeApk(): Program {
  return (ctx) => {
    const { args, virtual } = takeVirtual(ctx.argv.slice(1));
    const flags = new Set(args.filter((a) => a.startsWith('-')));
    const [cmd, ...names] = args.filter((a) => !a.startsWith('-'));
    if (flags.has('--version') || flags.has('-V')) {
      ctx.stdout.write('apk-tools 2.14.6, compiled for x86_64.\n');
      return 0;
    }
    const quiet = flags.has('-q') || flags.has('--quiet');
    const arch = lines(ctx, '/etc/apk/arch')[0] ?? 'x86_64';
    const repos = lines(ctx, '/etc/apk/repositories');
    const fetch = () => {
      if (!quiet) for (const r of repos) ctx.stdout.write(`fetch ${r}/${arch}/APKINDEX.tar.gz\n`);
      if (!flags.has('--no-cache')) cacheIndexes(ctx, repos);
    };
    const db = readDb(ctx);
    const okLine = (entries: DbEntry[]) => {
      if (!quiet) ctx.stdout.write(`OK: ${Math.floor(entries.reduce((n, e) => n + e.size, 0) / 1048576)} MiB in ${entries.length} packages\n`);
    };
    const busybox = db.find((e) => e.name === 'busybox');
    switch (cmd) {
      case 'update': {
        fetch();
        const release = lines(ctx, '/etc/alpine-release')[0] ?? '3.21.3';
        repos.forEach((r, k) => ctx.stdout.write(`v${release}-${58 - k}-g${k ? '4b1d5ab1d0e' : '2bf0e3f4c4b'} [${r}]\n`));
        ctx.stdout.write(`OK: ${repos.length > 1 ? 25393 : 5594} distinct packages available\n`);
        return 0;
      }
      case 'add': {
        if (names.length === 0) {
          ctx.stderr.write('ERROR: apk add: requires at least one package\n');
          return 1;
        }
        fetch();
        const plan = resolveInstall(packageIndex('apk'), names.map((n) => n.replace(/[=<>~].*$/, '')), (n) => db.some((e) => e.name === n));
        if ('missing' in plan) {
          ctx.stderr.write(`ERROR: unable to select packages:\n  ${plan.missing} (no such package):\n    required by: world[${plan.missing}]\n`);
          return 1;
        }
        const total = plan.order.length + (virtual ? 1 : 0);
        plan.order.forEach((p, k) => {
          if (!quiet) ctx.stdout.write(`(${k + 1}/${total}) Installing ${p.name} (${p.version})\n`);
          writeFiles(ctx.fs, '/', p);
          db.push({ name: p.name, version: p.version, size: p.size, record: record(p, arch, ctx.fs.now()) });
        });
        if (virtual) {
          // --virtual NAME records a package of its own that depends on the named ones: `apk del NAME` removes them all.
          const version = virtualVersion(ctx.fs.clock());
          if (!quiet) ctx.stdout.write(`(${total}/${total}) Installing ${virtual} (${version})\n`);
          db.push({ name: virtual, version, size: 0, record: `P:${virtual}\nV:${version}\nA:noarch\nS:0\nI:0\nT:virtual meta package\nU:\nL:\nD:${names.join(' ')}` });
        }
        if (plan.order.length || virtual) {
          if (plan.order.some((p) => p.name === 'ca-certificates') && !quiet) ctx.stdout.write('Executing ca-certificates-20241121-r1.trigger\n');
          if (busybox && !quiet) ctx.stdout.write(`Executing busybox-${busybox.version}.trigger\n`);
          writeDb(ctx, db);
        }
        const world = lines(ctx, '/etc/apk/world');
        for (const n of virtual ? [virtual] : names) if (!world.includes(n)) world.push(n);
        ctx.fs.writeFile('/etc/apk/world', world.sort().join('\n') + '\n');
        okLine(db);
        return 0;
      }
      case 'del': {
        const world = lines(ctx, '/etc/apk/world').filter((w) => !names.includes(w));
        const index = packageIndex('apk');
        const remove: DbEntry[] = [];
        const needed = new Set<string>();
        const deps = (n: string) => index.get(n)?.deps ?? virtualDeps(db, n);
        const keep = (n: string) => {
          if (needed.has(n)) return;
          needed.add(n);
          for (const d of deps(n)) keep(d);
        };
        for (const w of world) keep(w);
        for (const e of db) if ((index.has(e.name) || e.name.startsWith('.')) && !needed.has(e.name) && (names.includes(e.name) || isDependency(deps, e.name, names))) remove.push(e);
        for (const n of names) if (!db.some((e) => e.name === n) && !quiet) ctx.stdout.write(`WARNING: ${n} is not installed\n`);
        remove.reverse().forEach((e, k) => {
          if (!quiet) ctx.stdout.write(`(${k + 1}/${remove.length}) Purging ${e.name} (${e.version})\n`);
          for (const [rel] of index.get(e.name)?.files ?? []) if (ctx.fs.lexists('/' + rel)) ctx.fs.unlink('/' + rel);
        });
        const left = db.filter((e) => !remove.includes(e));
        if (remove.length) {
          if (busybox && !quiet) ctx.stdout.write(`Executing busybox-${busybox.version}.trigger\n`);
          writeDb(ctx, left);
        }
        ctx.fs.writeFile('/etc/apk/world', world.join('\n') + '\n');
        okLine(left);
        return 0;
      }
      case 'info': {
        if (names.length === 0) {
          ctx.stdout.write(db.map((e) => `${e.name}\n`).join(''));
          return 0;
        }
        for (const n of names) {
          const e = db.find((x) => x.name === n);
          const p = packageIndex('apk').get(n);
          if (!e && !p) continue;
          const desc = e ? /^T:(.*)$/m.exec(e.record)?.[1] : p?.description;
          const size = e?.size ?? p?.size ?? 0;
          ctx.stdout.write(`${n}-${e?.version ?? p?.version} description:\n${desc}\n\n${n}-${e?.version ?? p?.version} webpage:\nhttps://alpinelinux.org\n\n${n}-${e?.version ?? p?.version} installed size:\n${Math.round(size / 1024)} KiB\n\n`);
        }
        return 0;
      }
      case 'search': {
        const pat = names[0] ?? '';
        for (const p of packageIndex('apk').values()) if (p.name.includes(pat)) ctx.stdout.write(`${p.name}-${p.version}\n`);
        return 0;
      }
      default:
        ctx.stdout.write('apk-tools 2.14.6, compiled for x86_64.\n\nusage: apk [<OPTIONS>...] COMMAND [<ARGUMENTS>...]\n\nPackage installation and removal:\n  add        Add packages to WORLD and commit changes\n  del        Remove packages from WORLD and commit changes\n\nSystem maintenance:\n  fix        Fix, reinstall or upgrade packages without modifying WORLD\n  update     Update repository indexes\n  upgrade    Install upgrades available from repositories\n  cache      Manage the local package cache\n\nQuerying package information:\n  info       Give detailed information about packages or repositories\n  list       List packages matching a pattern or other criteria\n  dot        Render dependencies as graphviz graphs\n  policy     Show repository policy for packages\n  search     Search for packages by name or description\n\nThis apk has coffee making abilities.\n');
        return cmd === undefined ? 0 : 1;
    }
  };
}

function isDependency(deps: (n: string) => string[], name: string, roots: string[]): boolean {
  const seen = new Set<string>();
  const walk = (n: string): boolean => {
    if (seen.has(n)) return false;
    seen.add(n);
    return deps(n).some((d) => d === name || walk(d));
  };
  return roots.some(walk);
}

// Takes `--virtual NAME`, `--virtual=NAME` or `-t NAME` out of apk's arguments.
function takeVirtual(all: string[]): { args: string[]; virtual?: string } {
  const args: string[] = [];
  let virtual: string | undefined;
  for (let i = 0; i < all.length; i++) {
    const a = all[i];
    if (a === '--virtual' || a === '-t') virtual = all[++i];
    else if (a.startsWith('--virtual=')) virtual = a.slice(10);
    else args.push(a);
  }
  return { args, virtual };
}

// The dependencies a virtual package recorded (its D: line in the installed database).
function virtualDeps(db: DbEntry[], name: string): string[] {
  const e = db.find((x) => x.name === name);
  return (e && /^D:(.*)$/m.exec(e.record)?.[1].split(' ').filter(Boolean)) || [];
}

// A virtual package's version is the moment it was made: 20250106.120000.
function virtualVersion(now: number): string {
  const iso = new Date(now).toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '')}.${iso.slice(11, 19).replace(/:/g, '')}`;
}

// What apk keeps without --no-cache: each repository's index, the layer weight that flag avoids.
function cacheIndexes(ctx: ProgramContext, repos: string[]): void {
  repos.forEach((r, k) => {
    let h = 0;
    for (const c of r) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
    const path = `/var/cache/apk/APKINDEX.${h.toString(16).padStart(8, '0')}.tar.gz`;
    ctx.fs.mkdir('/var/cache/apk', { recursive: true });
    ctx.fs.writeFile(path, `APKINDEX stand-in for ${r}\n`);
    const node = ctx.fs.lstat(path);
    if (node.type === 'file') node.size = k === 0 ? 504_512 : 1_572_864;
  });
}

function record(p: IndexedPackage, arch: string, now: number): string {
  return `C:Q1${p.name.length}${p.version.replace(/[^A-Za-z0-9]/g, '')}${'A'.repeat(20)}=\nP:${p.name}\nV:${p.version}\nA:${arch}\nS:${Math.round(p.size * 0.45)}\nI:${p.size}\nT:${p.description}\nU:https://alpinelinux.org\nL:MIT\no:${p.name}\nm:Natanael Copa <ncopa@alpinelinux.org>\nt:${now}`;
}
