// Bash's arrays: indexed arrays are sparse (`unset 'a[1]'` leaves a hole) and list their elements by
// index; associative arrays (`declare -A`) list theirs in bash's hash-table order.

/** One array variable; `items` maps the index (a decimal string) or key to the element. */
export interface ShellArray {
  assoc: boolean;
  items: Map<string, string>;
}

/** A new empty array. */
export function newArray(assoc: boolean): ShellArray {
  return { assoc, items: new Map() };
}

/** The subscripts in the order `${!a[@]}` lists them. */
export function arrayKeys(a: ShellArray): string[] {
  const keys = [...a.items.keys()];
  if (!a.assoc) return keys.sort((x, y) => Number(x) - Number(y));
  // bash walks its 1,024 buckets in order, each from its newest key.
  const order = keys.map((k, i) => ({ k, i, bucket: bucketOf(k) }));
  return order.sort((x, y) => x.bucket - y.bucket || y.i - x.i).map((o) => o.k);
}

// bash's hash_string (32-bit FNV-1 over the UTF-8 bytes), masked to its 1,024 buckets.
function bucketOf(key: string): number {
  let h = 2166136261;
  for (const byte of new TextEncoder().encode(key)) h = (Math.imul(h, 16777619) ^ byte) >>> 0;
  return h & 1023;
}

/** The elements in the order `${a[@]}` lists them. */
export function arrayValues(a: ShellArray): string[] {
  return arrayKeys(a).map((k) => a.items.get(k)!);
}

/** The index `a+=(x)` appends at: one past the highest. */
export function nextIndex(a: ShellArray): number {
  let max = -1;
  for (const k of a.items.keys()) max = Math.max(max, Number(k));
  return max + 1;
}

/** The key of an indexed array for a (possibly negative) index; null when it points before the start. */
export function indexKey(a: ShellArray, index: number): string | null {
  if (index >= 0) return String(index);
  const k = nextIndex(a) + index;
  return k < 0 ? null : String(k);
}

/** Sets the elements of a compound assignment `(x y [k]=v)`, already expanded into words and pairs. */
export function assignElements(a: ShellArray, elements: ({ key: string; value: string; append?: boolean } | string)[], append: boolean): void {
  if (!append) a.items.clear();
  let next = a.assoc ? 0 : nextIndex(a);
  for (const e of elements) {
    if (typeof e === 'string') {
      a.items.set(String(next++), e);
      continue;
    }
    const old = e.append ? (a.items.get(e.key) ?? '') : '';
    a.items.set(e.key, old + e.value);
    if (!a.assoc) next = Number(e.key) + 1;
  }
}

/** How `declare -p` shows a value: in double quotes with `"`, `$`, `` ` `` and `\` escaped. */
export function declareQuote(v: string): string {
  return `"${v.replace(/["$`\\]/g, '\\$&')}"`;
}

/** `declare -a a=([0]="x" [1]="y")` / `declare -A m=([k]="v" )`, as bash 5.2 prints them. */
export function declareArray(name: string, a: ShellArray, flags: string): string {
  const body = arrayKeys(a).map((k) => `[${a.assoc ? quoteKey(k) : k}]=${declareQuote(a.items.get(k)!)}`);
  if (a.assoc) return `declare -${flags} ${name}=(${body.map((b) => b + ' ').join('')})`;
  return `declare -${flags} ${name}=(${body.join(' ')})`;
}

// Bash quotes an associative key only when it needs it.
function quoteKey(k: string): string {
  return /^[A-Za-z0-9_.\-/]+$/.test(k) ? k : declareQuote(k);
}
