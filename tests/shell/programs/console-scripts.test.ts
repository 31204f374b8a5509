import { describe, expect, it } from 'vitest';
import { UNSUPPORTED_SCRIPTS, unsupportedScript } from '../../../src/shell/programs/console-scripts.ts';
import { packageIndex } from '../../../src/shell/packages/loader.ts';
import { machine } from './machine.ts';

describe("pip's console scripts the workbook does not run", () => {
  it('are every script of the offline index but pipenv, flask and gunicorn, which run', () => {
    const scripts = [...packageIndex('pip').values()].flatMap((p) => (p.scripts ?? []).map(([name]) => name));
    expect([...UNSUPPORTED_SCRIPTS, 'pipenv', 'flask', 'gunicorn'].sort()).toEqual([...new Set(scripts)].sort());
  });
  it('say so in one line (the lookup finds them only where pip put them: tests/shell/interpreter/image-lookup.test.ts)', async () => {
    const m = machine({ env: { HOME: '/root', PATH: '/usr/local/bin:/usr/bin:/bin' } });
    expect(await m.run(unsupportedScript('pytest'), ['pytest', '-q'])).toEqual({ code: 127, out: '', err: 'pytest: not supported in the workbook\n' });
    expect((await m.run(unsupportedScript('virtualenv'), ['virtualenv', 'venv'])).err).toBe('virtualenv: not supported in the workbook\n');
  });
});
