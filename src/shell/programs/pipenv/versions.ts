// PEP 440 version specifiers, as far as a Pipfile writes them: "*", "==3.1.0", "==3.*", ">=2,<4", "~=3.1",
// "!=2.0" over release numbers (pre-releases and local versions are not in the offline index).

const release = (v: string) => v.split('.').map((n) => Number.parseInt(n, 10) || 0);

function compare(a: string, b: string): number {
  const x = release(a);
  const y = release(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}

function clauseHolds(version: string, op: string, target: string): boolean {
  if (target.endsWith('.*')) {
    const prefix = release(target.slice(0, -2));
    const matches = prefix.every((n, i) => release(version)[i] === n);
    return op === '!=' ? !matches : matches;
  }
  const c = compare(version, target);
  switch (op) {
    case '==':
    case '===':
      return c === 0;
    case '!=':
      return c !== 0;
    case '>=':
      return c >= 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    case '<':
      return c < 0;
    case '~=': {
      const parts = target.split('.');
      const upper = parts.slice(0, -1).join('.');
      return c >= 0 && clauseHolds(version, '==', `${upper}.*`);
    }
    default:
      return false;
  }
}

/** Whether `version` meets `spec` ("" and "*" allow any); a specifier it cannot read allows none. */
export function satisfies(version: string, spec: string): boolean {
  if (spec === '' || spec === '*') return true;
  return spec.split(',').every((clause) => {
    const m = /^\s*(===|~=|==|!=|<=|>=|<|>)\s*([0-9][0-9A-Za-z.*+!-]*)\s*$/.exec(clause);
    return m !== null && clauseHolds(version, m[1], m[2]);
  });
}
