// Catalog figures for `npm run bench`: the CPU time to materialise every seeded repository from cold
// (each image's rootfs, layers, config and manifests), the slowest repositories printed. A first pull
// of a repository pays its share of this once per session.
import { hubCatalog } from '../../src/engine/registry/catalog/index.ts';
import { materialize } from '../../src/engine/registry/materialize.ts';
import { recordFigures } from './figures.mjs';

const rows: { name: string; ms: number; images: number }[] = [];
for (const repo of hubCatalog.values()) {
  const start = process.cpuUsage();
  const images = Object.values(repo.images);
  for (const image of images) materialize(image);
  const used = process.cpuUsage(start);
  rows.push({ name: repo.name, ms: (used.user + used.system) / 1000, images: images.length });
}
const total = rows.reduce((sum, row) => sum + row.ms, 0);
const count = rows.reduce((sum, row) => sum + row.images, 0);
console.log(`catalog: ${rows.length} repositories, ${count} images materialised in ${total.toFixed(0)} ms of CPU; the slowest:`);
for (const row of [...rows].sort((a, b) => b.ms - a.ms).slice(0, 5)) {
  console.log(`  ${row.name.padEnd(20)} ${row.ms.toFixed(0).padStart(5)} ms for ${row.images} images (${(row.ms / row.images).toFixed(0)} ms each)`);
}
recordFigures('catalog', [{ key: 'catalogMaterializeCpuMs', label: 'CPU to materialise the whole seeded catalog from cold', value: total, unit: 'ms' }]);
