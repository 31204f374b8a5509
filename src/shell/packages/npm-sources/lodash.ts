// lodash 4.17.21's main file (lodash.js) for the workbook: the functions learners reach for, with
// lodash's semantics (iteratee shorthands: a property name, a [key, value] pair or a matches-object),
// and `_(value)` chains ending in .value(). Written for the workbook; runs in the QuickJS node runtime.

/** node_modules/lodash/lodash.js */
export const LODASH_JS = String.raw`'use strict';
var VERSION = '4.17.21';
function toPath(path) { return Array.isArray(path) ? path : String(path).replace(/\[(\w+)\]/g, '.$1').split('.').filter(function (p) { return p !== ''; }); }
function get(obj, path, def) { var parts = toPath(path); for (var i = 0; i < parts.length; i++) { if (obj == null) return def; obj = obj[parts[i]]; } return obj === undefined ? def : obj; }
function set(obj, path, value) { var parts = toPath(path), cur = obj; for (var i = 0; i < parts.length - 1; i++) { if (cur[parts[i]] == null || typeof cur[parts[i]] !== 'object') cur[parts[i]] = /^\d+$/.test(parts[i + 1]) ? [] : {}; cur = cur[parts[i]]; } cur[parts[parts.length - 1]] = value; return obj; }
function has(obj, path) { var parts = toPath(path); for (var i = 0; i < parts.length; i++) { if (obj == null || !Object.prototype.hasOwnProperty.call(obj, parts[i])) return false; obj = obj[parts[i]]; } return true; }
function isEqual(a, b) {
  if (a === b || (a !== a && b !== b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date) return a.getTime() === b.getTime();
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(function (k) { return Object.prototype.hasOwnProperty.call(b, k) && isEqual(a[k], b[k]); });
}
function matches(src) { return function (o) { return Object.keys(src).every(function (k) { return o != null && isEqual(o[k], src[k]); }); }; }
function iteratee(f) {
  if (f == null) return identity;
  if (typeof f === 'function') return f;
  if (Array.isArray(f)) return function (o) { return o != null && isEqual(o[f[0]], f[1]); };
  if (typeof f === 'object') return matches(f);
  return function (o) { return get(o, f); };
}
function identity(v) { return v; }
function values(o) { return o == null ? [] : Object.keys(o).map(function (k) { return o[k]; }); }
function list(c) { return Array.isArray(c) || typeof c === 'string' ? Array.from(c) : values(c); }
function each(c, f) { if (Array.isArray(c)) { for (var i = 0; i < c.length; i++) if (f(c[i], i, c) === false) break; } else if (c != null) { var ks = Object.keys(c); for (var j = 0; j < ks.length; j++) if (f(c[ks[j]], ks[j], c) === false) break; } return c; }
function map(c, f) { f = iteratee(f); var out = []; each(c, function (v, k) { out.push(f(v, k, c)); }); return out; }
function filter(c, f) { f = iteratee(f); var out = []; each(c, function (v, k) { if (f(v, k, c)) out.push(v); }); return out; }
function reject(c, f) { f = iteratee(f); return filter(c, function (v, k) { return !f(v, k, c); }); }
function find(c, f) { f = iteratee(f); var hit; each(c, function (v, k) { if (f(v, k, c)) { hit = v; return false; } }); return hit; }
function findIndex(a, f) { f = iteratee(f); for (var i = 0; i < a.length; i++) if (f(a[i], i, a)) return i; return -1; }
function reduce(c, f, acc) { var first = arguments.length < 3; each(c, function (v, k) { if (first) { acc = v; first = false; } else acc = f(acc, v, k, c); }); return acc; }
function groupBy(c, f) { f = iteratee(f); var out = {}; each(c, function (v) { var k = f(v); (out[k] = out[k] || []).push(v); }); return out; }
function countBy(c, f) { f = iteratee(f); var out = {}; each(c, function (v) { var k = f(v); out[k] = (out[k] || 0) + 1; }); return out; }
function keyBy(c, f) { f = iteratee(f); var out = {}; each(c, function (v) { out[f(v)] = v; }); return out; }
function partition(c, f) { f = iteratee(f); var out = [[], []]; each(c, function (v) { out[f(v) ? 0 : 1].push(v); }); return out; }
function compare(a, b) { if (a === b) return 0; if (a === undefined) return 1; if (b === undefined) return -1; return a > b ? 1 : -1; }
function orderBy(c, fs, orders) { fs = [].concat(fs == null ? [identity] : fs).map(iteratee); orders = [].concat(orders || []); return list(c).map(function (v, i) { return { v: v, i: i }; }).sort(function (x, y) { for (var n = 0; n < fs.length; n++) { var r = compare(fs[n](x.v), fs[n](y.v)); if (r) return orders[n] === 'desc' ? -r : r; } return x.i - y.i; }).map(function (e) { return e.v; }); }
function sortBy(c) { var fs = [].slice.call(arguments, 1); return orderBy(c, fs.length ? [].concat.apply([], fs) : [identity]); }
function uniqBy(a, f) { f = iteratee(f); var seen = [], out = []; (a || []).forEach(function (v) { var k = f(v); if (seen.indexOf(k) === -1 && !(k !== k && seen.some(function (s) { return s !== s; }))) { seen.push(k); out.push(v); } }); return out; }
function flatten(a) { return [].concat.apply([], a || []); }
function flattenDeep(a) { return (a || []).reduce(function (o, v) { return o.concat(Array.isArray(v) ? flattenDeep(v) : [v]); }, []); }
function chunk(a, n) { n = Math.max(Math.floor(n === undefined ? 1 : n), 0); var out = []; if (!n) return out; for (var i = 0; i < (a || []).length; i += n) out.push(a.slice(i, i + n)); return out; }
function range(start, end, step) { if (end === undefined) { end = start; start = 0; } step = step === undefined ? (start < end ? 1 : -1) : step; var out = []; if (step === 0) { for (var k = start; k < end; k++) out.push(start); return out; } for (var i = start; step > 0 ? i < end : i > end; i += step) out.push(i); return out; }
function words(s) { return String(s == null ? '' : s).replace(/['\u2019]/g, '').match(/[A-Z]{2,}(?=[A-Z][a-z]+[0-9]*|\b)|[A-Z]?[a-z]+[0-9]*|[A-Z]+|[0-9]+/g) || []; }
function capitalize(s) { s = String(s == null ? '' : s); return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(); }
function upperFirst(s) { s = String(s == null ? '' : s); return s.charAt(0).toUpperCase() + s.slice(1); }
function cloneDeep(v) { if (v === null || typeof v !== 'object') return v; if (v instanceof Date) return new Date(v.getTime()); if (v instanceof Map) return new Map(Array.from(v, function (e) { return [cloneDeep(e[0]), cloneDeep(e[1])]; })); if (v instanceof Set) return new Set(Array.from(v, cloneDeep)); var out = Array.isArray(v) ? [] : Object.create(Object.getPrototypeOf(v)); Object.keys(v).forEach(function (k) { out[k] = cloneDeep(v[k]); }); return out; }
function isPlain(v) { return v !== null && typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null); }
function merge(target) { [].slice.call(arguments, 1).forEach(function (src) { each(src, function (v, k) { if ((isPlain(v) || Array.isArray(v)) && target[k] !== null && typeof target[k] === 'object') merge(target[k], v); else if (v !== undefined) target[k] = isPlain(v) ? merge({}, v) : Array.isArray(v) ? merge([], v) : v; }); }); return target; }
function debounce(fn, wait, opts) { var t, last; function d() { var self = this, args = arguments; clearTimeout(t); if (opts && opts.leading && t === undefined) last = fn.apply(self, args); t = setTimeout(function () { t = undefined; if (!opts || opts.trailing !== false) last = fn.apply(self, args); }, wait || 0); return last; } d.cancel = function () { clearTimeout(t); t = undefined; }; return d; }
function throttle(fn, wait) { var last = -Infinity, result; return function () { var now = Date.now(); if (now - last >= (wait || 0)) { last = now; result = fn.apply(this, arguments); } return result; }; }
function memoize(fn, resolver) { var m = function () { var k = resolver ? resolver.apply(this, arguments) : arguments[0]; if (m.cache.has(k)) return m.cache.get(k); var v = fn.apply(this, arguments); m.cache.set(k, v); return v; }; m.cache = new Map(); return m; }
function sumBy(a, f) { f = iteratee(f); return (a || []).reduce(function (s, v) { var n = f(v); return n === undefined ? s : s + n; }, 0); }
function extreme(a, f, better) { f = iteratee(f); var best, bestV; (a || []).forEach(function (v) { var n = f(v); if (n != null && n === n && (bestV === undefined || better(n, bestV))) { best = v; bestV = n; } }); return best; }
function pick(o, ks) { ks = flatten([].slice.call(arguments, 1)); var out = {}; ks.forEach(function (k) { if (has(o, k)) set(out, k, get(o, k)); }); return out; }
function omit(o, ks) { ks = flatten([].slice.call(arguments, 1)).map(String); var out = {}; Object.keys(o || {}).forEach(function (k) { if (ks.indexOf(k) === -1) out[k] = o[k]; }); return out; }
function isEmpty(v) { if (v == null) return true; if (Array.isArray(v) || typeof v === 'string') return !v.length; if (v instanceof Map || v instanceof Set) return !v.size; return typeof v === 'object' ? !Object.keys(v).length : true; }
function shuffle(c) { var a = list(c); for (var i = a.length - 1; i > 0; i--) { var j = Math.floor(Math.random() * (i + 1)); var t = a[i]; a[i] = a[j]; a[j] = t; } return a; }
function random(lo, hi, floating) { if (hi === undefined) { hi = lo === undefined ? 1 : lo; lo = 0; } if (typeof hi === 'boolean') { floating = hi; hi = lo; lo = 0; } var r = lo + Math.random() * (hi - lo); return floating || lo % 1 || hi % 1 ? r : Math.floor(lo + Math.random() * (hi - lo + 1)); }
function pad(s, n, c, where) { s = String(s == null ? '' : s); c = c === undefined ? ' ' : String(c); var need = (n || 0) - s.length; if (need <= 0 || !c) return s; var left = where === 'start' ? need : where === 'end' ? 0 : Math.floor(need / 2); var fill = function (k) { return c.repeat(Math.ceil(k / c.length)).slice(0, k); }; return fill(left) + s + fill(need - left); }
var _ = function (value) { return new Wrapper(value); };
function Wrapper(value) { this.__value = value; }
Wrapper.prototype.value = function () { return this.__value; };
Wrapper.prototype.valueOf = Wrapper.prototype.toJSON = Wrapper.prototype.value;
var api = {
  VERSION: VERSION, identity: identity, noop: function () {}, get: get, set: set, has: has, isEqual: isEqual, matches: matches, iteratee: iteratee,
  each: each, forEach: each, map: map, filter: filter, reject: reject, find: find, findIndex: findIndex, reduce: reduce, groupBy: groupBy, countBy: countBy, keyBy: keyBy, partition: partition,
  orderBy: orderBy, sortBy: sortBy, uniq: function (a) { return uniqBy(a); }, uniqBy: uniqBy, flatten: flatten, flattenDeep: flattenDeep, flatMap: function (c, f) { return flatten(map(c, f)); }, chunk: chunk, range: range,
  every: function (c, f) { f = iteratee(f); return list(c).every(function (v, i) { return f(v, i); }); }, some: function (c, f) { f = iteratee(f); return list(c).some(function (v, i) { return f(v, i); }); },
  includes: function (c, v) { return typeof c === 'string' ? c.indexOf(v) !== -1 : list(c).some(function (x) { return x === v || (x !== x && v !== v); }); },
  size: function (c) { return c == null ? 0 : c instanceof Map || c instanceof Set ? c.size : list(c).length; },
  head: function (a) { return a && a.length ? a[0] : undefined; }, first: function (a) { return a && a.length ? a[0] : undefined; }, last: function (a) { return a && a.length ? a[a.length - 1] : undefined; },
  take: function (a, n) { return (a || []).slice(0, n === undefined ? 1 : Math.max(n, 0)); }, drop: function (a, n) { return (a || []).slice(n === undefined ? 1 : Math.max(n, 0)); }, tail: function (a) { return (a || []).slice(1); }, initial: function (a) { return (a || []).slice(0, -1); },
  compact: function (a) { return (a || []).filter(Boolean); }, without: function (a) { var ex = [].slice.call(arguments, 1); return (a || []).filter(function (v) { return ex.indexOf(v) === -1; }); },
  difference: function (a) { var ex = flatten([].slice.call(arguments, 1)); return (a || []).filter(function (v) { return ex.indexOf(v) === -1; }); },
  intersection: function (a) { var rest = [].slice.call(arguments, 1); return uniqBy(a).filter(function (v) { return rest.every(function (r) { return r.indexOf(v) !== -1; }); }); },
  union: function () { return uniqBy(flatten([].slice.call(arguments))); }, zip: function () { var as = [].slice.call(arguments); return range(Math.max.apply(null, as.map(function (a) { return a.length; }).concat(0))).map(function (i) { return as.map(function (a) { return a[i]; }); }); },
  fromPairs: function (ps) { var o = {}; (ps || []).forEach(function (p) { o[p[0]] = p[1]; }); return o; }, toPairs: function (o) { return Object.keys(o || {}).map(function (k) { return [k, o[k]]; }); }, entries: function (o) { return Object.keys(o || {}).map(function (k) { return [k, o[k]]; }); },
  keys: function (o) { return o == null ? [] : Object.keys(o); }, values: values, mapValues: function (o, f) { f = iteratee(f); var out = {}; Object.keys(o || {}).forEach(function (k) { out[k] = f(o[k], k, o); }); return out; }, mapKeys: function (o, f) { f = iteratee(f); var out = {}; Object.keys(o || {}).forEach(function (k) { out[f(o[k], k, o)] = o[k]; }); return out; },
  invert: function (o) { var out = {}; Object.keys(o || {}).forEach(function (k) { out[o[k]] = k; }); return out; }, pick: pick, omit: omit, assign: Object.assign, extend: Object.assign, merge: merge, cloneDeep: cloneDeep, clone: function (v) { return Array.isArray(v) ? v.slice() : v && typeof v === 'object' ? Object.assign({}, v) : v; },
  defaults: function (o) { [].slice.call(arguments, 1).forEach(function (s) { Object.keys(s || {}).forEach(function (k) { if (o[k] === undefined) o[k] = s[k]; }); }); return o; },
  sum: function (a) { return sumBy(a); }, sumBy: sumBy, mean: function (a) { return a && a.length ? sumBy(a) / a.length : NaN; }, meanBy: function (a, f) { return a && a.length ? sumBy(a, f) / a.length : NaN; },
  max: function (a) { return extreme(a, identity, function (x, y) { return x > y; }); }, min: function (a) { return extreme(a, identity, function (x, y) { return x < y; }); }, maxBy: function (a, f) { return extreme(a, f, function (x, y) { return x > y; }); }, minBy: function (a, f) { return extreme(a, f, function (x, y) { return x < y; }); },
  times: function (n, f) { f = f || identity; var out = []; for (var i = 0; i < n; i++) out.push(f(i)); return out; }, shuffle: shuffle, sample: function (c) { var a = list(c); return a[Math.floor(Math.random() * a.length)]; }, random: random, clamp: function (n, lo, hi) { return Math.min(Math.max(n, lo), hi); }, inRange: function (n, s, e) { if (e === undefined) { e = s; s = 0; } return n >= Math.min(s, e) && n < Math.max(s, e); },
  words: words, capitalize: capitalize, upperFirst: upperFirst, lowerFirst: function (s) { s = String(s == null ? '' : s); return s.charAt(0).toLowerCase() + s.slice(1); },
  camelCase: function (s) { return words(s).map(function (w, i) { return i ? capitalize(w) : w.toLowerCase(); }).join(''); }, kebabCase: function (s) { return words(s).map(function (w) { return w.toLowerCase(); }).join('-'); },
  snakeCase: function (s) { return words(s).map(function (w) { return w.toLowerCase(); }).join('_'); }, startCase: function (s) { return words(s).map(upperFirst).join(' '); }, lowerCase: function (s) { return words(s).map(function (w) { return w.toLowerCase(); }).join(' '); }, upperCase: function (s) { return words(s).map(function (w) { return w.toUpperCase(); }).join(' '); },
  pad: function (s, n, c) { return pad(s, n, c); }, padStart: function (s, n, c) { return pad(s, n, c, 'start'); }, padEnd: function (s, n, c) { return pad(s, n, c, 'end'); }, repeat: function (s, n) { return String(s == null ? '' : s).repeat(n === undefined ? 1 : Math.max(n, 0)); }, trim: function (s) { return String(s == null ? '' : s).trim(); },
  truncate: function (s, o) { s = String(s); var len = o && o.length || 30, om = o && o.omission !== undefined ? o.omission : '...'; return s.length <= len ? s : s.slice(0, len - om.length) + om; }, escape: function (s) { return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; }); },
  debounce: debounce, throttle: throttle, memoize: memoize, once: function (fn) { var done = false, v; return function () { if (!done) { done = true; v = fn.apply(this, arguments); } return v; }; },
  isArray: Array.isArray, isString: function (v) { return typeof v === 'string'; }, isNumber: function (v) { return typeof v === 'number'; }, isFunction: function (v) { return typeof v === 'function'; }, isObject: function (v) { return v !== null && (typeof v === 'object' || typeof v === 'function'); },
  isPlainObject: isPlain, isNil: function (v) { return v == null; }, isNull: function (v) { return v === null; }, isUndefined: function (v) { return v === undefined; }, isBoolean: function (v) { return typeof v === 'boolean'; }, isDate: function (v) { return v instanceof Date; }, isEmpty: isEmpty,
};
Object.keys(api).forEach(function (name) {
  _[name] = api[name];
  if (typeof api[name] === 'function') Wrapper.prototype[name] = function () { return new Wrapper(api[name].apply(null, [this.__value].concat([].slice.call(arguments)))); };
});
_.chain = function (v) { return new Wrapper(v); };
module.exports = _;
`;
