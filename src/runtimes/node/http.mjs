// Node's `http` module inside QuickJS: createServer(handler).listen(port) serves on the container's
// network (the worker forwards requests as messages); request and response objects as Node has them.
// Sent into the VM as source text, so it uses nothing from outside.

/** Builds the http module over the worker's host calls. */
export function makeHttp(host, EventEmitter, Buffer) {
  // Node's http.STATUS_CODES, every code it names.
  const STATUS = { 100: "Continue", 101: "Switching Protocols", 102: "Processing", 103: "Early Hints", 200: "OK", 201: "Created", 202: "Accepted", 203: "Non-Authoritative Information", 204: "No Content", 205: "Reset Content", 206: "Partial Content", 207: "Multi-Status", 208: "Already Reported", 226: "IM Used", 300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified", 305: "Use Proxy", 307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable", 407: "Proxy Authentication Required", 408: "Request Timeout", 409: "Conflict", 410: "Gone", 411: "Length Required", 412: "Precondition Failed", 413: "Payload Too Large", 414: "URI Too Long", 415: "Unsupported Media Type", 416: "Range Not Satisfiable", 417: "Expectation Failed", 418: "I'm a Teapot", 421: "Misdirected Request", 422: "Unprocessable Entity", 423: "Locked", 424: "Failed Dependency", 425: "Too Early", 426: "Upgrade Required", 428: "Precondition Required", 429: "Too Many Requests", 431: "Request Header Fields Too Large", 451: "Unavailable For Legal Reasons", 500: "Internal Server Error", 501: "Not Implemented", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout", 505: "HTTP Version Not Supported", 506: "Variant Also Negotiates", 507: "Insufficient Storage", 508: "Loop Detected", 509: "Bandwidth Limit Exceeded", 510: "Not Extended", 511: "Network Authentication Required" };
  const servers = new Map();
  class ServerResponse extends EventEmitter {
    constructor(id) {
      super();
      this.id = id;
      this.statusCode = 200;
      this.statusMessage = undefined;
      this.headers = {};
      this.chunks = [];
      this.headersSent = false;
      this.writableEnded = false;
      this.finished = false;
    }
    setHeader(name, value) { this.headers[name.toLowerCase()] = [name, String(value)]; return this; }
    getHeader(name) { return this.headers[name.toLowerCase()]?.[1]; }
    getHeaders() { return Object.fromEntries(Object.entries(this.headers).map(([k, v]) => [k, v[1]])); }
    hasHeader(name) { return name.toLowerCase() in this.headers; }
    removeHeader(name) { delete this.headers[name.toLowerCase()]; }
    writeHead(status, message, headers) {
      this.statusCode = status;
      if (typeof message === 'string') this.statusMessage = message;
      else headers = message;
      for (const [k, v] of Object.entries(headers || {})) this.setHeader(k, v);
      this.headersSent = true;
      return this;
    }
    write(chunk) {
      this.headersSent = true;
      this.chunks.push(typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk));
      return true;
    }
    end(chunk, _encoding, cb) {
      if (this.writableEnded) return this;
      if (typeof chunk === 'function') cb = chunk;
      else if (chunk !== undefined && chunk !== null) this.write(chunk);
      this.writableEnded = this.finished = this.headersSent = true;
      const body = this.chunks.join('');
      const headers = { Date: new Date().toUTCString(), Connection: 'keep-alive', 'Keep-Alive': 'timeout=5' };
      for (const [name, value] of Object.values(this.headers)) headers[name] = value;
      if (!this.hasHeader('content-length') && !this.hasHeader('transfer-encoding')) headers['Content-Length'] = String(Buffer.byteLength(body));
      host('respond', this.id, { status: this.statusCode, statusText: this.statusMessage || STATUS[this.statusCode] || '', headers, body });
      this.emit('finish');
      if (typeof cb === 'function') cb();
      return this;
    }
  }
  class Server extends EventEmitter {
    constructor(handler) {
      super();
      if (handler) this.on('request', handler);
      this.port = undefined;
    }
    listen(...args) {
      const cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
      const port = typeof args[0] === 'object' && args[0] ? Number(args[0].port) : Number(args[0] ?? 0);
      this.port = port;
      servers.set(port, this);
      host('listen', port);
      if (cb) this.once('listening', cb);
      Promise.resolve().then(() => this.emit('listening'));
      return this;
    }
    address() { return { address: '::', family: 'IPv6', port: this.port }; }
    close(cb) {
      servers.delete(this.port);
      host('close', this.port);
      Promise.resolve().then(() => { this.emit('close'); if (cb) cb(); });
      return this;
    }
  }
  const http = {
    STATUS_CODES: STATUS,
    METHODS: ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT'],
    Server,
    ServerResponse,
    createServer: (options, handler) => new Server(typeof options === 'function' ? options : handler),
    __dispatch(port, id, request) {
      const server = servers.get(port);
      if (!server) return;
      const req = new EventEmitter();
      Object.assign(req, { method: request.method, url: request.path, headers: request.headers, httpVersion: '1.1', socket: { remoteAddress: request.remote }, connection: { remoteAddress: request.remote } });
      const res = new ServerResponse(id);
      res.req = req;
      server.emit('request', req, res);
      Promise.resolve().then(() => {
        if (request.body) req.emit('data', Buffer.from(request.body));
        req.emit('end');
      });
    },
  };
  return http;
}
