// express@4's Router as npm installs it (lib/router.js): layers matched in order, Express 4's path
// syntax (`/users/:id`, `:id?`, `*`, case-insensitive, trailing slash optional), next()/next(err)
// and (err, req, res, next) handlers. Written for the workbook; runs inside the QuickJS node runtime.

/** node_modules/express/lib/router.js */
export const EXPRESS_ROUTER_JS = String.raw`'use strict';

var METHODS = ['get', 'post', 'put', 'delete', 'patch', 'options', 'head'];

function compile(path, end) {
  if (path instanceof RegExp) return { regexp: path, keys: [] };
  var keys = [];
  var source = String(path).replace(/\/+$/, '');
  var pattern = source.replace(/[.+^$|()\[\]{}]/g, '\\$&')
    .replace(/(\\\.)?(\/)?:(\w+)(\?)?/g, function (_, dot, slash, name, optional) {
      keys.push({ name: name, optional: Boolean(optional) });
      var pre = (slash || '') + (dot ? '\\.' : '');
      return optional ? '(?:' + pre + '([^/]+?))?' : pre + '([^/]+?)';
    })
    .replace(/\*/g, function () { keys.push({ name: keys.length, optional: false }); return '(.*)'; });
  return { regexp: new RegExp('^' + pattern + (end ? '\\/?$' : '(?=\\/|$)'), 'i'), keys: keys };
}

function decode(value) {
  try { return decodeURIComponent(value); } catch (e) { var err = new Error("Failed to decode param '" + value + "'"); err.status = 400; throw err; }
}

function Layer(path, fn, end, method) {
  this.path = path;
  this.fn = fn;
  this.method = method;
  this.end = end;
  this.fast = path === '/' && !end;
  var c = compile(path, end);
  this.regexp = c.regexp;
  this.keys = c.keys;
}

Layer.prototype.match = function (pathname) {
  if (this.fast) { this.params = {}; this.matched = ''; return true; }
  var m = this.regexp.exec(pathname);
  if (!m) return false;
  this.params = {};
  this.matched = m[0];
  for (var i = 0; i < this.keys.length; i++) {
    if (m[i + 1] !== undefined) this.params[this.keys[i].name] = decode(m[i + 1]);
  }
  return true;
};

function pathnameOf(url) {
  var q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
}

function Router(options) {
  function router(req, res, next) { router.handle(req, res, next); }
  Object.setPrototypeOf(router, Router.prototype);
  router.stack = [];
  router.params = {};
  router.mergeParams = Boolean(options && options.mergeParams);
  return router;
}

Router.prototype = Object.create(Function.prototype);

Router.prototype.use = function () {
  var args = Array.prototype.slice.call(arguments);
  var path = typeof args[0] === 'function' || Array.isArray(args[0]) && typeof args[0][0] === 'function' ? '/' : args.shift();
  var fns = args.flat(Infinity);
  if (!fns.length) throw new TypeError('Router.use() requires a middleware function');
  for (var i = 0; i < fns.length; i++) {
    if (typeof fns[i] !== 'function') throw new TypeError('Router.use() requires a middleware function but got a ' + (fns[i] === null ? 'Null' : typeof fns[i]));
    this.stack.push(new Layer(path, fns[i], false, undefined));
  }
  return this;
};

Router.prototype.route = function (path) {
  var self = this;
  var route = {};
  METHODS.concat(['all']).forEach(function (method) {
    route[method] = function () { self[method].apply(self, [path].concat(Array.prototype.slice.call(arguments))); return route; };
  });
  return route;
};

METHODS.concat(['all']).forEach(function (method) {
  Router.prototype[method] = function (path) {
    var fns = Array.prototype.slice.call(arguments, 1).flat(Infinity);
    var route = { path: path };
    for (var i = 0; i < fns.length; i++) {
      if (typeof fns[i] !== 'function') throw new Error('Route.' + method + '() requires a callback function but got a [object ' + (fns[i] === undefined ? 'Undefined' : typeof fns[i]) + ']');
      var layer = new Layer(path, fns[i], true, method === 'all' ? undefined : method.toUpperCase());
      layer.route = route;
      this.stack.push(layer);
    }
    return this;
  };
});

Router.prototype.handle = function (req, res, done) {
  var stack = this.stack;
  var idx = 0;
  var removed = '';
  var savedUrl = req.url;
  var parentUrl = req.baseUrl || '';
  var parentParams = req.params;
  var mergeParams = this.mergeParams;
  var current;
  function restore() {
    if (removed) { req.url = savedUrl; req.baseUrl = parentUrl; removed = ''; }
  }
  function next(err) {
    restore();
    // next('route') skips the rest of the current route's handlers.
    var skip = err === 'route' && current ? current.route : undefined;
    if (err === 'route') err = undefined;
    if (err === 'router') { setTimeout(function () { done(); }, 0); return; }
    var pathname = pathnameOf(req.url);
    while (idx < stack.length) {
      var layer = stack[idx++];
      if (skip && layer.route === skip) continue;
      if (!layer.match(pathname)) continue;
      var method = req.method === 'HEAD' && layer.method === 'GET' ? 'GET' : req.method;
      if (layer.method && layer.method !== method) continue;
      var isErrorHandler = layer.fn.length === 4;
      if (err ? !isErrorHandler : isErrorHandler) continue;
      current = layer;
      req.params = mergeParams ? Object.assign({}, parentParams, layer.params) : layer.params;
      if (!layer.end && layer.matched) {
        removed = layer.matched.replace(/\/$/, '');
        savedUrl = req.url;
        req.baseUrl = parentUrl + removed;
        req.url = req.url.slice(removed.length) || '/';
        if (req.url[0] !== '/') req.url = '/' + req.url;
      }
      try {
        if (err) layer.fn(err, req, res, next);
        else layer.fn(req, res, next);
      } catch (e) {
        next(e);
      }
      return;
    }
    done(err);
  }
  next();
};

module.exports = Router;
`;
