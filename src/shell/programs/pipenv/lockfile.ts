// Pipfile.lock: each Pipfile category resolved against the offline PyPI index into pinned entries
// ({"hashes", "index" for the Pipfile's own packages, "markers" from Requires-Python, "version": "==x"}),
// under "_meta" ({"hash": {"sha256"}, "pipfile-spec": 6, "requires", "sources"}), written as pipenv's
// encoder writes it: json.dumps(indent=4, sort_keys=True) and a final newline.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { packageIndex, type IndexedPackage } from '../../packages/loader.ts';
import { categories, pipfileHash, sources, type Pipfile } from './pipfile.ts';
import { satisfies } from './versions.ts';

/** One locked package. */
export interface LockEntry {
  hashes: string[];
  index?: string;
  markers?: string;
  version: string;
}

/** A Pipfile.lock's `_meta`. */
export interface LockMeta {
  hash: { sha256: string };
  'pipfile-spec': number;
  requires: unknown;
  sources: unknown[];
}

/** A Pipfile.lock's content: `_meta` and one table of entries per category (default, develop …). */
export type Lockfile = { _meta: LockMeta } & Record<string, unknown>;

/** The entries of one category of a lock (none when it has no such table). */
export function lockSection(lock: Lockfile, section: string): Record<string, LockEntry> {
  const table = lock[section];
  return table && typeof table === 'object' && !Array.isArray(table) ? (table as Record<string, LockEntry>) : {};
}

/** Why a category could not be resolved: a requirement the index has no version for. */
export interface Unresolvable {
  requirement: string;
  versions: string[];
}

/** The lock key of a package: its name, lower case, runs of -_. as one dash (PEP 503). */
export const canonical = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

/** The version specifier of a Pipfile entry (`"*"`, `"==3.1.0"`, `{version = ">=3"}`). */
function specOf(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  if (entry && typeof entry === 'object' && typeof (entry as Record<string, unknown>).version === 'string') return (entry as Record<string, string>).version;
  return '*';
}

/** A category's packages and everything they need, pinned; or the first requirement the index cannot meet. */
export function resolveCategory(packages: Record<string, unknown>, index = packageIndex('pip')): { entries: Record<string, LockEntry> } | { failed: Unresolvable } {
  const out: Record<string, LockEntry> = {};
  const visit = (name: string, spec: string, direct: boolean): Unresolvable | undefined => {
    const p = index.get(name.toLowerCase()) ?? [...index.values()].find((q) => canonical(q.name) === canonical(name));
    const requirement = spec === '*' || spec === '' ? name : `${name}${spec}`;
    if (!p) return { requirement, versions: [] };
    if (!satisfies(p.version, spec)) return { requirement, versions: [p.version] };
    const key = canonical(p.name);
    if (out[key]) {
      if (direct) out[key].index = 'pypi';
      return undefined;
    }
    out[key] = entryFor(p, direct);
    for (const dep of p.deps) {
      const failed = visit(dep, '*', false);
      if (failed) return failed;
    }
    return undefined;
  };
  for (const [name, entry] of Object.entries(packages)) {
    const failed = visit(name, specOf(entry).trim(), true);
    if (failed) return { failed };
  }
  return { entries: Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1))) };
}

function entryFor(p: IndexedPackage, direct: boolean): LockEntry {
  const entry: LockEntry = { hashes: [wheelHash(p)], version: `==${p.version}` };
  if (direct) entry.index = 'pypi';
  if (p.requiresPython) entry.markers = markers(p.requiresPython);
  return entry;
}

/** The sha256 pipenv records for a wheel of the index (the hash of the stand-in the workbook downloads). */
export function wheelHash(p: IndexedPackage): string {
  return `sha256:${bytesToHex(sha256(new TextEncoder().encode(`${p.archive ?? p.name}\n${p.version}\n${p.size}\n`)))}`;
}

/** Requires-Python as an environment marker: ">=3.9" → "python_version >= '3.9'". */
function markers(requires: string): string {
  return requires
    .split(',')
    .map((clause) => /^\s*(~=|==|!=|<=|>=|<|>)\s*(.+?)\s*$/.exec(clause))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => `python_version ${m[1]} '${m[2]}'`)
    .join(' and ');
}

/** The lock for a Pipfile, or the first requirement the index cannot meet. */
export function lockFor(pipfile: Pipfile): { lock: Lockfile } | { failed: Unresolvable } {
  const meta = { hash: { sha256: pipfileHash(pipfile) }, 'pipfile-spec': 6, requires: pipfile.requires ?? {}, sources: sources(pipfile).map(populateSource) };
  const sections: Record<string, Record<string, LockEntry>> = {};
  for (const [section, packages] of categories(pipfile)) {
    const resolved = resolveCategory(packages);
    if ('failed' in resolved) return resolved;
    sections[section] = resolved.entries;
  }
  // A package in both default and another category is locked as default has it (overwrite_with_default).
  for (const [section, entries] of Object.entries(sections)) {
    if (section === 'default') continue;
    for (const name of Object.keys(entries)) if (sections.default[name]) entries[name] = sections.default[name];
  }
  return { lock: { _meta: meta, ...sections } };
}

// Project.populate_source: a name from the URL's host and verify_ssl from its scheme when missing.
function populateSource(source: Record<string, unknown>): Record<string, unknown> {
  const url = String(source.url ?? '');
  return { ...source, name: source.name ?? url.replace(/^\w+:\/\//, '').split(/[/:]/)[0], verify_ssl: typeof source.verify_ssl === 'boolean' ? source.verify_ssl : url.includes('https://') };
}

/** A lock's text as pipenv writes it. */
export function lockText(lock: Lockfile): string {
  return `${indented(lock, '')}\n`;
}

function indented(value: unknown, pad: string): string {
  if (typeof value === 'bigint') return value.toString();
  if (value === null || typeof value !== 'object') return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const inner = `${pad}    `;
  if (Array.isArray(value)) return value.length ? `[\n${value.map((v) => inner + indented(v, inner)).join(',\n')}\n${pad}]` : '[]';
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length ? `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${indented(v, inner)}`).join(',\n')}\n${pad}}` : '{}';
}
