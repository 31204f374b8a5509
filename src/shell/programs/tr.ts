// tr [-cds] SET1 [SET2]: translates, deletes (-d) or squeezes (-s) characters of stdin; ranges a-z, [:classes:], escapes.
import type { Program } from '../../kernel/process.ts';
import { busyboxUsage, parseFlags, quote, usageError, type Flavour } from './util.ts';

const CLASS: Record<string, string> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: '0-9A-Za-z', upper: 'A-Z', lower: 'a-z', space: ' \t\n\r\f\v', blank: ' \t', punct: '!-/:-@[-`{-~', xdigit: '0-9A-Fa-f',
};

/** Expands a tr set to its characters: escapes, `a-z` ranges and `[:class:]` names. */
export function expandSet(set: string): string[] {
  const src = set.replace(/\[:([a-z]+):\]/g, (m, n: string) => (CLASS[n] !== undefined ? expandSet(CLASS[n]).join('').replace(/[-\\]/g, '\\$&') : m));
  const chars: string[] = [];
  for (let i = 0; i < src.length; i++) {
    let c = src[i];
    if (c === '\\' && i + 1 < src.length) {
      const n = src[++i];
      const oct = /^[0-7]{1,3}/.exec(src.slice(i));
      if (oct) {
        c = String.fromCharCode(parseInt(oct[0], 8));
        i += oct[0].length - 1;
      } else c = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '\\': '\\' }[n] ?? n;
    }
    if (src[i + 1] === '-' && i + 2 < src.length) {
      let end = src[i + 2];
      let skip = 2;
      if (end === '\\' && i + 3 < src.length) {
        end = src[i + 3];
        skip = 3;
      }
      for (let k = c.charCodeAt(0); k <= end.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
      i += skip;
      continue;
    }
    chars.push(c);
  }
  return chars;
}

/** Makes `tr`; SET2 shorter than SET1 is padded with its last character, as both tools do. */
export function makeTr(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), 'cdsC', ctx, flavour, flavour === 'gnu' ? ['complement:c', 'delete:d', 'squeeze-repeats:s', 'truncate-set1:t'] : []);
    if (bad) return 1;
    const del = flags.has('d');
    const squeeze = flags.has('s');
    const need = del && squeeze ? 2 : del || squeeze ? 1 : 2;
    if (operands.length < need) {
      if (flavour === 'busybox') return busyboxUsage(ctx, '[-cds] STRING1 [STRING2]');
      if (operands.length === 0) return usageError(ctx, flavour, 'missing operand');
      return usageError(ctx, flavour, `missing operand after ${quote(ctx, operands[0])}\nTwo strings must be given when ${del ? 'both deleting and squeezing repeats' : 'translating'}.`);
    }
    if (operands.length > 2 || (del && !squeeze && operands.length > 1)) {
      if (flavour === 'busybox') return busyboxUsage(ctx, '[-cds] STRING1 [STRING2]');
      return usageError(ctx, flavour, `extra operand ${quote(ctx, operands[operands.length - 1])}${del && !squeeze ? '\nOnly one string may be given when deleting without squeezing repeats.' : ''}`);
    }
    const set1 = new Set(expandSet(operands[0]));
    const list1 = expandSet(operands[0]);
    const list2 = operands[1] !== undefined ? expandSet(operands[1]) : [];
    const complement = flags.has('c') || flags.has('C');
    const inSet1 = (ch: string) => set1.has(ch) !== complement;
    const map = new Map<string, string>();
    if (!del && list2.length) list1.forEach((ch, k) => map.set(ch, list2[Math.min(k, list2.length - 1)]));
    const squeezeSet = new Set(del || !list2.length ? (del ? list2 : list1) : list2);
    let out = '';
    let prev = '';
    for (const ch of ctx.stdin) {
      if (del && inSet1(ch)) continue;
      let o = ch;
      if (!del && list2.length) o = complement ? (inSet1(ch) ? list2[list2.length - 1] : ch) : (map.get(ch) ?? ch);
      if (squeeze && o === prev && (complement && !del && !list2.length ? inSet1(o) : squeezeSet.has(o))) continue;
      out += o;
      prev = o;
    }
    ctx.stdout.write(out);
    return 0;
  };
}
