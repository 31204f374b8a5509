// Differential tests against buildah (issue 5 item 8): each tests/oracle/cases/<name> built here must
// give the config and files buildah recorded (tests/oracle/recorded, re-recorded by
// scripts/oracle/record.sh). With WORKBOOK_ORACLE=1 and buildah on PATH, buildah is also run live.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, ORACLE_DIR, recordOurs, type OracleRecord } from './differential.ts';

const paths = JSON.parse(readFileSync(join(ORACLE_DIR, 'paths.json'), 'utf8')) as Record<string, string[]>;
const cases = readdirSync(join(ORACLE_DIR, 'cases')).sort();

describe('differential: recorded buildah results', () => {
  for (const name of cases) {
    it(name, async () => {
      const recorded = JSON.parse(readFileSync(join(ORACLE_DIR, 'recorded', `${name}.json`), 'utf8')) as OracleRecord;
      const ours = await recordOurs(name, paths[name] ?? []);
      expect(normalize(ours)).toEqual(normalize(recorded));
    });
  }
});

const live = process.env.WORKBOOK_ORACLE === '1' && hasBuildah();
describe.runIf(live)('differential: live buildah', () => {
  it('every case matches a fresh buildah build', { timeout: 600_000 }, async () => {
    const out = mkdtempSync(join(tmpdir(), 'oracle-'));
    execFileSync('bash', [join(ORACLE_DIR, '../../scripts/oracle/record.sh')], { env: { ...process.env, ORACLE_OUT: out }, stdio: 'inherit' });
    for (const name of cases) {
      const fresh = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as OracleRecord;
      expect(normalize(await recordOurs(name, paths[name] ?? [])), name).toEqual(normalize(fresh));
    }
  });
});

function hasBuildah(): boolean {
  try {
    execFileSync('buildah', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
