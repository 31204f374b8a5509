// Saves each finding as a reproducer anyone can run: `npm run sim -- --workspace DIR/workspace DIR/script.sh`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Finding } from './types.ts';

/** Writes findings under `dir` (one folder each) and returns the folders. */
export function saveFindings(dir: string, findings: Finding[]): string[] {
  return findings.map((f, i) => {
    const folder = join(dir, `${f.kind}-${String(i + 1).padStart(3, '0')}`);
    mkdirSync(join(folder, 'workspace'), { recursive: true });
    for (const file of f.case.files) {
      mkdirSync(dirname(join(folder, 'workspace', file.path)), { recursive: true });
      writeFileSync(join(folder, 'workspace', file.path), file.content);
    }
    writeFileSync(join(folder, 'script.sh'), f.case.lines.join('\n') + '\n');
    writeFileSync(join(folder, 'finding.txt'), `${f.kind}: ${f.detail}\nreplay: npm run --silent sim -- --workspace ${join(folder, 'workspace')} ${join(folder, 'script.sh')}\n`);
    return folder;
  });
}
