// How Go values are modelled in JS for templates: strings, ints (integral numbers), GoFloat, bools,
// null (nil), undefined (Go's invalid "no value"), arrays (slices), plain objects (maps) and GoStruct
// (docker's formatter contexts: a pointer to a struct whose fields are methods).

/** A float64 that must print as a float even when integral (float literals such as `1.0`). */
export class GoFloat {
  constructor(readonly value: number) {}
}

/** A struct pointer with methods, like docker's `*formatter.imageContext`; methods take no arguments. */
export class GoStruct {
  constructor(
    readonly typeName: string,
    readonly methods: Readonly<Record<string, () => unknown>>,
    /** What `json .` marshals (docker's MarshalJSON); defaults to every method's value. */
    readonly marshal?: () => Record<string, unknown>,
    /** A plain Go struct value (not a formatter context): `json` keeps its field order. */
    readonly fieldOrder = false,
    /** A typed API struct: held by value (`{…}` wherever printed) or by pointer (`{…}` when the template
     *  prints it, as text/template indirects, `&{…}` inside another); a formatter context has neither. */
    readonly goKind?: 'value' | 'pointer',
  ) {}

  /** The value docker's formatter.MarshalJSON produces: method name → result. */
  toJSONValue(): Record<string, unknown> {
    if (this.marshal) return this.marshal();
    const out: Record<string, unknown> = {};
    for (const [k, f] of Object.entries(this.methods)) out[k] = f();
    return out;
  }
}

/** A typed nil pointer (`*T` holding nil): a template prints `<nil>`, `if` finds it false, json writes
 *  null, and a field of it is Go's nil-pointer error — unlike an interface holding nil ("no value"). */
export class GoNilPointer {
  /** `typeName` is the pointer's type as Go names it in errors: `*v1.HealthcheckConfig`. */
  constructor(readonly typeName: string) {}
}

/** A builtin or custom template function. */
export interface GoFunc {
  readonly kind: 'func';
  readonly name: string;
}

/** True for a plain JS object used as a Go map. */
export function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoStruct) && !(v instanceof GoFloat) && !(v instanceof GoNilPointer);
}

/** Go's name of a value's type, as text/template errors print it (`string`, `int`, `map[string]interface {}`). */
export function goTypeName(v: unknown): string {
  if (v === undefined) return '<invalid reflect.Value>';
  if (v === null) return 'interface {}';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'bigint') return 'int64';
  if (v instanceof GoFloat) return 'float64';
  if (v instanceof GoStruct) return v.typeName;
  if (v instanceof GoNilPointer) return v.typeName;
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => typeof x === 'string') ? '[]string' : '[]interface {}';
  if (isMap(v)) {
    const vals = Object.values(v);
    return vals.length > 0 && vals.every((x) => typeof x === 'string') ? 'map[string]string' : 'map[string]interface {}';
  }
  return 'interface {}';
}

/** The kind Go's comparison functions group values by. */
export type BasicKind = 'bool' | 'int' | 'float' | 'string' | 'invalid' | 'other';

/** Go text/template basicKind. */
export function basicKind(v: unknown): BasicKind {
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (v instanceof GoFloat) return 'float';
  if (typeof v === 'string') return 'string';
  if (v === undefined || v === null) return 'invalid';
  return 'other';
}

/** The numeric value of an int or float. */
export function numberOf(v: unknown): number {
  return v instanceof GoFloat ? v.value : (v as number);
}

/** Go text/template truth: false, 0, "", nil, empty slices and maps are false; structs are true. */
export function isTrue(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (v instanceof GoFloat) return v.value !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof GoStruct) return true;
  if (v instanceof GoNilPointer) return false;
  if (isMap(v)) return Object.keys(v).length > 0;
  return true;
}

/** Keys of a Go map in the order Go's fmt and range visit them (sorted). */
export function sortedKeys(m: Record<string, unknown>): string[] {
  return Object.keys(m).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// Marks an empty slice or map as Go's nil: a template prints it as [] or map[], json as null.
const GO_NIL = Symbol('go nil');

/** `empty` ([] or {}) as Go's nil slice or map (a config field no one set, as after `docker import`). */
export function goNil<T extends object>(empty: T): T {
  Object.defineProperty(empty, GO_NIL, { value: true });
  return empty;
}

/** Whether a value is a nil slice or map made by goNil. */
export function isGoNil(v: unknown): boolean {
  return typeof v === 'object' && v !== null && GO_NIL in v;
}
