// CPython's json.dumps for the programs' `json` (compat.mjs hands dumps/dump here): indent, separators,
// sort_keys, ensure_ascii (on by default, as in CPython: "\u00e9"), default, and CPython's TypeError for
// what JSON cannot hold. MicroPython's own encoder has none of these options. A module of the runtime's
// library (`_wbjson.py`), compiled only when a program first calls json.dumps.

/** The module's Python source. */
export const JSON_SOURCE = `
def _string(s, ascii_only):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '"' or ch == '\\\\':
            out.append('\\\\' + ch)
        elif ch == '\\n':
            out.append('\\\\n')
        elif ch == '\\r':
            out.append('\\\\r')
        elif ch == '\\t':
            out.append('\\\\t')
        elif ch == '\\b':
            out.append('\\\\b')
        elif ch == '\\f':
            out.append('\\\\f')
        elif o < 0x20 or (ascii_only and o > 0x7f):
            if o > 0xffff:
                o -= 0x10000
                out.append('\\\\u%04x\\\\u%04x' % (0xd800 | (o >> 10), 0xdc00 | (o & 0x3ff)))
            else:
                out.append('\\\\u%04x' % o)
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'

def _encode(o, indent, seps, sort_keys, ascii_only, default, level):
    if o is None:
        return 'null'
    if o is True:
        return 'true'
    if o is False:
        return 'false'
    if isinstance(o, str):
        return _string(o, ascii_only)
    if isinstance(o, (int, float)):
        if o != o:
            return 'NaN'
        if isinstance(o, float) and o in (float('inf'), float('-inf')):
            return 'Infinity' if o > 0 else '-Infinity'
        return repr(o)
    if isinstance(o, dict):
        items = sorted(o.items()) if sort_keys else list(o.items())
        parts = []
        for k, v in items:
            if isinstance(k, str):
                key = k
            elif k is None or isinstance(k, (bool, int, float)):
                key = _encode(k, None, seps, False, ascii_only, default, 0)
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s' % type(k).__name__)
            parts.append(_string(key, ascii_only) + seps[1] + _encode(v, indent, seps, sort_keys, ascii_only, default, level + 1))
        return _join('{', parts, '}', indent, seps, level)
    if isinstance(o, (list, tuple)):
        return _join('[', [_encode(v, indent, seps, sort_keys, ascii_only, default, level + 1) for v in o], ']', indent, seps, level)
    if default is not None:
        return _encode(default(o), indent, seps, sort_keys, ascii_only, default, level)
    raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

def _join(open_, parts, close, indent, seps, level):
    if not parts:
        return open_ + close
    if indent is None:
        return open_ + seps[0].join(parts) + close
    pad = indent if isinstance(indent, str) else ' ' * indent
    inner = '\\n' + pad * (level + 1)
    return open_ + inner + (seps[0] + inner).join(parts) + '\\n' + pad * level + close

def dumps(obj, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False):
    seps = separators or ((', ', ': ') if indent is None else (',', ': '))
    return _encode(obj, indent, seps, sort_keys, ensure_ascii, default, 0)
`;
