// The Node.js globals a learner's program sees, built inside QuickJS: process, console, require (the
// built-in modules from builtins.mjs, relative files and node_modules packages), module/exports,
// timers. These functions are sent into the VM as source text, so they use nothing from outside.
// A spare worker runs this before it has a process; `__configure` then gives the process its own
// environment, argv and terminal.

/** Installs the globals; `call(op, args)` is the worker's one host function (JSON in, JSON out); the sources are builtins.mjs's and inspect.mjs's. */
export function bootstrap(call, compile, builtinsSource, inspectSource) {
  let config = { env: {}, argv: [], pid: 1, version: '', tty: false, columns: 80, main: '[eval]' };
  // QuickJS has no TextEncoder/TextDecoder: UTF-8 both ways, as the web platform's do.
  globalThis.TextEncoder = class TextEncoder {
    encode(text = '') {
      const out = [];
      for (const ch of String(text)) {
        const c = ch.codePointAt(0);
        if (c < 0x80) out.push(c);
        else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
        else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
        else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      }
      return new Uint8Array(out);
    }
  };
  globalThis.TextDecoder = class TextDecoder {
    decode(bytes = new Uint8Array()) {
      let out = '';
      for (let i = 0; i < bytes.length; ) {
        const b = bytes[i];
        const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        let c = n === 1 ? b : b & (0xff >> (n + 1));
        for (let k = 1; k < n; k++) c = (c << 6) | (bytes[i + k] & 63);
        out += String.fromCodePoint(c);
        i += n;
      }
      return out;
    }
  };
  // Nor btoa/atob (Node has both as globals; Buffer's base64 uses them).
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  globalThis.btoa = (text) => {
    const s = String(text);
    let out = '';
    for (let i = 0; i < s.length; i += 3) {
      const [a, b, c] = [s.charCodeAt(i), s.charCodeAt(i + 1), s.charCodeAt(i + 2)];
      const n = (a << 16) | ((b || 0) << 8) | (c || 0);
      out += B64[n >> 18] + B64[(n >> 12) & 63] + (i + 1 < s.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < s.length ? B64[n & 63] : '=');
    }
    return out;
  };
  globalThis.atob = (text) => {
    const s = String(text).replace(/[\s=]/g, '');
    let out = '';
    for (let i = 0; i < s.length; i += 4) {
      const n = [0, 1, 2, 3].reduce((acc, k) => (acc << 6) | Math.max(0, B64.indexOf(s[i + k] || 'A')), 0);
      out += String.fromCharCode(n >> 16) + (i + 2 < s.length ? String.fromCharCode((n >> 8) & 255) : '') + (i + 3 < s.length ? String.fromCharCode(n & 255) : '');
    }
    return out;
  };
  const host = (op, ...args) => {
    const answer = JSON.parse(call(op, JSON.stringify(args)) || 'null');
    if (answer && answer.error) {
      const e = new Error(answer.error.message);
      Object.assign(e, answer.error);
      throw e;
    }
    return answer && typeof answer === 'object' && 'ok' in answer ? answer.ok : answer;
  };
  // Errors as V8 shows them: `stack` starts with `Name: message` (read when first asked for, as V8
  // does) and its frames name the module code `Object.<anonymous>` (none in [eval]); QuickJS's columns
  // (on the wrapper's line, at `(` of `new X(`, at `.` of `a.b`) moved to where V8 puts them.
  const sources = {};
  const WRAP = '(function __wb_module(exports, require, module, __filename, __dirname) {';
  const column = (file, line, col) => {
    const text = (sources[file] || '').split('\n')[line - 1];
    let c = line === 1 && sources[file] !== undefined ? col - WRAP.length : col;
    if (text === undefined) return c;
    const before = text.slice(0, c - 1);
    const made = /new\s+[\w$.]+\s*$/.exec(before);
    const callee = /[\w$]+\s*$/.exec(before);
    if (text[c - 1] === '(' && made) c = made.index + 1;
    else if (text[c - 1] === '(' && callee) c = callee.index + 1;
    else if (text[c - 1] === '.' || (text[c - 1] === '?' && text[c] === '.')) c += text[c - 1] === '.' ? 1 : 2;
    return c;
  };
  const v8Frames = (stack) => String(stack || '').split('\n').map((line) => {
    const m = /^\s*at (?:(.*?) \()?([^()]+?):(\d+):(\d+)\)?$/.exec(line);
    if (!m || m[2].startsWith('node:')) return undefined;
    if (/^\s*at [^(]*:\d+:\d+$/.test(line)) return line;
    const name = m[1] === '__wb_module' ? (m[2] === '[eval]' ? '' : 'Object.<anonymous>') : !m[1] || m[1] === '<anonymous>' ? '' : m[1];
    const where = `${m[2]}:${m[3]}:${column(m[2], Number(m[3]), Number(m[4]))}`;
    return `    at ${name ? `${name} (${where})` : where}`;
  }).filter(Boolean);
  const V8_WORDS = [[/^cannot read property '(.*)' of (null|undefined)$/, "Cannot read properties of $2 (reading '$1')"], [/^'(.*)' is not defined$/, '$1 is not defined'], [/^cannot set property '(.*)' of (null|undefined)$/, "Cannot set properties of $2 (setting '$1')"]];
  const v8Message = (e) => {
    for (const [from, to] of V8_WORDS) if (typeof e.message === 'string' && from.test(e.message)) e.message = e.message.replace(from, to);
    return e.message;
  };
  const v8Stack = (e) => {
    const raw = e.stack === undefined ? '' : String(e.stack);
    if (raw && !/^\s+at /.test(raw)) return raw.replace(/\n$/, '');
    const message = v8Message(e);
    return [`${e.name}${message === undefined || message === '' ? '' : `: ${message}`}`, ...v8Frames(raw)].join('\n');
  };
  const lazyStack = (e) => {
    const raw = e.stack;
    let text;
    Object.defineProperty(e, 'stack', {
      get: () => (text === undefined ? (text = v8Stack({ name: e.name, message: e.message, stack: raw })) : text),
      set: (v) => void (text = v),
      configurable: true,
      enumerable: false,
    });
    return e;
  };
  for (const name of ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError']) {
    const Native = globalThis[name];
    globalThis[name] = new Proxy(Native, {
      construct: (target, args, newTarget) => lazyStack(Reflect.construct(target, args, newTarget)),
      apply: (target, self, args) => lazyStack(Reflect.construct(target, args)),
    });
  }
  Error.captureStackTrace = (target) => {
    const raw = new globalThis.Error('').stack;
    Object.defineProperty(target, 'stack', { value: `${target.name}${target.message ? `: ${target.message}` : ''}\n${raw.split('\n').slice(2).join('\n')}`, writable: true, configurable: true });
  };
  globalThis.__describe = (e) => {
    if (!e || typeof e !== 'object') return JSON.stringify({ value: String(e) });
    const stack = v8Stack(e);
    return JSON.stringify({ name: e.name, message: e.message, stack: stack.split('\n').filter((l) => /^\s+at /.test(l)).join('\n'), code: e.code, errno: e.errno, syscall: e.syscall, path: e.path });
  };
  const inspect = (0, eval)('(' + inspectSource + ')')(v8Stack);
  const format = (...args) => {
    let first = args.length && typeof args[0] === 'string' ? args.shift() : undefined;
    if (first !== undefined) {
      first = first.replace(/%[sdifjoO%]/g, (m) => {
        if (m === '%%') return '%';
        if (!args.length) return m;
        const v = args.shift();
        if (m === '%d' || m === '%i') return String(m === '%i' ? Math.trunc(Number(v)) : Number(v));
        if (m === '%f') return String(Number(v));
        if (m === '%j') return JSON.stringify(v);
        return typeof v === 'string' && m === '%s' ? v : inspect(v);
      });
    }
    return [...(first === undefined ? [] : [first]), ...args.map((a) => (typeof a === 'string' ? a : inspect(a)))].join(' ');
  };
  const write = (fd) => (text) => {
    host('write', fd, String(text));
    return true;
  };
  // process.nextTick's queue runs when the current task (the main module, a timer, a request) ends,
  // before promise callbacks, as Node's does; one queued from a promise callback runs after it.
  const ticks = [];
  let inTask = false;
  const drainTicks = () => {
    while (ticks.length) ticks.shift()();
  };
  const task = (fn) => (...args) => {
    inTask = true;
    try {
      return fn(...args);
    } finally {
      inTask = false;
      drainTicks();
    }
  };
  const listeners = {};
  const process = {
    argv0: 'node',
    execArgv: [],
    execPath: '/usr/local/bin/node',
    platform: 'linux',
    arch: 'x64',
    exitCode: undefined,
    title: 'node',
    stdout: { write: write(1) },
    stderr: { write: write(2) },
    stdin: {},
    cwd: () => host('cwd'),
    chdir: (dir) => host('chdir', dir),
    exit: (code) => host('exit', code === undefined ? (process.exitCode ?? 0) : Number(code)),
    on(event, handler) {
      (listeners[event] = listeners[event] || []).push(handler);
      return process;
    },
    once(event, handler) {
      return process.on(event, handler);
    },
    emit(event, ...args) {
      for (const h of listeners[event] || []) h(...args);
      return Boolean(listeners[event]);
    },
    nextTick: (fn, ...args) => {
      ticks.push(() => fn(...args));
      if (!inTask) Promise.resolve().then(drainTicks);
    },
    hrtime: Object.assign(() => [Math.floor(host('now') / 1000), (host('now') % 1000) * 1e6], { bigint: () => BigInt(Math.round(host('now') * 1e6)) }),
    uptime: () => host('uptime'),
    memoryUsage: () => ({ rss: 30_000_000, heapTotal: 6_000_000, heapUsed: 4_000_000, external: 1_000_000, arrayBuffers: 10_000 }),
  };
  const out = (fd) => (...args) => host('write', fd, format(...args) + '\n');
  const counts = {};
  const timers = {};
  const console = {
    log: out(1), info: out(1), debug: out(1), error: out(2), warn: out(2), trace: out(2),
    dir: (v, options) => host('write', 1, inspect(v, options) + '\n'),
    table: (v) => host('write', 1, inspect(v, 1) + '\n'),
    count: (label = 'default') => host('write', 1, `${label}: ${(counts[label] = (counts[label] || 0) + 1)}\n`),
    time: (label = 'default') => void (timers[label] = host('now')),
    timeEnd: (label = 'default') => host('write', 1, `${label}: ${(host('now') - timers[label]).toFixed(3)}ms\n`),
    assert: (ok, ...args) => ok || host('write', 2, 'Assertion failed' + (args.length ? ': ' + format(...args) : '') + '\n'),
  };
  const callbacks = new Map();
  let nextTimer = 1;
  const schedule = (repeat) => (fn, ms, ...args) => {
    const id = nextTimer++;
    callbacks.set(id, { fn: () => fn(...args), repeat, ms: Math.max(0, Number(ms) || 0) });
    host('timer', id, Math.max(0, Number(ms) || 0));
    return { id, ref() { return this; }, unref() { return this; }, hasRef: () => true, [Symbol.toPrimitive]: () => id };
  };
  const clear = (t) => {
    const id = typeof t === 'object' && t ? t.id : t;
    if (callbacks.delete(id)) host('clearTimer', id);
  };
  const cache = {};
  const builtins = (0, eval)('(' + builtinsSource + ')')(host, process, inspect, format);
  const resolveFile = (path) => {
    for (const p of [path, path + '.js', path + '.json', path + '/index.js']) {
      const st = (() => { try { return host('fs', 'stat', p); } catch { return undefined; } })();
      if (st && !st.dir) return p;
    }
    try {
      const pkg = JSON.parse(host('fs', 'readFile', path + '/package.json'));
      if (pkg.main) return resolveFile(builtins.path.resolve(path, pkg.main));
    } catch { /* no package.json */ }
    return undefined;
  };
  const makeRequire = (dir) => {
    const require = (name) => {
      const bare = name.replace(/^node:/, '');
      if (builtins[bare] && !name.startsWith('.') && !name.startsWith('/')) return builtins[bare];
      let file;
      if (name.startsWith('./') || name.startsWith('../') || name.startsWith('/')) file = resolveFile(builtins.path.resolve(dir, name));
      else for (let d = dir; !file; d = builtins.path.dirname(d)) {
        file = resolveFile(`${d === '/' ? '' : d}/node_modules/${name}`);
        if (d === '/') break;
      }
      if (!file) {
        const e = new Error(`Cannot find module '${name}'\nRequire stack:\n- ${config.main}`);
        e.code = 'MODULE_NOT_FOUND';
        throw e;
      }
      return load(file);
    };
    require.resolve = (name) => name;
    require.cache = cache;
    return require;
  };
  const load = (file) => {
    if (cache[file]) return cache[file].exports;
    const module = { exports: {}, filename: file, id: file, loaded: false, children: [], paths: [] };
    cache[file] = module;
    const source = host('fs', 'readFile', file);
    if (file.endsWith('.json')) module.exports = JSON.parse(source);
    else {
      sources[file] = source.replace(/^#!.*/, '');
      const wrapped = compile(`${WRAP}${sources[file]}\n})`, file);
      wrapped.call(module.exports, module.exports, makeRequire(builtins.path.dirname(file)), module, file, builtins.path.dirname(file));
    }
    module.loaded = true;
    return module.exports;
  };
  Object.assign(globalThis, {
    process, console, global: globalThis, Buffer: builtins.buffer.Buffer,
    setTimeout: schedule(false), setInterval: schedule(true), setImmediate: (fn, ...a) => schedule(false)(fn, 0, ...a),
    clearTimeout: clear, clearInterval: clear, clearImmediate: clear, queueMicrotask: (fn) => Promise.resolve().then(fn),
    structuredClone: (v) => JSON.parse(JSON.stringify(v)),
    __fireTimer: task((id) => {
      const t = callbacks.get(id);
      if (!t) return;
      if (t.repeat) host('timer', id, t.ms);
      else callbacks.delete(id);
      t.fn();
    }),
    __dispatch: task(builtins.http.__dispatch),
    __runMain: task((file) => {
      load(file);
    }),
    __runSource: task((source, name) => {
      sources[name] = source;
      const wrapped = compile(`${WRAP}${source}\n})`, name);
      const module = { exports: {} };
      return wrapped.call(module.exports, module.exports, makeRequire(host('cwd')), module, name, '.');
    }),
    __emitExit(code) {
      process.emit('exit', code);
    },
    __configure(configJson) {
      config = JSON.parse(configJson);
      const tty = config.tty || undefined;
      Object.assign(process, { env: config.env, argv: config.argv, pid: config.pid, version: 'v' + config.version });
      process.versions = { node: config.version, v8: '12.4.254.21-node.33', uv: '1.49.2', modules: '127' };
      Object.assign(process.stdout, { isTTY: tty, columns: config.columns });
      process.stderr.isTTY = tty;
      process.stdin.isTTY = tty;
      delete globalThis.__configure;
    },
  });
}
