// The worker side of a runtime process's message channel, the same in a browser Worker and a Node
// worker_threads Worker: `listen` gets the host's messages, `send` answers (see ../process-host.ts).
const isNode = typeof process === 'object' && typeof process.versions?.node === 'string' && typeof self === 'undefined';
const port = isNode ? (await import(/* @vite-ignore */ 'node:' + 'worker_threads')).parentPort : self;

/** Posts one message to the host. */
export function send(message, transfer) {
  port.postMessage(message, transfer ?? []);
}

/** Calls `handler` with each message from the host. */
export function listen(handler) {
  if (isNode) port.on('message', handler);
  else port.onmessage = (event) => handler(event.data);
}

/** Where a wasm file next to a package is, as the runtime's loader wants it (a path in Node, a URL in a browser). */
export function wasmLocation(url) {
  return isNode ? decodeURIComponent(url.pathname) : url.href;
}

/** Collects a stream's bytes and sends them in chunks: at a newline once 20 ms passed, at 4 KiB, and on flush. */
export function outputStream(fd) {
  let bytes = [];
  let last = Date.now();
  const decoder = new TextDecoder();
  const flush = () => {
    if (!bytes.length) return;
    send({ type: 'out', fd, text: decoder.decode(new Uint8Array(bytes), { stream: true }) });
    bytes = [];
    last = Date.now();
  };
  return {
    byte(c) {
      bytes.push(c);
      if (bytes.length >= 4096 || (c === 10 && Date.now() - last > 20)) flush();
    },
    flush,
  };
}
