// express@4's entry (lib/express.js): express() apps with settings and listen(), express.json()/
// urlencoded()/text()/raw() from body-parser, req.query through qs, express.static(dir) and Router,
// and finalhandler's default 404 (`Cannot GET /x`) and error pages. Written for the workbook; runs inside the QuickJS node runtime.

/** node_modules/express/lib/express.js */
export const EXPRESS_APP_JS = String.raw`'use strict';

var http = require('http');
var fs = require('fs');
var pathModule = require('path');
var Router = require('./router');
var qs = require('qs');
var extendResponse = require('./response');

function escapeHtml(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function htmlDocument(message) {
  var body = escapeHtml(message).replace(/\n/g, '<br>').replace(/\x20{2}/g, ' &nbsp;');
  return '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Error</title>\n</head>\n<body>\n<pre>' + body + '</pre>\n</body>\n</html>\n';
}

// QuickJS's err.stack holds only the frames; V8's (and so Express's page and log) start with "Error: message".
function stackOf(err) {
  var stack = err && err.stack || '';
  return stack.indexOf(String(err)) === 0 ? stack : String(err) + (stack ? '\n' + stack.replace(/\n$/, '') : '');
}

function finalhandler(req, res, app) {
  return function (err) {
    if (res.headersSent) return;
    var status = 404;
    var message;
    if (err) {
      status = err.status || err.statusCode;
      if (typeof status !== 'number' || status < 400 || status > 599) status = 500;
      message = app.get('env') === 'production' ? extendResponse.STATUS[status] || String(status) : stackOf(err);
      if (app.get('env') !== 'test') console.error(stackOf(err));
    } else {
      message = 'Cannot ' + req.method + ' ' + encodeURI(req.originalUrl.split('?')[0]);
    }
    for (var name of res.getHeaderNames ? res.getHeaderNames() : Object.keys(res.getHeaders())) res.removeHeader(name);
    res.statusCode = status;
    res.statusMessage = extendResponse.STATUS[status];
    res.setHeader('X-Powered-By', 'Express');
    res.setHeader('Content-Security-Policy', "default-src 'none'");
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(req.method === 'HEAD' ? undefined : htmlDocument(message));
  };
}

function createApplication() {
  var router = Router();
  var settings = { env: process.env.NODE_ENV || 'development', 'x-powered-by': true, 'json spaces': undefined, 'json replacer': undefined };
  function app(req, res, next) {
    req.originalUrl = req.originalUrl || req.url;
    var q = req.url.indexOf('?');
    req.path = q === -1 ? req.url : req.url.slice(0, q);
    req.query = qs.parse(q === -1 ? '' : req.url.slice(q + 1));
    req.app = app;
    req.res = res;
    res.req = req;
    req.next = next || finalhandler(req, res, app);
    req.get = req.header = function (name) {
      var key = name.toLowerCase();
      if (key === 'referer' || key === 'referrer') return this.headers.referer || this.headers.referrer;
      return this.headers[key];
    };
    req.hostname = String(req.headers.host || '').replace(/:\d+$/, '');
    req.ip = req.socket && req.socket.remoteAddress;
    req.protocol = 'http';
    req.secure = false;
    req.xhr = /xmlhttprequest/i.test(req.headers['x-requested-with'] || '');
    req.is = function (type) { var ct = (this.headers['content-type'] || '').split(';')[0]; return ct.indexOf(type.replace(/^\*\//, '')) !== -1 ? ct : false; };
    extendResponse(res, req, app);
    res.locals = Object.assign(Object.create(app.locals), res.locals);
    if (settings['x-powered-by']) res.setHeader('X-Powered-By', 'Express');
    router.handle(req, res, req.next);
  }
  app.locals = { settings: settings };
  app.settings = settings;
  app._router = router;
  app.set = function (name, value) { if (arguments.length === 1) return settings[name]; settings[name] = value; return app; };
  app.enable = function (name) { settings[name] = true; return app; };
  app.disable = function (name) { settings[name] = false; return app; };
  app.enabled = function (name) { return Boolean(settings[name]); };
  app.disabled = function (name) { return !settings[name]; };
  app.use = function () { router.use.apply(router, arguments); return app; };
  app.route = function (path) { return router.route(path); };
  ['post', 'put', 'delete', 'patch', 'options', 'head', 'all'].forEach(function (method) {
    app[method] = function () { router[method].apply(router, arguments); return app; };
  });
  app.get = function (path) {
    if (arguments.length === 1) return settings[path];
    router.get.apply(router, arguments);
    return app;
  };
  app.listen = function () {
    var server = http.createServer(app);
    return server.listen.apply(server, arguments);
  };
  return app;
}

var bodyParser = require('body-parser');

createApplication.json = bodyParser.json;
createApplication.urlencoded = bodyParser.urlencoded;
createApplication.text = bodyParser.text;
createApplication.raw = bodyParser.raw;

createApplication.static = function (root, options) {
  if (!root) throw new TypeError('root path required');
  var index = options && options.index === false ? null : options && options.index || 'index.html';
  var dir = pathModule.resolve(root);
  return function (req, res, next) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    var rel;
    try { rel = decodeURIComponent(req.path); } catch (e) { return next(); }
    if (rel.split('/').indexOf('..') !== -1) return next();
    var full = pathModule.join(dir, rel);
    var stat;
    try { stat = fs.statSync(full); } catch (e) { return next(); }
    if (stat.isDirectory()) {
      if (!/\/$/.test(req.path)) {
        var target = req.originalUrl.split('?')[0] + '/';
        res.statusCode = 301;
        res.setHeader('Content-Type', 'text/html; charset=UTF-8');
        res.setHeader('Content-Security-Policy', "default-src 'none'");
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Location', target);
        return res.end(htmlDocument('Redirecting to ' + target).replace('<title>Error</title>', '<title>Redirecting</title>'));
      }
      if (!index) return next();
      full = pathModule.join(full, index);
      try { if (fs.statSync(full).isDirectory()) return next(); } catch (e) { return next(); }
    }
    extendResponse.serveFile(res, full, fs.readFileSync(full, 'utf8'));
  };
};

createApplication.Router = Router;
createApplication.application = {};
createApplication.request = {};
createApplication.response = {};

module.exports = createApplication;
`;
