// qs@6.13.0 (lib/index.js: parse and stringify with brackets for arrays and nested keys) and
// body-parser@1.20.3 (index.js: json, urlencoded, text, raw), which express requires as the real
// express does. Written for the workbook; they run in the QuickJS node runtime.

/** node_modules/qs/lib/index.js */
export const QS_JS = String.raw`'use strict';

function decode(s) {
  try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch (e) { return s; }
}

function assign(out, path, value) {
  var key = path[0];
  if (path.length === 1) {
    if (key === '') return [].concat(out, value);
    if (Array.isArray(out)) { out.push(value); return out; }
    out[key] = key in out ? [].concat(out[key], value) : value;
    return out;
  }
  if (key === '') { out.push(assign({}, path.slice(1), value)); return out; }
  var child = out[key];
  if (child === undefined || typeof child !== 'object') child = path[1] === '' ? [] : {};
  out[key] = assign(child, path.slice(1), value);
  return out;
}

function parse(str, options) {
  var out = {};
  if (!str || typeof str !== 'string') return out;
  var depth = options && options.depth !== undefined ? options.depth : 5;
  str.replace(/^\?/, '').split(options && options.delimiter || '&').forEach(function (pair) {
    if (!pair) return;
    var eq = pair.indexOf('=');
    var key = decode(eq === -1 ? pair : pair.slice(0, eq));
    var value = eq === -1 ? '' : decode(pair.slice(eq + 1));
    var m = /^([^\[\]]*)((?:\[[^\[\]]*\])*)$/.exec(key);
    var path = m && m[1] ? [m[1]].concat((m[2].match(/\[([^\[\]]*)\]/g) || []).slice(0, depth).map(function (b) { return b.slice(1, -1); })) : [key];
    if (path.length === 2 && path[1] === '') out[path[0]] = [].concat(out[path[0]] || [], value);
    else assign(out, path, value);
  });
  return out;
}

function stringify(obj, options) {
  var parts = [];
  var enc = options && options.encode === false ? function (s) { return s; } : encodeURIComponent;
  var walk = function (prefix, value) {
    if (value === undefined) return;
    if (value === null) { parts.push(enc(prefix) + '='); return; }
    if (Array.isArray(value)) { value.forEach(function (v, i) { walk(prefix + '[' + i + ']', v); }); return; }
    if (typeof value === 'object') { Object.keys(value).forEach(function (k) { walk(prefix + '[' + k + ']', value[k]); }); return; }
    parts.push(enc(prefix) + '=' + enc(String(value)));
  };
  Object.keys(obj || {}).forEach(function (k) { walk(k, obj[k]); });
  return (options && options.addQueryPrefix && parts.length ? '?' : '') + parts.join('&');
}

module.exports = { parse: parse, stringify: stringify, formats: { RFC1738: 'RFC1738', RFC3986: 'RFC3986', default: 'RFC3986' } };
`;

/** node_modules/body-parser/index.js */
export const BODY_PARSER_JS = String.raw`'use strict';

var qs = require('qs');

function readBody(req, cb) {
  var chunks = [];
  req.on('data', function (c) { chunks.push(typeof c === 'string' ? c : c.toString()); });
  req.on('end', function () { cb(chunks.join('')); });
}

function typeMatches(type, ct) {
  if (typeof type === 'function') return false;
  return [].concat(type).some(function (t) {
    if (t.indexOf('/') === -1) t = t === 'json' ? 'application/json' : t === 'urlencoded' ? 'application/x-www-form-urlencoded' : t === 'text' ? 'text/plain' : 'application/' + t;
    var re = new RegExp('^' + t.replace(/[.+?^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '[^/]+') + '$');
    return re.test(ct);
  });
}

function parser(kind, parse) {
  return function (options) {
    options = options || {};
    var type = options.type || kind;
    return function (req, res, next) {
      if (req._body) return next();
      req.body = req.body || {};
      var ct = (req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
      var wanted = typeof type === 'function' ? type(req) : typeMatches(type, ct);
      if (!wanted || req.method === 'GET' || req.method === 'HEAD') return next();
      req._body = true;
      readBody(req, function (text) {
        if (!text) return next();
        try { req.body = parse(text, options); } catch (e) { e.status = e.statusCode = 400; e.type = 'entity.parse.failed'; e.body = text; return next(e); }
        next();
      });
    };
  };
}

var json = parser('application/json', function (text, options) {
  var first = text.trim()[0];
  if (options.strict !== false && first !== '{' && first !== '[') {
    throw new SyntaxError('Unexpected token ' + JSON.stringify(first) + ', ' + JSON.stringify(text.slice(0, 20)) + ' is not valid JSON');
  }
  return JSON.parse(text, options.reviver);
});
var urlencoded = parser('application/x-www-form-urlencoded', function (text, options) {
  if (options.extended === false) {
    var out = {};
    text.split('&').forEach(function (pair) {
      if (!pair) return;
      var eq = pair.indexOf('=');
      var k = decodeURIComponent((eq === -1 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
      var v = eq === -1 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
      out[k] = k in out ? [].concat(out[k], v) : v;
    });
    return out;
  }
  return qs.parse(text);
});
var text = parser('text/plain', function (body) { return body; });
var raw = parser('application/octet-stream', function (body) { return Buffer.from(body); });

exports = module.exports = function bodyParser(options) {
  var j = json(options), u = urlencoded(options);
  return function (req, res, next) { j(req, res, function (err) { if (err) return next(err); u(req, res, next); }); };
};
exports.json = json;
exports.urlencoded = urlencoded;
exports.text = text;
exports.raw = raw;
`;
