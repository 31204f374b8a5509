import { describe } from 'vitest';
import { differential } from './cases.ts';

differential("date", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "date -u +%Y",
  "date +'%a %b %e %Z'",
]);

describe('date reads the session clock', async () => {
  const { it, expect } = await import('vitest');
  const { simulated } = await import('./oracle.ts');
  it('prints the default layout and +FORMAT codes in UTC', async () => {
    for (const f of ['gnu', 'busybox'] as const) {
      const t = simulated(f, {});
      expect((await t.run('date')).out).toBe('Sun Nov 22 05:10:00 UTC 2026\n');
      expect((await t.run("date +'%Y-%m-%d %H:%M:%S %a %b %e %j %s %Z %z %A %B %y %p %I %D %T %F %R %u %w %%'")).out).toBe(
        '2026-11-22 05:10:00 Sun Nov 22 326 1795324200 UTC +0000 Sunday November 26 AM 05 11/22/26 05:10:00 2026-11-22 05:10 7 0 %\n',
      );
    }
    expect((await simulated('gnu', {}).run('date +%q')).out).toBe('4\n');
    expect((await simulated('busybox', {}).run('date +%q')).out).toBe('%q\n');
  });
});
