// node-semver's range grammar, enough for package.json: exact, x-ranges (4.x, *, ""), ~, ^,
// comparators (>=1.2 <2), hyphen ranges (1 - 2) and || alternatives; `latest` is any version.
// Prereleases are not in the offline registry, so they are not modelled.

type Triple = [number, number, number];

const parse = (v: string): Triple => v.split('.').map((n) => Number(n)).concat([0, 0, 0]).slice(0, 3) as Triple;

function compare(a: Triple, b: Triple): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** A partial version ("4", "4.x", "4.21") as the numbers given, with undefined for the missing or wild parts. */
function partial(text: string): (number | undefined)[] | undefined {
  const m = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(text);
  if (!m) return undefined;
  const out: (number | undefined)[] = [];
  for (const part of m.slice(1, 4)) {
    if (part === undefined || /[xX*]/.test(part) || out.includes(undefined)) out.push(undefined);
    else out.push(Number(part));
  }
  return out;
}

/** The comparators [op, version] one space-separated term stands for. */
function comparators(term: string): [string, Triple][] | undefined {
  const m = /^(\^|~>?|[<>]=?|=)?\s*(.*)$/.exec(term);
  if (!m) return undefined;
  const op = m[1] ?? '';
  const p = partial(m[2] || '*');
  if (!p) return undefined;
  const [a, b, c] = p;
  const lo: Triple = [a ?? 0, b ?? 0, c ?? 0];
  if (a === undefined) return op === '<' || op === '>' ? [['<', [0, 0, 0]]] : [];
  if (op === '^') {
    const hi: Triple = a > 0 || b === undefined ? [a + 1, 0, 0] : b > 0 || c === undefined ? [0, b + 1, 0] : [0, 0, c + 1];
    return [['>=', lo], ['<', hi]];
  }
  if (op.startsWith('~')) return [['>=', lo], ['<', b === undefined ? [a + 1, 0, 0] : [a, b + 1, 0]]];
  if (op === '' || op === '=') {
    if (c !== undefined) return [['=', lo]];
    return [['>=', lo], ['<', b === undefined ? [a + 1, 0, 0] : [a, b + 1, 0]]];
  }
  if (op === '>' && c === undefined) return [['>=', b === undefined ? [a + 1, 0, 0] : [a, b + 1, 0]]];
  if (op === '<=' && c === undefined) return [['<', b === undefined ? [a + 1, 0, 0] : [a, b + 1, 0]]];
  return [[op, lo]];
}

function test(v: Triple, [op, w]: [string, Triple]): boolean {
  const c = compare(v, w);
  return op === '=' ? c === 0 : op === '>' ? c > 0 : op === '>=' ? c >= 0 : op === '<' ? c < 0 : c <= 0;
}

/** Whether `version` satisfies the range; false for a range it cannot read. */
export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  const spec = range.trim();
  if (spec === '' || spec === 'latest' || spec === '*') return true;
  return spec.split('||').some((alt) => {
    const hyphen = /^\s*(\S+)\s+-\s+(\S+)\s*$/.exec(alt);
    const terms = hyphen ? [`>=${hyphen[1]}`, `<=${hyphen[2]}`] : alt.trim().replace(/([<>=^~]+)\s+/g, '$1').split(/\s+/).filter(Boolean);
    const all = terms.map(comparators);
    return all.every((cs) => cs !== undefined) && all.every((cs) => cs!.every((c) => test(v, c)));
  });
}

/** The highest of `versions` that satisfies the range, or undefined. */
export function maxSatisfying(versions: string[], range: string): string | undefined {
  return versions.filter((v) => satisfies(v, range)).sort((a, b) => compare(parse(b), parse(a)))[0];
}

/** Whether the text is a range npm would read (a version, x-range, comparator set …), not a tag, path or URL. */
export const isRange = (range: string): boolean => range.trim() === 'latest' || range.split('||').every((alt) => alt.trim() === '' || alt.trim().replace(/([<>=^~]+)\s+/g, '$1').split(/\s+/).every((t) => t === '-' || comparators(t) !== undefined));
