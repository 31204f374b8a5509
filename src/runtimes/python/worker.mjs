// One Python process: MicroPython (WebAssembly) in a worker of its own, so Ctrl-C or a budget can
// end it (the host terminates the worker) and nothing it does can hang the engine's thread.
// It loads MicroPython and runs the prelude while it waits as a spare; the host (../process-host.ts)
// then sends `start` with the program, the environment and a snapshot of the container's files, and
// this answers with output, `listen` for servers, and `exit` with the file changes.
import { loadMicroPython } from '@micropython/micropython-webassembly-pyscript';
import { listen, outputStream, send, wasmLocation } from '../channel.mjs';
import { changes, loadSnapshot } from './emfs.mjs';
import { PRELUDE } from './prelude.mjs';

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
}).then((loaded) => {
  loaded.registerJsModule('_wbhost', host);
  loaded.runPython(PRELUDE);
  return loaded;
});
let mp;
let files;

function flushAll() {
  stdout.flush();
  stderr.flush();
}

function finish(result) {
  flushAll();
  send({ type: 'exit', code: result.code, traceback: result.traceback ?? null, changes: changes(files) });
}

// Runs Python text; a raw traceback (MicroPython's words) goes to the host, which rewrites it as CPython's.
function run(code) {
  mp.runPython(code);
  const result = JSON.parse(mp.globals.get('_wb_result') ?? '{"code":0}');
  if (result.serving) {
    flushAll();
    send({ type: 'serving', changes: changes(files) });
  } else if (result.repl) {
    flushAll();
    send({ type: 'evaluated', traceback: result.traceback ?? null, code: result.code ?? null, changes: changes(files) });
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
    files = loadSnapshot(mp.FS, message.snapshot);
    mp.globals.set('_wb_cfg', JSON.stringify(message.config));
    mp.runPython('_wb_configure(_wb_cfg)');
    run(message.main);
  } else if (message.type === 'eval') {
    run(message.code);
  } else if (message.type === 'request') {
    const handler = handlers.get(message.port);
    const answer = JSON.parse(handler(JSON.stringify(message.request)));
    flushAll();
    send({ type: 'response', id: message.id, response: answer, changes: changes(files) });
  }
});

loading.then(
  () => send({ type: 'ready' }),
  (error) => send({ type: 'failed', message: String(error?.message ?? error) }),
);
