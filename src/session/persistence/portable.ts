// Saved records are structured clones (Maps, Sets, bytes); a file for a person must be JSON. Bytes
// become base64, Maps and Sets tagged arrays, so nothing is lost on the way out.

/** A JSON-safe copy: Uint8Array → {$bytes: base64}, Map → {$map: [[k, v]…]}, Set → {$set: […]}. */
export function toPortable(value: unknown, depth = 0): unknown {
  if (depth > 256) return '(nested too deep)';
  if (value instanceof Uint8Array) return { $bytes: base64(value) };
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [toPortable(k, depth + 1), toPortable(v, depth + 1)]) };
  if (value instanceof Set) return { $set: [...value].map((v) => toPortable(v, depth + 1)) };
  if (Array.isArray(value)) return value.map((v) => toPortable(v, depth + 1));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPortable(v, depth + 1)]));
  return typeof value === 'bigint' ? value.toString() : value;
}

// Browsers and Node both have btoa; the session's type settings know neither DOM nor Node.
const { btoa } = globalThis as unknown as { btoa(binary: string): string };

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
