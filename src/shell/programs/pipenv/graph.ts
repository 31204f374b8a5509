// `pipenv graph [--bare] [--json] [--json-tree]`: pipenv 2024.4.1 runs its vendored pipdeptree 2.23.4
// (`-l`, the environment's own packages) and prints each line through rich. pipdeptree draws the tree of
// the packages nothing else requires (its unicode renderer); rich then reads `[required: …, installed: …]`
// as a markup tag and drops it, so 2024.4.1 shows `├── Werkzeug ` (pypa/pipenv#6313, fixed after this
// release). --json keeps them (pipdeptree's flat list, pip and its like left out, json.dumps(indent=4)).
import type { ProgramContext } from '../../../kernel/process.ts';
import { installedDists, type InstalledDist } from '../../packages/python-install.ts';
import type { PipenvOutput } from './console.ts';
import { findProject } from './project.ts';
import { venvExists, venvPrefix } from './venv.ts';

const BAD_PACKAGES = new Set(['distribute', 'pip', 'pkg-resources', 'setuptools', 'wheel']);
const key = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

interface Requirement {
  name: string;
  /** pipdeptree's version_spec: the specifiers sorted in reverse, joined by commas (">=2,<4"). */
  spec: string | undefined;
}

function parseRequirement(line: string): Requirement | undefined {
  if (/;\s*extra\s*==/.test(line)) return undefined;
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*\(?([^;)]*)\)?/.exec(line);
  if (!m) return undefined;
  const specs = m[2].split(',').map((s) => s.replace(/\s+/g, '')).filter(Boolean).sort().reverse();
  return { name: m[1], spec: specs.length ? specs.join(',') : undefined };
}

/** Runs pipenv graph; returns its exit status. */
export function graph(ctx: ProgramContext, out: PipenvOutput, opts: { bare: boolean; json: boolean; jsonTree: boolean }): number {
  const project = findProject(ctx);
  if (opts.json && opts.jsonTree) {
    out.err('Warning: Using both --json and --json-tree together is not supported. Please select one of the two options.');
    return 1;
  }
  if (!venvExists(ctx, project)) {
    out.err('Warning: No virtualenv has been created for this project yet! Consider running `pipenv install` first to automatically generate one for you or see `pipenv install --help` for further instructions.');
    return 1;
  }
  const dists = installedDists(ctx.fs, venvPrefix(project).site).sort((a, b) => (key(a.name) < key(b.name) ? -1 : 1));
  const byKey = new Map(dists.map((d) => [key(d.name), d]));
  const children = (d: InstalledDist) =>
    d.requires
      .map(parseRequirement)
      .filter((r): r is Requirement => !!r)
      .sort((a, b) => (key(a.name) < key(b.name) ? -1 : 1));
  const installed = (name: string) => byKey.get(key(name))?.version ?? '?';
  if (opts.json) {
    const data = dists
      .filter((d) => !BAD_PACKAGES.has(key(d.name)))
      .map((d) => ({ package: { key: key(d.name), package_name: d.name, installed_version: d.version }, dependencies: children(d).map((r) => ({ key: key(r.name), package_name: r.name, installed_version: installed(r.name), required_version: r.spec ?? 'Any' })) }));
    out.echo(JSON.stringify(data, null, 4));
    return 0;
  }
  if (opts.jsonTree) {
    const tree = (r: Requirement, chain: string[]): unknown => {
      const d = byKey.get(key(r.name));
      const deps = d ? children(d).filter((c) => !chain.includes(key(c.name)) && !BAD_PACKAGES.has(key(c.name))) : [];
      return { key: key(r.name), package_name: r.name, installed_version: installed(r.name), required_version: r.spec ?? 'Any', dependencies: deps.map((c) => tree(c, [...chain, key(c.name)])) };
    };
    const roots = rootsOf(dists, children).filter((d) => !BAD_PACKAGES.has(key(d.name)));
    out.echo(JSON.stringify(roots.map((d) => ({ key: key(d.name), package_name: d.name, installed_version: d.version, required_version: d.version, dependencies: children(d).map((c) => tree(c, [key(d.name), key(c.name)])) })), null, 4));
    return 0;
  }
  const lines: string[] = [];
  for (const root of rootsOf(dists, children)) {
    if (!opts.bare && BAD_PACKAGES.has(root.name)) continue;
    // pipdeptree's _render_text_with_unicode.aux, the branch text already gone (rich markup).
    const aux = (name: string, parent: boolean, indent: number, chain: string[], prefix: string, depth: number, grandParent: boolean, last: boolean, parentLast: boolean) => {
      let text = parent ? `${name} ` : `${name}==${byKey.get(key(name))?.version ?? '?'}`;
      let nextPrefix = '';
      let nextIndent = indent + 2;
      if (parent) {
        if (grandParent) {
          nextIndent -= 1;
          prefix += parentLast ? ' '.repeat(indent + 1 - depth) : `│${' '.repeat(indent - depth)}`;
          prefix += ' ';
        }
        nextPrefix = prefix;
        text = prefix + (last ? '└── ' : '├── ') + text;
      }
      lines.push(text);
      const d = byKey.get(key(name));
      const kids = d ? children(d) : [];
      kids.forEach((c, i) => {
        if (!chain.includes(c.name)) aux(c.name, true, nextIndent, [...chain, c.name], nextPrefix, depth + 1, parent, i === kids.length - 1, last);
      });
    };
    aux(root.name, false, 0, [], '', 0, false, false, false);
  }
  // --bare prints pipdeptree's output as it came, final newline and all (so a blank line follows).
  if (opts.bare) out.echo(`${lines.join('\n')}\n`);
  else if (lines.length) out.echo(lines.join('\n'));
  return 0;
}

// The packages no other installed package requires, sorted by key (pipdeptree without --all).
function rootsOf(dists: InstalledDist[], children: (d: InstalledDist) => Requirement[]): InstalledDist[] {
  const required = new Set(dists.flatMap((d) => children(d).map((r) => key(r.name))));
  return dists.filter((d) => !required.has(key(d.name)));
}
