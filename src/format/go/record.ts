// Go structs for `inspect`: fields in declaration order with their json tags, so one value serves both
// the daemon's JSON (encoding/json: struct order, omitempty, maps sorted) and `--format` templates
// (fields by their Go names, as text/template sees the CLI's typed response).
import { GoNilPointer, GoStruct, goJson } from './template/index.ts';

/** One field: Go name (what templates use), JSON name, the value, and whether `omitempty` drops it. */
export interface GoField {
  go: string;
  json?: string;
  value: unknown;
  omitEmpty?: boolean;
  /** What encoding/json writes when it differs from `value` (nil maps, time.Time). */
  jsonValue?: unknown;
}

/** A Go struct value: a GoStruct for templates that encodes to JSON in field order. */
export class GoRecord extends GoStruct {
  constructor(
    typeName: string,
    readonly fields: readonly GoField[],
    /** Held by value in its parent (`RootFS image.RootFS`) or by pointer (`Config *…`, the response itself). */
    goKind: 'value' | 'pointer' = 'pointer',
  ) {
    super(typeName, Object.fromEntries(fields.map((f) => [f.go, () => f.value])), undefined, false, goKind);
  }
}

/** encoding/json's isEmptyValue, for omitempty. */
function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '' || v instanceof GoNilPointer) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (v instanceof GoRecord) return false;
  if (typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

/** A json.Encoder with SetEscapeHTML(false), as dockerd writes API responses (no trailing newline). */
export function encodeGoJson(v: unknown): string {
  if (v instanceof GoRecord) {
    const parts: string[] = [];
    for (const f of v.fields) {
      const value = 'jsonValue' in f ? f.jsonValue : f.value;
      if (f.omitEmpty && isEmpty(value)) continue;
      parts.push(`${goJson(f.json ?? f.go, false)}:${encodeGoJson(value)}`);
    }
    return `{${parts.join(',')}}`;
  }
  if (Array.isArray(v) && v.length > 0) return `[${v.map(encodeGoJson).join(',')}]`;
  if (v !== null && typeof v === 'object' && !(v instanceof GoStruct) && !(v instanceof GoNilPointer) && !Array.isArray(v) && Object.keys(v).length > 0) {
    const map = v as Record<string, unknown>;
    const keys = Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${goJson(k, false)}:${encodeGoJson(map[k])}`).join(',')}}`;
  }
  return goJson(v, false);
}

/** json.Indent(dst, src, "", indent): re-indents compact JSON; empty `{}` and `[]` stay on one line. */
export function goIndent(src: string, indent: string): string {
  let out = '';
  let depth = 0;
  let inString = false;
  let needIndent = false; // an opening bracket was written; the newline waits to see if it is empty
  const newline = () => '\n' + indent.repeat(depth);
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inString) {
      out += c;
      if (c === '\\') out += src[++i];
      else if (c === '"') inString = false;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
    if (needIndent && c !== ']' && c !== '}') {
      needIndent = false;
      depth++;
      out += newline();
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '{' || c === '[') {
      out += c;
      needIndent = true;
    } else if (c === ',') {
      out += c + newline();
    } else if (c === ':') {
      out += ': ';
    } else if (c === '}' || c === ']') {
      if (needIndent) needIndent = false;
      else {
        depth--;
        out += newline();
      }
      out += c;
    } else out += c;
  }
  return out;
}
