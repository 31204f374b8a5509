import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated, SIMULATED_NOW } from './oracle.ts';

// The real tools run on the machine's clock, so every case names its instant with -d: the comparison
// holds on any day, in any zone (the oracle fixes TZ=UTC).
const AT = `@${SIMULATED_NOW / 1000}`;

differential('date', {}, [
  `date -u -d ${AT} +%Y`,
  `date -d ${AT} +'%a %b %e %Z'`,
  `date -d ${AT}`,
  `date -u -d ${AT} +'%Y-%m-%d %H:%M:%S %j %s %u %w'`,
  "date -d '2026-02-28 23:59:59' +%F_%T",
  "date -d '2024-02-29' +%j",
  'date -d @-5',
  'date -d 2026-13-01',
  'date -d 2026-02-30',
  // busybox adds its usage text, which names the Debian build here
  { cmd: 'date -d', only: 'gnu' },
  { cmd: "date -d '2026-11-22T05:10:07Z'", only: 'gnu' },
  { cmd: 'date -d @1.5', only: 'gnu' },
  { cmd: "date -d 'not a date'", only: 'gnu' },
  { cmd: "date -d 'not a date'", only: 'busybox' },
]);

// -I[SPEC], --iso-8601 and -r FILE: at a named instant, or a file's time set by touch.
differential('date -I and -r', { 'f.txt': 'x' }, [
  `date -d ${AT} -I`,
  `date -d ${AT} -Ihours`,
  `date -d ${AT} -Iminutes`,
  `date -d ${AT} -Iseconds`,
  `date -d ${AT} -Ins`,
  `date -d ${AT} -Isec`,
  `date -uIm -d ${AT}`,
  "touch -d '2026-01-02 03:04:05' f.txt; date -r f.txt; date -r f.txt +%s; date -rf.txt -Iseconds",
  'date -r nosuch; echo "status $?"',
  `date -I +%s -d ${AT}; echo "status $?"`,
  { cmd: `date -d ${AT} -Ix; echo "status $?"`, only: 'gnu' },
  { cmd: `date -d ${AT} -I -R; echo "status $?"`, only: 'gnu' },
  { cmd: `date -d ${AT} -r f.txt; echo "status $?"`, only: 'gnu' },
  { cmd: 'date -r; echo "status $?"', only: 'gnu' },
  { cmd: `date --iso-8601=sec -d ${AT}; date --iso-8601 -d ${AT}; touch -d @5 f.txt; date --reference=f.txt`, only: 'gnu' },
  { cmd: `touch -d @5 f.txt; date -d ${AT} -r f.txt`, only: 'busybox' },
  { cmd: `date -d ${AT} -Ix 2>/dev/null; echo "status $?"; date -d ${AT} -I -R 2>/dev/null; echo "status $?"`, only: 'busybox' },
]);

describe('date reads the session clock', () => {
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

  it('reads `now` as the session clock, not the machine clock', async () => {
    expect((await simulated('gnu', {}).run('date -d now +%s')).out).toBe(`${SIMULATED_NOW / 1000}\n`);
  });
});

// Setting the clock: read as each tool reads it, then refused as the kernel refuses a process without
// CAP_SYS_TIME (a learner's user, any container); both still print the date. The expected text is what
// GNU date 9.1 and busybox 1.35 print run as nobody (the oracle runs as root, where it would set the clock).
describe('date -s and a TIME operand', () => {
  const cases: [string, string, { out: string; err: string; code: number }][] = [
    ['gnu', 'date -s "2020-01-01 00:00:00"', { out: 'Wed Jan  1 00:00:00 UTC 2020\n', err: 'date: cannot set date: Operation not permitted\n', code: 1 }],
    ['busybox', 'date -s "2020-01-01 00:00:00"', { out: 'Wed Jan  1 00:00:00 UTC 2020\n', err: "date: can't set date: Operation not permitted\n", code: 0 }],
    ['gnu', 'date 0101000020.30', { out: 'Wed Jan  1 00:00:30 UTC 2020\n', err: 'date: cannot set date: Operation not permitted\n', code: 1 }],
    ['busybox', 'date 0101000020.30', { out: 'Wed Jan  1 00:00:30 UTC 2020\n', err: "date: can't set date: Operation not permitted\n", code: 0 }],
    ['busybox', 'date -s "2020-01-01 10:00"', { out: 'Wed Jan  1 10:00:00 UTC 2020\n', err: "date: can't set date: Operation not permitted\n", code: 0 }],
    ['gnu', 'date 13010000', { out: '', err: "date: invalid date '13010000'\n", code: 1 }],
    ['gnu', 'date -s bogus', { out: '', err: "date: invalid date 'bogus'\n", code: 1 }],
    ['busybox', 'date -s bogus', { out: '', err: "date: invalid date 'bogus'\n", code: 1 }],
    ['gnu', 'date -d @1 -s 2020-01-01', { out: '', err: "date: the options to print and set the time may not be used together\nTry 'date --help' for more information.\n", code: 1 }],
    ['gnu', 'date +%s 0101000020', { out: '', err: "date: extra operand '0101000020'\nTry 'date --help' for more information.\n", code: 1 }],
    ['gnu', 'date -s', { out: '', err: "date: option requires an argument -- 's'\nTry 'date --help' for more information.\n", code: 1 }],
  ];
  for (const [flavour, cmd, expected] of cases) {
    it(`${flavour}: ${cmd}`, async () => {
      expect(await simulated(flavour as 'gnu' | 'busybox', {}).run(cmd)).toEqual(expected);
    });
  }
  it('the year left out is this year (the session clock\'s)', async () => {
    const year = new Date(SIMULATED_NOW).getUTCFullYear();
    expect((await simulated('gnu', {}).run('date 01010000')).out).toBe(`Thu Jan  1 00:00:00 UTC ${year}\n`.replace('Thu', new Date(Date.UTC(year, 0, 1)).toUTCString().slice(0, 3)));
  });
});
