// Builds the site once for every browser test file, under the sub-path the tests serve it from.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BASE, DIST } from './site.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The environment for a production build: without what vitest puts in process.env (NODE_ENV, BASE_URL, MODE…). */
function buildEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*)$/.test(key)) env[key] = value;
  }
  return { ...env, WORKBOOK_BASE: BASE, ASTRO_TELEMETRY_DISABLED: '1' };
}

export default function setup(): void {
  execFileSync(process.execPath, [fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url)), 'build', '--outDir', DIST], {
    cwd: ROOT,
    env: buildEnv(),
    stdio: 'pipe',
    timeout: 170000,
  });
}
