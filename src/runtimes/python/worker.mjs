// One Python process: MicroPython (WebAssembly) in a worker of its own, so Ctrl-C or a budget can
// end it (the host terminates the worker) and nothing it does can hang the engine's thread.
// The host (../process-host.ts) sends `start` with the program, the environment and a snapshot of the
// container's files; this answers with output, `listen` for servers, and `exit` with the file changes.
import { loadMicroPython } from '@micropython/micropython-webassembly-pyscript';
import { listen, outputStream, send, wasmLocation } from '../channel.mjs';
import { changes, loadSnapshot } from './emfs.mjs';

const stdout = outputStream(1);
const stderr = outputStream(2);
const handlers = new Map();
const loading = loadMicroPython({
  url: wasmLocation(new URL('../../../node_modules/@micropython/micropython-webassembly-pyscript/micropython.wasm', import.meta.url)),
  stdout: stdout.byte,
  stderr: stderr.byte,
  linebuffer: false,
  heapsize: 32 * 1024 * 1024,
  pystack: 16 * 1024,
});
let mp;
let files;
let roots = ['/'];

function flushAll() {
  stdout.flush();
  stderr.flush();
}

function finish(result) {
  flushAll();
  send({ type: 'exit', code: result.code, traceback: result.traceback ?? null, changes: changes(mp.FS, files, roots) });
}

// Runs Python text; a raw traceback (MicroPython's words) goes to the host, which rewrites it as CPython's.
function run(code) {
  mp.runPython(code);
  const result = JSON.parse(mp.globals.get('_wb_result') ?? '{"code":0}');
  if (result.serving) {
    flushAll();
    send({ type: 'serving', changes: changes(mp.FS, files, roots) });
  } else if (result.repl) {
    flushAll();
    send({ type: 'evaluated', traceback: result.traceback ?? null, code: result.code ?? null, changes: changes(mp.FS, files, roots) });
  } else finish(result);
}

const host = {
  listen(port, handler) {
    handlers.set(port, handler);
    send({ type: 'listen', port });
  },
};

listen(async (message) => {
  if (message.type === 'start') {
    mp = await loading;
    roots = message.roots;
    files = loadSnapshot(mp.FS, message.snapshot);
    mp.registerJsModule('_wbhost', host);
    mp.globals.set('_wb_cfg', JSON.stringify(message.config));
    mp.runPython(message.prelude);
    run(message.main);
  } else if (message.type === 'eval') {
    run(message.code);
  } else if (message.type === 'request') {
    const handler = handlers.get(message.port);
    const answer = JSON.parse(handler(JSON.stringify(message.request)));
    flushAll();
    send({ type: 'response', id: message.id, response: answer, changes: changes(mp.FS, files, roots) });
  }
});

loading.then(
  () => send({ type: 'ready' }),
  (error) => send({ type: 'failed', message: String(error?.message ?? error) }),
);
