// The Pipfile: TOML read with smol-toml, the hash Pipfile.lock records of it (plette's Pipfile.get_hash:
// sha256 of json.dumps({"_meta": {sources, requires}, "default", "develop", other categories},
// sort_keys=True, separators=(",", ":"))), and the edits pipenv makes (a new Pipfile, a package added).
import { parse, TomlDate, TomlError } from 'smol-toml';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** A parsed Pipfile (TOML values: strings, bigints for integers, numbers for floats, booleans, dates, arrays, tables). */
export type Pipfile = Record<string, unknown>;

/** The source pipenv assumes when a Pipfile names none (plette's DEFAULT_SOURCE_TOML). */
export const DEFAULT_SOURCE = { url: 'https://pypi.org/simple', verify_ssl: true, name: 'pypi' };

/** Sections that are not package categories. */
const NOT_CATEGORIES = new Set(['source', 'packages', 'dev-packages', 'requires', 'scripts', 'pipfile', 'pipenv', 'default', 'develop']);

/** Reads a Pipfile's text; a TOML error becomes one line saying where. */
export function parsePipfile(text: string): Pipfile | { error: string } {
  try {
    return parse(text, { integersAsBigInt: true }) as Pipfile;
  } catch (e) {
    if (e instanceof TomlError) return { error: `${e.message.split('\n')[0]} (line ${e.line}, column ${e.column})` };
    throw e;
  }
}

/** The package tables of a Pipfile by lock section: packages → default, dev-packages → develop, others as named. */
export function categories(pipfile: Pipfile): [string, Record<string, unknown>][] {
  const table = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  const out: [string, Record<string, unknown>][] = [['default', table(pipfile.packages)], ['develop', table(pipfile['dev-packages'])]];
  for (const [k, v] of Object.entries(pipfile)) if (!NOT_CATEGORIES.has(k)) out.push([k, table(v)]);
  return out;
}

/** The sources a Pipfile names, or pipenv's default. */
export function sources(pipfile: Pipfile): Record<string, unknown>[] {
  return Array.isArray(pipfile.source) ? (pipfile.source as Record<string, unknown>[]) : [DEFAULT_SOURCE];
}

/** The hash Pipfile.lock's `_meta.hash.sha256` holds for this Pipfile. */
export function pipfileHash(pipfile: Pipfile): string {
  const data: Record<string, unknown> = { _meta: { sources: sources(pipfile), requires: pipfile.requires ?? {} } };
  for (const [section, packages] of categories(pipfile)) data[section] = packages;
  return bytesToHex(sha256(new TextEncoder().encode(pythonJson(data))));
}

/** Python's json.dumps(value, sort_keys=True, separators=(",", ":")) with its ASCII escapes. */
export function pythonJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(1) : String(value);
  if (typeof value === 'string') return pythonString(value);
  if (value instanceof TomlDate) return pythonString(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${pythonString(k)}:${pythonJson(v)}`).join(',')}}`;
}

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function pythonString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    const code = s.charCodeAt(i);
    out += ESCAPES[ch] ?? (code < 0x20 || code > 0x7e ? `\\u${code.toString(16).padStart(4, '0')}` : ch);
  }
  return `${out}"`;
}

/** The Pipfile pipenv writes for a new project (tomlkit's layout). */
export function newPipfile(pythonMinor: string): string {
  return `[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\n\n[dev-packages]\n\n[requires]\npython_version = "${pythonMinor}"\n`;
}

/** `text` with `name = "spec"` set in `[section]` (replacing an existing entry, adding the section at the end if missing). */
export function withPackage(text: string, section: string, name: string, spec: string): string {
  const lines = text.replace(/\n*$/, '\n').split('\n');
  lines.pop();
  const entry = `${name} = "${spec}"`;
  const header = lines.findIndex((l) => l.trim() === `[${section}]`);
  if (header < 0) return `${lines.join('\n')}\n\n[${section}]\n${entry}\n`;
  let end = lines.findIndex((l, i) => i > header && /^\s*\[/.test(l));
  if (end < 0) end = lines.length;
  const key = (l: string) => /^\s*"?([A-Za-z0-9._-]+)"?\s*=/.exec(l)?.[1]?.toLowerCase().replace(/[-_.]+/g, '-');
  const existing = lines.findIndex((l, i) => i > header && i < end && key(l) === name.toLowerCase().replace(/[-_.]+/g, '-'));
  if (existing >= 0) lines[existing] = entry;
  else {
    let at = end;
    while (at > header + 1 && lines[at - 1].trim() === '') at--;
    lines.splice(at, 0, entry);
  }
  return `${lines.join('\n')}\n`;
}

/** `text` without `name`'s entry in `[section]`, or undefined when the section has no such entry. */
export function withoutPackage(text: string, section: string, name: string): string | undefined {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l.trim() === `[${section}]`);
  if (header < 0) return undefined;
  const wanted = name.toLowerCase().replace(/[-_.]+/g, '-');
  for (let i = header + 1; i < lines.length && !/^\s*\[/.test(lines[i]); i++) {
    const key = /^\s*"?([A-Za-z0-9._-]+)"?\s*=/.exec(lines[i])?.[1]?.toLowerCase().replace(/[-_.]+/g, '-');
    if (key !== wanted) continue;
    lines.splice(i, 1);
    return lines.join('\n');
  }
  return undefined;
}

/** `text` with every entry of `[section]` removed (the header stays), or undefined when it had none. */
export function withoutSection(text: string, section: string): string | undefined {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => l.trim() === `[${section}]`);
  if (header < 0) return undefined;
  let end = header + 1;
  while (end < lines.length && !/^\s*\[/.test(lines[end])) end++;
  const body = lines.slice(header + 1, end);
  if (!body.some((l) => /^\s*"?[A-Za-z0-9._-]+"?\s*=/.test(l))) return undefined;
  lines.splice(header + 1, end - header - 1, ...body.filter((l) => !/^\s*"?[A-Za-z0-9._-]+"?\s*=/.test(l)));
  return lines.join('\n');
}
