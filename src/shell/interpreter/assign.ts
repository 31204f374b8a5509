// Bash's assignment forms beyond `NAME=value`: `NAME+=value`, `NAME[i]=value`, `NAME[i]+=value`,
// and the compound `NAME=(x y [k]=v)` / `NAME+=(z)`, which make or extend an array.
import type { Assign } from '../ast.ts';
import { assignElements, indexKey, newArray, type ShellArray } from '../arrays.ts';
import { ExpansionError } from '../errors.ts';
import { arithmetic, expandFields, expandSingle, type ExpandHost } from '../expand.ts';
import type { Interp } from './types.ts';

/** The elements of a compound assignment after expansion: plain values, or `[key]=value` pairs. */
export type Elements = ({ key: string; value: string; append?: boolean } | string)[];

/**
 * Applies one assignment word. A plain or `+=` assignment comes back as the name and value to set
 * (the caller sets it, or keeps it for the command's environment); array forms are done here.
 */
export async function applyAssign(it: Interp, a: Assign, host: ExpandHost): Promise<[string, string] | null> {
  if (a.array) {
    const target = arrayFor(it, a.name, a.append ?? false);
    assignElements(target, await expandElements(a.array, target.assoc, host), a.append ?? false);
    return null;
  }
  const value = await expandSingle(a.value, host);
  if (a.index !== undefined) {
    const target = arrayFor(it, a.name, true);
    const key = await subscriptKey(target, a.name, a.index, host);
    target.items.set(key, (a.append ? (target.items.get(key) ?? '') : '') + value);
    return null;
  }
  return [a.name, a.append ? (it.getVar(a.name) ?? '') + value : value];
}

/** Expands the words of `( … )`: plain words split and glob like command words; `[k]=v` stays one pair. */
export async function expandElements(words: string[], assoc: boolean, host: ExpandHost): Promise<Elements> {
  const out: Elements = [];
  for (const w of words) {
    const m = /^\[([^\]]*)\](\+?)=(.*)$/s.exec(w);
    if (!m) {
      out.push(...(await expandFields(w, host)));
      continue;
    }
    const k = await expandSingle(m[1], host);
    const key = assoc ? k : String(arithmetic(k, host));
    out.push({ key, value: await expandSingle(m[3], host), append: m[2] === '+' });
  }
  return out;
}

/** The array `name` is, made (from its scalar value when `keep`) when it is not one yet. */
export function arrayFor(it: Interp, name: string, keep: boolean, assoc = false): ShellArray {
  const existing = it.arrays.get(name);
  if (existing) return existing;
  const scalar = it.env.get(name);
  const a = newArray(assoc);
  if (keep && scalar !== undefined) a.items.set('0', scalar);
  const exported = it.exported.has(name);
  it.unsetVar(name);
  if (exported) it.exported.add(name);
  it.arrays.set(name, a);
  return a;
}

/** The key `a[sub]` names: the subscript's text for an associative array, else its arithmetic value. */
export async function subscriptKey(a: ShellArray, name: string, sub: string, host: ExpandHost): Promise<string> {
  const text = await expandSingle(sub, host);
  if (a.assoc) return text;
  const key = indexKey(a, arithmetic(text, host));
  if (key === null) throw new ExpansionError(`${name}[${sub}]: bad array subscript`, 1);
  return key;
}
