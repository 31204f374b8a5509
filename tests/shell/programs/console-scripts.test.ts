import { describe, expect, it } from 'vitest';
import { UNSUPPORTED_SCRIPTS, unsupportedScript } from '../../../src/shell/programs/console-scripts.ts';
import { packageIndex } from '../../../src/shell/packages/loader.ts';
import { makePip } from '../../../src/shell/programs/pip.ts';
import { machine } from './machine.ts';

describe("pip's console scripts the workbook does not run", () => {
  it('are every script of the offline index but pipenv, flask and gunicorn, which run', () => {
    const scripts = [...packageIndex('pip').values()].flatMap((p) => (p.scripts ?? []).map(([name]) => name));
    expect([...UNSUPPORTED_SCRIPTS, 'pipenv', 'flask', 'gunicorn'].sort()).toEqual([...new Set(scripts)].sort());
  });
  it('say so in one line once pip installed them, and are not found before', async () => {
    const m = machine({ env: { HOME: '/root', PATH: '/usr/local/bin:/usr/bin:/bin' } });
    m.fs.mkdir('/usr/local/lib/python3.12/site-packages', { recursive: true });
    expect(await m.run(unsupportedScript('pytest', 'busybox'), ['pytest', '-q'])).toEqual({ code: 127, out: '', err: 'sh: pytest: not found\n' });
    await m.run(makePip(), ['pip', 'install', '-q', 'pytest']);
    expect(await m.run(unsupportedScript('pytest', 'busybox'), ['pytest', '-q'])).toEqual({ code: 127, out: '', err: 'pytest: not supported in the workbook\n' });
    expect((await m.run(unsupportedScript('virtualenv', 'gnu'), ['virtualenv', 'venv'])).err).toBe('bash: virtualenv: command not found\n');
  });
});
