import { describe, expect, it } from 'vitest';
import { UNSUPPORTED_SCRIPTS, unsupportedScript } from '../../../src/shell/programs/console-scripts.ts';
import { packageIndex } from '../../../src/shell/packages/loader.ts';
import { makePip } from '../../../src/shell/programs/pip.ts';
import { machine } from './machine.ts';

describe("pip's console scripts the workbook does not run", () => {
  it('are every script of the offline index but pipenv, which has a program', () => {
    const scripts = [...packageIndex('pip').values()].flatMap((p) => (p.scripts ?? []).map(([name]) => name));
    expect([...UNSUPPORTED_SCRIPTS, 'pipenv'].sort()).toEqual([...new Set(scripts)].sort());
  });
  it('say so in one line once pip installed them, and are not found before', async () => {
    const m = machine({ env: { HOME: '/root', PATH: '/usr/local/bin:/usr/bin:/bin' } });
    m.fs.mkdir('/usr/local/lib/python3.12/site-packages', { recursive: true });
    expect(await m.run(unsupportedScript('flask', 'busybox'), ['flask', '--version'])).toEqual({ code: 127, out: '', err: 'sh: flask: not found\n' });
    await m.run(makePip(), ['pip', 'install', '-q', 'flask']);
    expect(await m.run(unsupportedScript('flask', 'busybox'), ['flask', '--version'])).toEqual({ code: 127, out: '', err: 'flask: not supported in the workbook\n' });
    expect((await m.run(unsupportedScript('gunicorn', 'gnu'), ['gunicorn', 'app:app'])).err).toBe('bash: gunicorn: command not found\n');
  });
});
