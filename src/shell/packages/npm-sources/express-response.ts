// express@4's request and response additions (lib/request.js, lib/response.js): res.send/json/status/
// set/type/sendStatus/redirect/sendFile, req.get/path/query/hostname/ip, with Express 4's content
// types and texts. Written for the workbook; runs inside the QuickJS node runtime.

/** node_modules/express/lib/response.js */
export const EXPRESS_RESPONSE_JS = String.raw`'use strict';

var fs = require('fs');
var pathModule = require('path');

var STATUS = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 418: "I'm a Teapot", 422: 'Unprocessable Entity', 429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable' };

var TYPES = { html: 'text/html', htm: 'text/html', txt: 'text/plain', text: 'text/plain', css: 'text/css', js: 'application/javascript', mjs: 'application/javascript', json: 'application/json', map: 'application/json', xml: 'application/xml', csv: 'text/csv', md: 'text/markdown', svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', ico: 'image/x-icon', webp: 'image/webp', pdf: 'application/pdf', woff: 'font/woff', woff2: 'font/woff2', wasm: 'application/wasm', form: 'application/x-www-form-urlencoded', urlencoded: 'application/x-www-form-urlencoded', bin: 'application/octet-stream' };

function lookup(type) {
  if (type.indexOf('/') !== -1) return type;
  return TYPES[type.replace(/^\./, '').toLowerCase()] || 'application/octet-stream';
}

function withCharset(type) {
  return /^text\/|^application\/(javascript|json)/.test(type) && type.indexOf('charset') === -1 ? type + '; charset=utf-8' : type;
}

module.exports = function extendResponse(res, req, app) {
  res.locals = res.locals || {};
  res.status = function (code) { this.statusCode = code; return this; };
  var end = res.end;
  res.end = function () {
    if (!this.statusMessage) this.statusMessage = STATUS[this.statusCode];
    return end.apply(this, arguments);
  };
  res.set = res.header = function (field, value) {
    if (typeof field === 'object') { for (var k in field) this.set(k, field[k]); return this; }
    var v = Array.isArray(value) ? value.map(String) : String(value);
    if (field.toLowerCase() === 'content-type') v = withCharset(lookup(v));
    this.setHeader(field, v);
    return this;
  };
  res.get = function (field) { return this.getHeader(field); };
  res.type = res.contentType = function (type) { return this.set('Content-Type', lookup(type)); };
  res.location = function (url) { return this.set('Location', url === 'back' ? req.get('Referrer') || '/' : url); };
  res.send = function (body) {
    if (typeof body === 'number' && arguments.length === 1) { this.statusCode = body; body = STATUS[body] || String(body); }
    if (body === null || body === undefined) body = '';
    else if (typeof body === 'boolean' || typeof body === 'number' || typeof body === 'object' && !(body instanceof Uint8Array)) return this.json(body);
    else if (typeof body === 'string') { if (!this.get('Content-Type')) this.type('html'); }
    else if (!this.get('Content-Type')) this.type('bin');
    if (this.statusCode === 204 || this.statusCode === 304) { this.removeHeader('Content-Type'); body = ''; }
    if (req.method === 'HEAD') return this.end();
    return this.end(body);
  };
  res.json = function (obj) {
    var spaces = app.get('json spaces');
    var body = JSON.stringify(obj, app.get('json replacer'), spaces);
    if (!this.get('Content-Type')) this.set('Content-Type', 'application/json');
    return this.send(body === undefined ? '' : body);
  };
  res.sendStatus = function (code) {
    this.statusCode = code;
    this.type('txt');
    return this.send(STATUS[code] || String(code));
  };
  res.redirect = function (status, url) {
    if (url === undefined) { url = status; status = 302; }
    this.location(url);
    this.statusCode = status;
    var address = this.get('Location');
    var accept = req.get('Accept') || '*/*';
    if (/html/.test(accept) && !/^\*\/\*/.test(accept) && accept.indexOf('text/plain') === -1) {
      this.type('html');
      var safe = String(address).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      return this.send('<p>' + STATUS[status] + '. Redirecting to <a href="' + safe + '">' + safe + '</a></p>');
    }
    this.type('txt');
    return this.send(STATUS[status] + '. Redirecting to ' + address);
  };
  res.sendFile = function (path, options, cb) {
    if (typeof options === 'function') { cb = options; options = {}; }
    options = options || {};
    if (!options.root && !pathModule.isAbsolute(path)) throw new TypeError('path must be absolute or specify root to res.sendFile');
    var full = options.root ? pathModule.join(options.root, path) : path;
    var next = typeof cb === 'function' ? cb : function (err) { if (err) req.next(err); };
    var data;
    try { if (fs.statSync(full).isDirectory()) throw new Error('EISDIR'); data = fs.readFileSync(full, 'utf8'); } catch (e) {
      var err = new Error("ENOENT: no such file or directory, stat '" + full + "'");
      err.code = 'ENOENT'; err.status = err.statusCode = 404;
      return next(err);
    }
    module.exports.serveFile(this, full, data);
    if (typeof cb === 'function') cb();
  };
  return res;
};

/** Answers with a file's text, its content type from the extension, as serve-static and send do. */
module.exports.serveFile = function (res, full, data) {
  var ext = pathModule.extname(full).slice(1);
  res.statusCode = res.statusCode || 200;
  if (!res.getHeader('Accept-Ranges')) res.setHeader('Accept-Ranges', 'bytes');
  if (!res.getHeader('Cache-Control')) res.setHeader('Cache-Control', 'public, max-age=0');
  if (!res.getHeader('Content-Type')) res.setHeader('Content-Type', withCharset(ext ? lookup(ext) : 'application/octet-stream').replace('charset=utf-8', 'charset=UTF-8'));
  res.end(res.req && res.req.method === 'HEAD' ? undefined : data);
};

module.exports.STATUS = STATUS;
module.exports.lookup = lookup;
`;
