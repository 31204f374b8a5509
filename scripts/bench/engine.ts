// Engine figures for `npm run bench`: time to pull and list, and what the store holds after pulling
// ten tags that share layers (identical layers must be stored once).
import { Engine } from '../../src/engine/engine.ts';
import { normalizeReference } from '../../src/engine/images/names.ts';
import { simulatedClock } from '../../src/session/clock.ts';
import { listImages } from '../../src/engine/images/list.ts';

const TAGS = ['alpine:3.18', 'alpine:3.19', 'alpine:3.20', 'alpine:3.21', 'alpine:latest', 'alpine:3', 'alpine:edge', 'hello-world:latest', 'busybox:latest', 'nginx:alpine'];

async function pull(engine: Engine, name: string): Promise<number> {
  const started = performance.now();
  for await (const _message of engine.imageCreate({ ref: normalizeReference(name) })) {
    // drain the stream: a simulated clock makes the waits free, so this is CPU time
  }
  return performance.now() - started;
}

const engine = new Engine(simulatedClock());
const rows: string[] = [];
let totalPull = 0;
for (const tag of TAGS) {
  let ms: number;
  try {
    ms = await pull(engine, tag);
  } catch (error) {
    rows.push(`  ${tag.padEnd(22)} not in the catalog (${(error as Error).message.slice(0, 60)})`);
    continue;
  }
  totalPull += ms;
  rows.push(`  ${tag.padEnd(22)} pull ${ms.toFixed(1).padStart(7)} ms`);
}
console.log(rows.join('\n'));

const again = await pull(engine, 'alpine:3.20');
const listStart = performance.now();
for (let i = 0; i < 100; i++) listImages(engine.store);
const listMs = (performance.now() - listStart) / 100;

const images = engine.imageList();
const declared = images.reduce((n, image) => n + image.Size, 0);
console.log(`pull of ${TAGS.length} tags: ${totalPull.toFixed(0)} ms in all (cold catalog; the first pull of a repository materialises it)`);
console.log(`pull of a tag already present: ${again.toFixed(1)} ms`);
console.log(`docker images over ${images.length} images: ${listMs.toFixed(2)} ms`);
console.log(`store: ${(engine.store.storedBytes() / 1024).toFixed(0)} KiB of blobs for ${images.length} images whose sizes add up to ${(declared / 1e6).toFixed(1)} MB (layers shared between tags are stored once; big binaries are sized stand-ins)`);

