// Node's built-in modules as a learner's program uses them (fs, path, os, events, util, http, url,
// buffer, assert), built inside QuickJS over the worker's host calls. Sent into the VM as source text.

/** Returns the module table; `host(op, ...args)` calls the worker, throwing Node-style errors. */
export function nodeBuiltins(host, process, inspect, format) {
  const path = {
    sep: '/',
    delimiter: ':',
    normalize(p) {
      const abs = p.startsWith('/');
      const out = [];
      for (const part of p.split('/')) {
        if (!part || part === '.') continue;
        if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
        else if (part !== '..' || !abs) out.push(part);
      }
      return (abs ? '/' : '') + out.join('/') || (abs ? '/' : '.');
    },
    join: (...parts) => path.normalize(parts.filter(Boolean).join('/')),
    resolve: (...parts) => {
      let at = process.cwd();
      for (const p of parts) at = p.startsWith('/') ? p : `${at}/${p}`;
      return path.normalize(at);
    },
    dirname: (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) || '/' : '.'),
    basename: (p, ext) => {
      const b = p.replace(/\/+$/, '').split('/').pop();
      return ext && b.endsWith(ext) ? b.slice(0, -ext.length) : b;
    },
    extname: (p) => {
      const b = path.basename(p);
      return b.lastIndexOf('.') > 0 ? b.slice(b.lastIndexOf('.')) : '';
    },
    isAbsolute: (p) => p.startsWith('/'),
    relative: (from, to) => {
      const a = path.resolve(from).split('/').filter(Boolean);
      const b = path.resolve(to).split('/').filter(Boolean);
      while (a.length && b.length && a[0] === b[0]) {
        a.shift();
        b.shift();
      }
      return [...a.map(() => '..'), ...b].join('/');
    },
    parse: (p) => ({ root: p.startsWith('/') ? '/' : '', dir: path.dirname(p), base: path.basename(p), ext: path.extname(p), name: path.basename(p, path.extname(p)) }),
  };
  path.posix = path;
  const abs = (p) => path.resolve(String(p));
  const text = (data) => (typeof data === 'string' ? data : data && data.__bytes ? data.toString() : String(data));
  const stats = (s) => ({ size: s.size, isFile: () => !s.dir, isDirectory: () => s.dir, isSymbolicLink: () => false, mtime: new Date(), mtimeMs: Date.now() });
  const decode = (data, options) => ((typeof options === 'string' ? options : options && options.encoding) ? data : buffer.Buffer.from(data));
  const fs = {
    readFileSync: (p, options) => decode(host('fs', 'readFile', abs(p)), options),
    writeFileSync: (p, data) => void host('fs', 'writeFile', abs(p), text(data), false),
    appendFileSync: (p, data) => void host('fs', 'writeFile', abs(p), text(data), true),
    existsSync: (p) => { try { host('fs', 'stat', abs(p)); return true; } catch { return false; } },
    statSync: (p) => stats(host('fs', 'stat', abs(p))),
    lstatSync: (p) => stats(host('fs', 'stat', abs(p))),
    readdirSync: (p) => host('fs', 'readdir', abs(p)),
    mkdirSync: (p, o) => void host('fs', 'mkdir', abs(p), Boolean(o && o.recursive)),
    unlinkSync: (p) => void host('fs', 'remove', abs(p), false),
    rmSync: (p, o) => { try { host('fs', 'remove', abs(p), Boolean(o && o.recursive)); } catch (e) { if (!(o && o.force)) throw e; } },
    rmdirSync: (p) => void host('fs', 'remove', abs(p), false),
    renameSync: (a, b) => void host('fs', 'rename', abs(a), abs(b)),
    copyFileSync: (a, b) => void host('fs', 'writeFile', abs(b), host('fs', 'readFile', abs(a)), false),
  };
  const promisify = (fn) => (...args) => new Promise((resolve, reject) => { try { resolve(fn(...args)); } catch (e) { reject(e); } });
  fs.promises = Object.fromEntries(Object.entries(fs).filter(([k]) => k.endsWith('Sync')).map(([k, f]) => [k.replace(/Sync$/, ''), promisify(f)]));
  for (const [k, f] of Object.entries(fs)) {
    if (!k.endsWith('Sync')) continue;
    fs[k.replace(/Sync$/, '')] = (...args) => {
      const cb = typeof args[args.length - 1] === 'function' ? args.pop() : () => {};
      let result, error = null;
      try { result = f(...args); } catch (e) { error = e; }
      setTimeout(() => (k === 'existsSync' ? cb(result) : cb(error, result)), 0);
    };
  }
  class EventEmitter {
    on(event, fn) { ((this._events ??= {})[event] ??= []).push(fn); return this; }
    addListener(event, fn) { return this.on(event, fn); }
    once(event, fn) { const w = (...a) => { this.off(event, w); fn(...a); }; return this.on(event, w); }
    off(event, fn) { const l = this._events?.[event]; if (l) this._events[event] = l.filter((f) => f !== fn); return this; }
    removeListener(event, fn) { return this.off(event, fn); }
    removeAllListeners(event) { if (event) delete this._events?.[event]; else this._events = {}; return this; }
    emit(event, ...args) {
      const l = this._events?.[event];
      if (!l || !l.length) { if (event === 'error') throw args[0]; return false; }
      for (const f of [...l]) f.apply(this, args);
      return true;
    }
    listenerCount(event) { return this._events?.[event]?.length ?? 0; }
  }
  EventEmitter.EventEmitter = EventEmitter;
  class Buffer extends Uint8Array {
    static from(v, enc) {
      if (typeof v === 'string') {
        if (enc === 'base64') return Buffer.from([...atob(v)].map((c) => c.charCodeAt(0)));
        if (enc === 'hex') return Buffer.from(v.match(/../g)?.map((h) => parseInt(h, 16)) ?? []);
        const bytes = new TextEncoder().encode(v);
        const b = new Buffer(bytes.length);
        b.set(bytes);
        return b;
      }
      const b = new Buffer(v.length);
      b.set(v);
      return b;
    }
    static alloc(n) { return new Buffer(n); }
    static isBuffer(v) { return v instanceof Buffer; }
    static byteLength(s) { return new TextEncoder().encode(String(s)).length; }
    static concat(list) { return Buffer.from(list.flatMap((b) => [...b])); }
    get __bytes() { return true; }
    toString(enc) {
      if (enc === 'hex') return [...this].map((x) => x.toString(16).padStart(2, '0')).join('');
      if (enc === 'base64') return btoa(String.fromCharCode(...this));
      return new TextDecoder().decode(this);
    }
    toJSON() { return { type: 'Buffer', data: [...this] }; }
  }
  const buffer = { Buffer };
  const os = {
    EOL: '\n', platform: () => 'linux', type: () => 'Linux', arch: () => 'x64', release: () => '6.10.14-linuxkit',
    hostname: () => process.env.HOSTNAME || 'localhost', homedir: () => process.env.HOME || '/root', tmpdir: () => '/tmp',
    cpus: () => [{ model: 'Virtual CPU', speed: 2400 }, { model: 'Virtual CPU', speed: 2400 }], totalmem: () => 8 * 2 ** 30, freemem: () => 6 * 2 ** 30,
    userInfo: () => ({ username: process.env.USER || 'root', uid: 0, gid: 0, homedir: process.env.HOME || '/root', shell: '/bin/sh' }),
  };
  const util = { format, inspect, promisify: (fn) => (...a) => new Promise((res, rej) => fn(...a, (e, v) => (e ? rej(e) : res(v)))), inherits: (c, p) => Object.setPrototypeOf(c.prototype, p.prototype), types: {}, isDeepStrictEqual: (a, b) => JSON.stringify(a) === JSON.stringify(b) };
  const assert = (ok, message) => { if (!ok) { const e = new Error(message || 'The expression evaluated to a falsy value'); e.name = 'AssertionError'; e.code = 'ERR_ASSERTION'; throw e; } };
  assert.ok = assert;
  assert.equal = (a, b, m) => assert(a == b, m || `${inspect(a, 1)} == ${inspect(b, 1)}`);
  assert.strictEqual = (a, b, m) => assert(a === b, m || `Expected values to be strictly equal:\n\n${inspect(a, 1)} !== ${inspect(b, 1)}\n`);
  assert.deepStrictEqual = (a, b, m) => assert(JSON.stringify(a) === JSON.stringify(b), m || 'Expected values to be strictly deep-equal');
  const url = { URL: globalThis.URL, parse: (u) => { const m = /^(?:(\w+:)\/\/([^/:?#]*)(?::(\d+))?)?([^?#]*)(\?[^#]*)?/.exec(u) || []; return { protocol: m[1] || null, hostname: m[2] || null, port: m[3] || null, pathname: m[4] || '/', search: m[5] || null, query: (m[5] || '').slice(1), path: (m[4] || '/') + (m[5] || '') }; } };
  const http = globalThis.__makeHttp(host, EventEmitter, Buffer);
  const unsupported = (name) => new Proxy({}, { get(_, key) { if (key === '__esModule') return false; throw new Error(`${name}.${String(key)} is not supported in the workbook`); } });
  return { fs, path, os, events: EventEmitter, util, buffer, assert, url, http, child_process: unsupported('child_process'), net: unsupported('net'), 'fs/promises': fs.promises, timers: { setTimeout: (...a) => globalThis.setTimeout(...a), setInterval: (...a) => globalThis.setInterval(...a), clearTimeout: (t) => globalThis.clearTimeout(t), clearInterval: (t) => globalThis.clearInterval(t) } };
}
