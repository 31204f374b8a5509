// Perl Getopt::Long as Debian's adduser/deluser use it: `--opt`, `-opt`, `--opt=value`, `--opt value`,
// any unambiguous prefix of a long name, options mixed with names, `--` ends options.

/** One option: its names (first is the key) and whether it takes a value (`'s'` text, `'i'` integer). */
export interface LongOption {
  names: string[];
  value?: 's' | 'i';
}

/** What parsing found: options by key (repeated ones keep the last), names, and Getopt::Long's warnings. */
export interface LongParsed {
  opts: Map<string, string>;
  names: string[];
  errors: string[];
}

/** Parses `args` against `spec`; each problem becomes a Getopt::Long warning line in `errors`. */
export function getoptLong(args: string[], spec: LongOption[]): LongParsed {
  const opts = new Map<string, string>();
  const names: string[] = [];
  const errors: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      names.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      names.push(a);
      continue;
    }
    const body = a.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const word = eq < 0 ? body : body.slice(0, eq);
    const exact = spec.find((o) => o.names.includes(word));
    const matches = exact ? [exact] : spec.filter((o) => o.names.some((n) => n.startsWith(word)));
    const unique = new Set(matches);
    if (word === '' || unique.size !== 1) {
      errors.push(unique.size > 1 ? `Option ${word} is ambiguous (${[...unique].map((o) => o.names[0]).sort().join(', ')})` : `Unknown option: ${word}`);
      continue;
    }
    const o = matches[0];
    if (!o.value) {
      if (eq >= 0) errors.push(`Option ${o.names[0]} does not take an argument`);
      else opts.set(o.names[0], '');
      continue;
    }
    const v = eq >= 0 ? body.slice(eq + 1) : args[++i];
    if (v === undefined) errors.push(`Option ${word} requires an argument`);
    else if (o.value === 'i' && !/^[-+]?\d+$/.test(v)) errors.push(`Value "${v}" invalid for option ${word} (number expected)`);
    else opts.set(o.names[0], v);
  }
  return { opts, names, errors };
}
