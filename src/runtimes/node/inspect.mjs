// Node's util.inspect (what console.log prints) inside QuickJS: depth 2, 100 array items, quotes
// chosen as Node chooses them, circular references as <ref *1>/[Circular *1], objects on one line
// when they fit in 80 columns (at most 3 levels inside), and long arrays of short items in columns
// (Node's groupArrayElements). Sent into the VM as source text, so it uses nothing from outside.

/** Makes inspect(value, options); `errorText(e)` gives an error's V8-style stack. */
export function makeInspect(errorText) {
  const BREAK = 80;
  const quote = (s) => {
    const q = !s.includes("'") ? "'" : !s.includes('"') ? '"' : !s.includes('`') ? '`' : "'";
    const body = s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
    return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
  };
  const keyText = (k) => (typeof k === 'symbol' ? `[${String(k)}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k));
  const primitive = (v) => {
    if (typeof v === 'string') return quote(v);
    if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'symbol') return String(v);
    return String(v);
  };
  const group = (output, value, indentation) => {
    let total = 0;
    let max = 0;
    const extra = output.length > 0 && /^\.\.\. \d+ more item/.test(output[output.length - 1]) ? 1 : 0;
    const count = output.length - extra;
    const lens = output.slice(0, count).map((o) => o.length);
    for (const len of lens) {
      total += len + 2;
      if (len > max) max = len;
    }
    const actualMax = max + 2;
    if (actualMax * 3 + indentation < BREAK && (total / actualMax > 5 || max <= 6)) {
      const bias = Math.sqrt(actualMax - total / output.length);
      const biasedMax = Math.max(actualMax - 3 - bias, 1);
      const columns = Math.min(Math.round(Math.sqrt(2.5 * biasedMax * count) / biasedMax), Math.floor((BREAK - indentation) / actualMax), 12, 15);
      if (columns <= 1) return output;
      const widths = [];
      for (let i = 0; i < columns; i++) {
        let w = 0;
        for (let j = i; j < count; j += columns) if (lens[j] > w) w = lens[j];
        widths.push(w + 2);
      }
      const numbers = Array.prototype.every.call(value, (v) => typeof v === 'number' || typeof v === 'bigint');
      const rows = [];
      for (let i = 0; i < count; i += columns) {
        const end = Math.min(i + columns, count);
        let row = '';
        let j = i;
        for (; j < end - 1; j++) row += numbers ? `${output[j]}, `.padStart(widths[j - i], ' ') : `${output[j]}, `.padEnd(widths[j - i], ' ');
        row += numbers ? output[j].padStart(widths[j - i] - 2, ' ') : output[j];
        rows.push(row);
      }
      if (extra) rows.push(output[count]);
      return rows;
    }
    return output;
  };
  return function inspect(value, options = {}) {
    const maxDepth = options.depth === undefined ? 2 : options.depth === null ? Infinity : options.depth;
    const seen = [];
    let circular;
    const format = (v, depth, indentation) => {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return { text: primitive(v), levels: 0 };
      if (typeof v === 'function' && !Object.keys(v).length) return { text: /^class\s/.test(Function.prototype.toString.call(v)) ? `[class ${v.name || '(anonymous)'}]` : `[Function: ${v.name || '(anonymous)'}]`, levels: 0 };
      if (v instanceof Error) return { text: errorText(v), levels: 0 };
      if (v instanceof Date) return { text: isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString(), levels: 0 };
      if (v instanceof RegExp) return { text: String(v), levels: 0 };
      if (v instanceof Promise) return { text: 'Promise { <pending> }', levels: 0 };
      if (v instanceof Uint8Array && v.constructor && v.constructor.name === 'Buffer') {
        const hex = [...v.subarray(0, 50)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
        return { text: `<Buffer${hex ? ` ${hex}` : ''}${v.length > 50 ? ` ... ${v.length - 50} more byte${v.length - 50 > 1 ? 's' : ''}` : ''}>`, levels: 0 };
      }
      if (seen.includes(v)) {
        circular = circular || v;
        return { text: '[Circular *1]', levels: 0 };
      }
      const ctor = v.constructor && v.constructor.name;
      const isArray = Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
      if (depth > maxDepth) return { text: isArray ? '[Array]' : `[${ctor && ctor !== 'Object' ? ctor : 'Object'}]`, levels: 0 };
      seen.push(v);
      let levels = 0;
      const child = (x) => {
        const r = format(x, depth + 1, indentation + 2);
        levels = Math.max(levels, r.levels + 1);
        return r.text;
      };
      const output = [];
      let braces;
      let prefix = '';
      if (isArray) {
        let holes = 0;
        const flush = () => {
          if (holes) output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
          holes = 0;
        };
        for (let i = 0; i < v.length && output.length < 100; i++) {
          if (!(i in v)) holes++;
          else {
            flush();
            output.push(child(v[i]));
          }
        }
        flush();
        if (v.length > 100) output.push(`... ${v.length - 100} more item${v.length - 100 > 1 ? 's' : ''}`);
        for (const k of Object.keys(v).filter((k) => !/^\d+$/.test(k))) output.push(`${keyText(k)}: ${child(v[k])}`);
        braces = ['[', ']'];
        if (ctor && ctor !== 'Array') prefix = `${ctor}(${v.length}) `;
      } else if (v instanceof Map) {
        for (const [k, x] of v) output.push(`${child(k)} => ${child(x)}`);
        braces = ['{', '}'];
        prefix = `Map(${v.size}) `;
      } else if (v instanceof Set) {
        for (const x of v) output.push(child(x));
        braces = ['{', '}'];
        prefix = `Set(${v.size}) `;
      } else {
        for (const k of Object.keys(v)) {
          const d = Object.getOwnPropertyDescriptor(v, k);
          output.push(`${keyText(k)}: ${d && d.get ? (d.set ? '[Getter/Setter]' : '[Getter]') : child(v[k])}`);
        }
        for (const s of Object.getOwnPropertySymbols(v)) if (Object.getOwnPropertyDescriptor(v, s).enumerable) output.push(`${keyText(s)}: ${child(v[s])}`);
        braces = ['{', '}'];
        if (typeof v === 'function') prefix = `[Function: ${v.name || '(anonymous)'}] `;
        else if (Object.getPrototypeOf(v) === null) prefix = '[Object: null prototype] ';
        else if (ctor && ctor !== 'Object') prefix = `${ctor} `;
      }
      seen.pop();
      if (!output.length) return { text: `${prefix}${braces[0]}${braces[1]}`, levels: 0 };
      let lines = output;
      if (isArray && output.length > 6) lines = group(output, v, indentation);
      if (lines === output && levels <= 3) {
        const start = output.length + indentation + braces[0].length + prefix.length + 10;
        const width = output.reduce((n, o) => n + o.length, start);
        if (width + output.length <= BREAK && !output.some((o) => o.includes('\n'))) return { text: `${prefix}${braces[0]} ${output.join(', ')} ${braces[1]}`, levels };
      }
      const pad = `\n${' '.repeat(indentation)}`;
      return { text: `${prefix}${braces[0]}${pad}  ${lines.join(`,${pad}  `)}${pad}${braces[1]}`, levels };
    };
    const text = format(value, 0, 0).text;
    return circular !== undefined && circular === value ? `<ref *1> ${text}` : text;
  };
}
