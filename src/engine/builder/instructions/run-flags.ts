// RUN's flags: `--mount=type=cache,target=/x`, `--network=none|host|default`, `--security=sandbox|insecure`.
import { CsvParseError, readCsvRecord } from '../../model/csv.ts';
import { goQuote } from '../../model/go-quote.ts';
import { ArgumentError } from './errors.ts';
import { withSuggestion } from './suggest.ts';
import type { RunMount } from './types.ts';

const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'] as const;
const SHARING = new Set(['shared', 'private', 'locked']);
const MOUNT_KEYS = ['type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'mode', 'uid', 'gid', 'src', 'dst', 'ro', 'rw', 'readwrite', 'env'];

const parseBool = (v: string): boolean | null => {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return null;
};

function parseUint(v: string, base: 8 | 10): number | null {
  const re = base === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!re.test(v)) return null;
  const n = Number.parseInt(v, base);
  return n > 0xffffffff ? null : n;
}

/** A function expanding variables in one mount option value (RUN --mount values are expanded). */
export type WordExpander = (word: string) => string;

// The value's CSV fields, read by encoding/csv as BuildKit's parseMount does (a `"` inside an unquoted
// field is refused); BuildKit words a CSV error as `failed to parse csv mounts: …`.
function mountFields(value: string): string[] {
  try {
    return readCsvRecord(value);
  } catch (e) {
    if (e instanceof CsvParseError) throw new ArgumentError(`failed to parse csv mounts: ${e.message}`);
    throw e;
  }
}

/** parseMount: one `--mount` value. Without an expander only `from` is checked (it may not use variables). */
export function parseMount(value: string, expand?: WordExpander): RunMount {
  const fields = mountFields(value);
  const m: RunMount = {
    type: 'bind',
    from: '',
    source: '',
    target: '',
    readOnly: false,
    cacheId: '',
    cacheSharing: '',
    required: false,
    mode: null,
    uid: null,
    gid: null,
    env: null,
  };
  let roAuto = true;
  for (const field of fields) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') {
        m.readOnly = true;
        roAuto = false;
        continue;
      }
      if (key === 'readwrite' || key === 'rw') {
        m.readOnly = false;
        roAuto = false;
        continue;
      }
      if (key === 'required') {
        if (m.type !== 'secret' && m.type !== 'ssh') throw new ArgumentError(`unexpected key '${key}' for mount type '${m.type}'`);
        m.required = true;
        continue;
      }
      throw new ArgumentError(`invalid field '${field}' must be a key=value pair`);
    }
    let v = field.slice(eq + 1);
    if (expand) v = expand(v);
    else if (key === 'from') {
      if (/\$[^\n]/.test(v)) throw new ArgumentError(`'${key}' doesn't support variable expansion, define alias stage instead`);
    } else if (key !== 'type') continue; // the type decides which bare keys (`required`) are allowed

    switch (key) {
      case 'type': {
        const t = v.toLowerCase();
        if (!(MOUNT_TYPES as readonly string[]).includes(t)) {
          throw new ArgumentError(withSuggestion(`unsupported mount type ${goQuote(v)}`, v, MOUNT_TYPES, true));
        }
        m.type = t as RunMount['type'];
        break;
      }
      case 'from':
        m.from = v;
        break;
      case 'source':
      case 'src':
        m.source = v;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.target = v;
        break;
      case 'readonly':
      case 'ro':
      case 'readwrite':
      case 'rw': {
        const b = parseBool(v);
        if (b === null) throw new ArgumentError(`invalid value for ${key}: ${v}`);
        m.readOnly = key === 'readonly' || key === 'ro' ? b : !b;
        roAuto = false;
        break;
      }
      case 'required': {
        if (m.type !== 'secret' && m.type !== 'ssh') throw new ArgumentError(`unexpected key '${key}' for mount type '${m.type}'`);
        const b = parseBool(v);
        if (b === null) throw new ArgumentError(`invalid value for ${key}: ${v}`);
        m.required = b;
        break;
      }
      case 'id':
        m.cacheId = v;
        break;
      case 'env':
        if (m.type !== 'secret') throw new ArgumentError(`unexpected key '${key}' for mount type '${m.type}'`);
        m.env = v;
        break;
      case 'sharing':
        if (!SHARING.has(v.toLowerCase())) throw new ArgumentError(`unsupported sharing value ${goQuote(v)}`);
        m.cacheSharing = v.toLowerCase();
        break;
      case 'mode':
      case 'uid':
      case 'gid': {
        const n = parseUint(v, key === 'mode' ? 8 : 10);
        if (n === null) throw new ArgumentError(`invalid value ${v} for ${key}`);
        m[key] = n;
        break;
      }
      default:
        throw new ArgumentError(withSuggestion(`unexpected key '${key}' in '${field}'`, key, MOUNT_KEYS, true));
    }
  }
  if (!expand) return m; // the first pass only checks `from`; values are validated once expanded
  const fileInfoAllowed = m.type === 'secret' || m.type === 'ssh' || m.type === 'cache';
  for (const k of ['mode', 'uid', 'gid'] as const) {
    if (m[k] !== null && !fileInfoAllowed) throw new ArgumentError(`${k} not allowed for ${goQuote(m.type)} type mounts`);
  }
  if (roAuto) m.readOnly = !(m.type === 'cache' || m.type === 'tmpfs');
  if (m.cacheSharing !== '' && m.type !== 'cache') throw new ArgumentError(`invalid cache sharing set for ${m.type} mount`);
  if (m.type === 'secret') {
    if (m.from !== '') throw new ArgumentError('secret mount should not have a from');
    if (m.cacheSharing !== '') throw new ArgumentError('secret mount should not define sharing');
    if (m.source === '' && m.target === '' && m.cacheId === '') {
      throw new ArgumentError('invalid secret mount. one of source, target required');
    }
    if (m.source !== '' && m.cacheId !== '') throw new ArgumentError("both source and id can't be set");
  }
  return m;
}

/** `RUN --network=`: default, none or host. */
export function checkNetwork(value: string): string {
  if (value !== 'default' && value !== 'none' && value !== 'host') {
    throw new ArgumentError(`unsupported network mode ${goQuote(value)}`);
  }
  return value;
}

/** `RUN --security=`: sandbox or insecure. */
export function checkSecurity(value: string): string {
  if (value !== 'sandbox' && value !== 'insecure') {
    throw new ArgumentError(`unsupported security mode ${goQuote(value)}`);
  }
  return value;
}
