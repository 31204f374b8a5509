// Go encoding/json output for the template `json` function: sorted map keys, Go's string escaping
// (with or without HTML escaping), and docker contexts marshalled through their MarshalJSON.
import { GoFloat, GoNilPointer, GoStruct, isGoNil, isMap, sortedKeys } from './values.ts';

/** Thrown for values Go's json refuses (NaN, ±Inf). */
export class UnsupportedJsonValue extends Error {}

function quoteJson(s: string, escapeHTML: boolean): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20) out += '\\u' + cp.toString(16).padStart(4, '0');
    else if (escapeHTML && (ch === '<' || ch === '>' || ch === '&')) out += '\\u00' + cp.toString(16);
    else if (cp === 0x2028 || cp === 0x2029) out += '\\u' + cp.toString(16);
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\ufffd';
    else out += ch;
  }
  return out + '"';
}

function numberJson(x: number): string {
  if (!Number.isFinite(x)) throw new UnsupportedJsonValue(`json: unsupported value: ${x}`);
  return JSON.stringify(x);
}

/** Go json.Marshal (escapeHTML true) or an Encoder with SetEscapeHTML(false), without the trailing newline. */
export function goJson(v: unknown, escapeHTML: boolean): string {
  if (v === undefined || v === null || isGoNil(v) || v instanceof GoNilPointer) return 'null';
  if (typeof v === 'string') return quoteJson(v, escapeHTML);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return numberJson(v);
  if (typeof v === 'bigint') return v.toString(); // an int64 beyond 2^53 (event timeNano)
  if (v instanceof GoFloat) return numberJson(v.value);
  // MarshalJSON output is produced by json.Marshal inside docker's contexts, so it is always HTML-escaped.
  if (v instanceof GoStruct && v.fieldOrder) return structJson(v.toJSONValue(), escapeHTML);
  if (v instanceof GoStruct) return goJson(v.toJSONValue(), true);
  if (Array.isArray(v)) return '[' + v.map((e) => goJson(e, escapeHTML)).join(',') + ']';
  if (isMap(v)) return '{' + sortedKeys(v).map((k) => `${quoteJson(k, escapeHTML)}:${goJson(v[k], escapeHTML)}`).join(',') + '}';
  return 'null';
}

// A Go struct marshals its fields in declaration order, unlike a map.
function structJson(fields: Record<string, unknown>, escapeHTML: boolean): string {
  return '{' + Object.keys(fields).map((k) => `${quoteJson(k, escapeHTML)}:${goJson(fields[k], escapeHTML)}`).join(',') + '}';
}
