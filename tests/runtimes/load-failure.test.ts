// A runtime that cannot be loaded says so in one line, exits 1, and the next run works (issue 15 §6):
// its chunk not fetched (offline), its worker failing as the WebAssembly starts, or the worker dying.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { lazyRuntime } from '../../src/runtimes/lazy.ts';
import { makePython } from '../../src/runtimes/python/program.ts';
import { makeNode } from '../../src/runtimes/node/program.ts';
import { closeSpareWorkers } from '../../src/runtimes/process-host.ts';
import type { WorkerEndpoint, WorkerMessage } from '../../src/runtimes/spawn.ts';
import { machine } from '../shell/programs/machine.ts';

// While `failure.kind` is set, every new runtime worker fails that way instead of loading.
const failure = vi.hoisted(() => ({ kind: '' as '' | 'init' | 'crash', message: '' }));

vi.mock('../../src/runtimes/spawn.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/runtimes/spawn.ts')>();
  // A worker that reports `failed` as it loads (the WebAssembly throwing), or errors once started.
  const broken = (): WorkerEndpoint => {
    let onMessage: (m: WorkerMessage) => void = () => undefined;
    let onError: (m: string) => void = () => undefined;
    const { kind, message } = failure;
    return {
      post: (m) => {
        if (kind === 'crash' && (m as WorkerMessage).type === 'start') setTimeout(() => onError(message));
      },
      onMessage: (h) => {
        onMessage = h;
        setTimeout(() => onMessage(kind === 'init' ? { type: 'failed', message } : { type: 'ready' }));
      },
      onError: (h) => void (onError = h),
      onExit: () => undefined,
      terminate: () => undefined,
      hold: () => undefined,
    };
  };
  return { ...actual, spawnRuntime: (kind: 'python' | 'node') => (failure.kind ? Promise.resolve(broken()) : actual.spawnRuntime(kind)) };
});

afterEach(async () => {
  failure.kind = '';
  await closeSpareWorkers();
});
afterAll(() => closeSpareWorkers());

function box() {
  const m = machine({ env: { PYTHON_VERSION: '3.12.9', NODE_VERSION: '22.14.0' }, cwd: '/' });
  return m;
}

describe('a runtime that cannot be loaded', () => {
  it('says its chunk could not be fetched, exits 1, and loads on the next run', async () => {
    let attempts = 0;
    const python = lazyRuntime('python', async () => {
      if (attempts++ === 0) throw new TypeError('Failed to fetch dynamically imported module: http://localhost:4321/docker-lessons/_astro/program.B1x.js');
      return makePython();
    });
    const m = box();
    expect(await m.run(python, ['python3', '-c', 'print(1)'])).toEqual({
      code: 1,
      out: '',
      err: 'python3: the Python runtime could not be loaded: its files could not be fetched (offline before the site was saved for offline use?)\n',
    });
    expect(await m.run(python, ['python3', '-c', 'print(6 * 7)'])).toEqual({ code: 0, out: '42\n', err: '' });
  });

  it('gives the reason when the runtime throws as it starts (python3 and node)', async () => {
    failure.kind = 'init';
    failure.message = 'WebAssembly.Memory(): could not allocate memory';
    const m = box();
    expect(await m.run(makePython(), ['python3', '-c', 'print(1)'])).toEqual({ code: 1, out: '', err: 'python3: the Python runtime could not be loaded: WebAssembly.Memory(): could not allocate memory\n' });
    expect(await m.run(makeNode(), ['node', '-e', 'console.log(1)'])).toEqual({ code: 1, out: '', err: 'node: the Node.js runtime could not be loaded: WebAssembly.Memory(): could not allocate memory\n' });
    failure.kind = '';
    await closeSpareWorkers();
    expect(await m.run(makeNode(), ['node', '-e', 'console.log(2)'])).toEqual({ code: 0, out: '2\n', err: '' });
  });

  it('says a worker whose wasm file did not arrive could not fetch its files', async () => {
    failure.kind = 'init';
    failure.message = 'Aborted(both async and sync fetching of the wasm failed)';
    const r = await box().run(makePython(), ['python3', '-c', 'print(1)']);
    expect(r.err).toBe('python3: the Python runtime could not be loaded: its files could not be fetched (offline before the site was saved for offline use?)\n');
    expect(r.code).toBe(1);
  });

  it('says so in one line when the runtime dies under a running program', async () => {
    failure.kind = 'crash';
    failure.message = 'RuntimeError: memory access out of bounds';
    const r = await box().run(makePython(), ['python3', '-c', 'print(1)']);
    expect(r).toEqual({ code: 1, out: '', err: 'python3: the Python runtime stopped: RuntimeError: memory access out of bounds\n' });
  });
});
