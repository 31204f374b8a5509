// One Node.js process: JavaScript on QuickJS (WebAssembly) in a worker of its own, so Ctrl-C or a
// budget can end it by terminating the worker. Node's globals and modules are built inside the VM
// (bootstrap.mjs, builtins.mjs, http.mjs) while the worker waits as a spare, so a run pays only for
// its own code; this file is the event loop: timers, requests, exit.
import { newQuickJSWASMModuleFromVariant, newVariant } from 'quickjs-emscripten-core';
import variant from '@jitl/quickjs-wasmfile-release-sync';
import { listen, send, wasmLocation } from '../channel.mjs';
import { MemoryFiles, normalize } from './memfs.mjs';
import { bootstrap } from './bootstrap.mjs';
import { nodeBuiltins } from './builtins.mjs';
import { makeHttp } from './http.mjs';
import { makeInspect } from './inspect.mjs';

let started = Date.now();
let vm;
let files;
let cwd = '/';
let exited = false;
const timers = new Map();
const ports = new Set();

function exit(code, uncaught) {
  if (exited) return;
  exited = true;
  for (const t of timers.values()) clearTimeout(t);
  send({ type: 'exit', code, traceback: uncaught ? JSON.stringify(uncaught) : null, changes: files.changes() });
}

const ops = {
  write: (fd, text) => send({ type: 'out', fd, text }),
  cwd: () => cwd,
  chdir: (dir) => (files.stat(dir).ok?.dir ? void (cwd = normalize(dir.startsWith('/') ? dir : `${cwd}/${dir}`)) : files.fail('ENOENT', 'chdir', dir)),
  now: () => Date.now(),
  uptime: () => (Date.now() - started) / 1000,
  exit: (code) => {
    call(`__emitExit(${Number(code) | 0})`);
    exit(Number(code) & 255);
  },
  fs: (method, ...args) => files[method](...args),
  timer: (id, ms) => timers.set(id, setTimeout(() => {
    timers.delete(id);
    turn(`__fireTimer(${id})`);
  }, ms)),
  clearTimer: (id) => {
    clearTimeout(timers.get(id));
    timers.delete(id);
  },
  listen: (port) => {
    ports.add(port);
    send({ type: 'listen', port });
  },
  close: (port) => ports.delete(port),
  respond: (id, response) => send({ type: 'response', id, response, changes: files.changes() }),
};

// An uncaught error as V8 would describe it (bootstrap's __describe: its name, message in V8's words,
// frames, and the errno/code/syscall/path Node prints); disposes the handle.
function describe(handle) {
  const fn = vm.getProp(vm.global, '__describe');
  const result = vm.callFunction(fn, vm.undefined, handle);
  fn.dispose();
  handle.dispose();
  if (result.error) {
    result.error.dispose();
    return { value: 'uncaught exception' };
  }
  const text = vm.getString(result.value);
  result.value.dispose();
  return JSON.parse(text);
}

// Evaluates code in the VM; an uncaught error ends the process as Node does (status 1, the report to stderr).
function call(code) {
  const result = vm.evalCode(code, 'node:internal');
  if (result.error) {
    const described = describe(result.error);
    if (!exited) exit(1, described);
    return undefined;
  }
  const value = vm.dump(result.value);
  result.value.dispose();
  return value;
}

// One turn of the event loop: run, settle promises, and end the process when nothing is left to wait for.
function turn(code) {
  if (exited) return;
  call(code);
  for (let r = vm.runtime.executePendingJobs(); !exited; r = vm.runtime.executePendingJobs()) {
    if (r.error) {
      exit(1, describe(r.error));
      return;
    }
    if (r.value === 0) break;
  }
  if (!exited && timers.size === 0 && ports.size === 0) {
    call(`__emitExit(process.exitCode ?? 0)`);
    exit(Number(call('process.exitCode ?? 0')) & 255);
  } else if (!exited && ports.size) send({ type: 'serving', changes: files.changes() });
}

// A fresh VM with Node's globals, made before any process asks for it.
function prepare(QuickJS) {
  vm = QuickJS.newContext();
  vm.runtime.setMemoryLimit(256 * 1024 * 1024);
  vm.runtime.setMaxStackSize(1024 * 1024);
  const hostFn = vm.newFunction('__host', (opH, argsH) => {
    const answer = ops[vm.getString(opH)](...JSON.parse(vm.getString(argsH)));
    return vm.newString(JSON.stringify(answer === undefined ? null : answer));
  });
  const compileFn = vm.newFunction('__compile', (srcH, nameH) => vm.unwrapResult(vm.evalCode(vm.getString(srcH), vm.getString(nameH))));
  vm.setProp(vm.global, '__host', hostFn);
  vm.setProp(vm.global, '__compile', compileFn);
  hostFn.dispose();
  compileFn.dispose();
  const result = vm.evalCode(`globalThis.__makeHttp = (${makeHttp});\n(${bootstrap})(__host, __compile, ${JSON.stringify(String(nodeBuiltins))}, ${JSON.stringify(String(makeInspect))});`, 'node:internal');
  if (result.error) {
    const error = vm.dump(result.error);
    result.error.dispose();
    throw new Error(`Node's globals failed to start: ${error?.message ?? error}`);
  }
  result.value.dispose();
}

const loading = newQuickJSWASMModuleFromVariant(newVariant(variant, { wasmLocation: wasmLocation(new URL('../../../node_modules/@jitl/quickjs-wasmfile-release-sync/dist/emscripten-module.wasm', import.meta.url)) })).then(prepare);

listen(async (message) => {
  if (message.type === 'start') {
    await loading;
    files = new MemoryFiles(message.snapshot);
    cwd = message.config.cwd;
    started = Date.now();
    call(`__configure(${JSON.stringify(JSON.stringify(message.config))})`);
    turn(message.main);
  } else if (message.type === 'request') {
    turn(`__dispatch(${Number(message.port)}, ${Number(message.id)}, ${JSON.stringify(message.request)})`);
  }
});

loading.then(
  () => send({ type: 'ready' }),
  (error) => send({ type: 'failed', message: String(error?.message ?? error) }),
);
