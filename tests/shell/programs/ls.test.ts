// ls -l as GNU coreutils and busybox print it: GNU sizes its columns to the listing, busybox uses fixed
// widths; character devices show `c` and "major, minor" where the size goes. Times are masked (the real
// files are made now, ours on the simulated clock).
import { describe, expect, it } from 'vitest';
import { both, ORACLE, type Flavour } from './oracle.ts';

const TIME = /[A-Z][a-z]{2} [ \d]\d (\d\d:\d\d| \d{4})/g;
const masked = (o: { out: string; err: string; code: number }) => ({ ...o, out: o.out.replace(TIME, 'TIME') });

describe.runIf(ORACLE)('ls -l, differential', () => {
  const files = { 'a.txt': 'hello\n', 'big.log': 'x'.repeat(12345), 'sub/inner': '' };
  const cases = ['ls -l', 'ls -l a.txt big.log', 'ls -l /dev/null /dev/zero', 'ls -l /dev/null a.txt', 'ls -ld sub', 'ls -l sub', 'ln -s sub link; ls -l link; ls link; ls -l link/'];
  for (const flavour of ['gnu', 'busybox'] as Flavour[]) {
    for (const cmd of cases) {
      it(`${flavour}: ${cmd}`, async () => {
        const [ours, real] = await both(flavour, files, cmd);
        expect(masked(ours)).toEqual(masked(real));
      });
    }
  }
});

describe.runIf(ORACLE)('ls errors and their status, differential', () => {
  const cases = ['ls nosuch; echo "status $?"', 'ls -l a.txt nosuch; echo "status $?"', 'ls -y 2>/dev/null; echo "status $?"'];
  for (const flavour of ['gnu', 'busybox'] as Flavour[]) {
    for (const cmd of cases) {
      it(`${flavour}: ${cmd}`, async () => {
        const [ours, real] = await both(flavour, { 'a.txt': 'hi\n' }, cmd);
        expect(masked(ours)).toEqual(masked(real));
      });
    }
  }
});

describe.runIf(ORACLE)('ls -F, -h and -R, differential', () => {
  const files = { 'a.txt': 'hello\n', 'run.sh': '#!/bin/sh\n', 'big.log': 'x'.repeat(5000), 'huge.bin': 'y'.repeat(2_000_000), 'sub/inner': '', 'sub/deep/y': '' };
  const setup = 'chmod +x run.sh; ln -s sub dl; ln -s a.txt al; ln -s run.sh rl; ';
  const cases = ['ls -F', 'ls -1F', 'ls -lF', 'ls -lF dl al rl', 'ls -lh', 'ls -lhR sub', 'ls -R', 'ls -RF sub', 'ls -R sub/', 'ls -aR sub'];
  for (const flavour of ['gnu', 'busybox'] as Flavour[]) {
    for (const cmd of cases) {
      it(`${flavour}: ${cmd}`, async () => {
        const [ours, real] = await both(flavour, files, setup + cmd);
        expect(masked(ours)).toEqual(masked(real));
      });
    }
  }
  for (const cmd of ['ls --classify=never', 'ls --classify=always -1', 'ls --classify=auto -1']) {
    it(`gnu: ${cmd}`, async () => {
      const [ours, real] = await both('gnu', files, setup + cmd);
      expect(masked(ours)).toEqual(masked(real));
    });
  }
});

describe.runIf(ORACLE)('ls --classify with a bad word, differential', () => {
  it('gnu: ls --classify=x', async () => {
    const [ours, real] = await both('gnu', { 'a.txt': '' }, 'ls --classify=x; echo "status $?"');
    expect(ours).toEqual(real);
  });
});
