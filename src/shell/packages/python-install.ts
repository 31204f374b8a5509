// Installing a wheel from the offline PyPI index as pip does: the package's files and its .dist-info in a
// site-packages directory, and each console script its entry points name in the environment's bin/
// (`/usr/local/bin/flask`, `/root/.local/share/virtualenvs/app-…/bin/pipenv`). pip and pipenv share it.
import type { Vfs } from '../../vfs/vfs.ts';
import { writeFiles, type IndexedPackage } from './loader.ts';
import { PYPI_SOURCES } from './pypi-sources.ts';

/** Where a Python installation keeps its packages and scripts. */
export interface PythonPrefix {
  /** The site-packages directory, such as /usr/local/lib/python3.12/site-packages. */
  site: string;
  /** Where console scripts go, such as /usr/local/bin. */
  bin: string;
  /** The interpreter console scripts start with (their #! line). */
  python: string;
}

/** The directory name of a package's metadata, spelled as its wheel spells it (`MarkupSafe-3.0.2.dist-info`, `werkzeug-3.1.3.dist-info`). */
function distInfo(p: IndexedPackage): string {
  const dist = p.archive?.split('-')[0] ?? p.name.replace(/-/g, '_');
  return `${dist}-${p.version}.dist-info`;
}

/** A console script as pip writes it (the launcher calls the entry point's function). */
export function consoleScript(python: string, module: string, fn: string): string {
  return `#!${python}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom ${module} import ${fn}\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(${fn}())\n`;
}

/** Writes one package into `prefix`: its files, its .dist-info and its console scripts. */
export function installWheel(fs: Vfs, prefix: PythonPrefix, p: IndexedPackage): void {
  writeFiles(fs, prefix.site, p, (rel) => PYPI_SOURCES[rel]);
  const info = `${prefix.site}/${distInfo(p)}`;
  fs.mkdir(info, { recursive: true });
  const requires = (p.requiresPython ? `Requires-Python: ${p.requiresPython}\n` : '') + (p.requires ?? p.deps).map((r) => `Requires-Dist: ${r}\n`).join('');
  fs.writeFile(`${info}/METADATA`, `Metadata-Version: 2.1\nName: ${p.name}\nVersion: ${p.version}\n${requires}`);
  fs.writeFile(`${info}/INSTALLER`, 'pip\n');
  const scripts = p.scripts ?? [];
  if (scripts.length) {
    fs.writeFile(`${info}/entry_points.txt`, `[console_scripts]\n${scripts.map(([c, m, f]) => `${c} = ${m}:${f}\n`).join('')}`);
    fs.mkdir(prefix.bin, { recursive: true });
    for (const [command, module, fn] of scripts) fs.writeFile(`${prefix.bin}/${command}`, consoleScript(prefix.python, module, fn), { mode: 0o755 });
  }
  const binRel = relativeTo(prefix.site, prefix.bin);
  fs.writeFile(`${info}/RECORD`, [...p.files.map(([f]) => f), ...scripts.map(([c]) => `${binRel}/${c}`)].map((f) => `${f},,\n`).join(''));
}

/** What an installed distribution's METADATA says: its name as spelled there, version and Requires-Dist lines. */
export interface InstalledDist {
  name: string;
  version: string;
  requires: string[];
  /** The .dist-info directory. */
  info: string;
}

/** Every distribution installed in `site`, from each .dist-info's METADATA. */
export function installedDists(fs: Vfs, site: string): InstalledDist[] {
  let names: string[] = [];
  try {
    names = fs.readdir(site).filter((d) => d.endsWith('.dist-info'));
  } catch {
    return [];
  }
  return names.flatMap((d) => {
    let meta = '';
    try {
      meta = fs.readText(`${site}/${d}/METADATA`);
    } catch {
      return [];
    }
    const field = (f: string) => [...meta.matchAll(new RegExp(`^${f}: (.*)$`, 'gm'))].map((m) => m[1].trim());
    const [name, version] = [field('Name')[0], field('Version')[0]];
    return name && version ? [{ name, version, requires: field('Requires-Dist'), info: `${site}/${d}` }] : [];
  });
}

/** Removes an installed distribution as pip uninstall does: the files its RECORD lists, the package directories they leave behind, its .dist-info. */
export function uninstallDist(fs: Vfs, site: string, dist: InstalledDist): void {
  let record = '';
  try {
    record = fs.readText(`${dist.info}/RECORD`);
  } catch {
    /* no RECORD: only the metadata goes */
  }
  const tops = new Set<string>();
  for (const line of record.split('\n')) {
    const rel = line.split(',')[0];
    if (!rel) continue;
    const path = normalise(`${site}/${rel}`);
    fs.rm(path, { force: true });
    if (!rel.startsWith('..') && rel.includes('/')) tops.add(`${site}/${rel.split('/')[0]}`);
  }
  for (const dir of tops) {
    if (dir === dist.info || !fs.exists(dir)) continue;
    const left = fs.readdir(dir).filter((n) => n !== '__pycache__');
    if (!left.length || left.every((n) => fs.exists(`${dir}/${n}`) && fs.stat(`${dir}/${n}`).type === 'dir' && isEmptyTree(fs, `${dir}/${n}`))) fs.rm(dir, { recursive: true, force: true });
  }
  fs.rm(dist.info, { recursive: true, force: true });
}

function isEmptyTree(fs: Vfs, dir: string): boolean {
  return fs.readdir(dir).every((n) => fs.stat(`${dir}/${n}`).type === 'dir' && isEmptyTree(fs, `${dir}/${n}`));
}

// `a/b/../../c` as `c`: RECORD names scripts relative to site-packages (`../../../bin/flask`).
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return `/${out.join('/')}`;
}

/** The version of `name` installed in `site`, read from its .dist-info directory. */
export function installedVersion(fs: Vfs, site: string, name: string): string | undefined {
  const pattern = new RegExp(`^${name.replace(/[-_.]+/g, '[-_.]+')}-(.+)\\.dist-info$`, 'i');
  try {
    return fs.readdir(site).map((d) => pattern.exec(d)?.[1]).find(Boolean);
  } catch {
    return undefined;
  }
}

// `../../../bin` from site-packages to bin, as RECORD names files outside site-packages.
function relativeTo(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
