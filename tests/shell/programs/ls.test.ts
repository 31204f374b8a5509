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

// Inode numbers are the real filesystem's there and made up here: compared masked, and checked against stat below.
const INODE = /^( *\d+ )/gm;
const maskInodes = (o: { out: string; err: string; code: number }) => ({ ...masked(o), out: masked(o).out.replace(INODE, 'INO ') });

describe.runIf(ORACLE)('ls -i, -s, -C, -x, -w, -n and -p, differential', () => {
  const files = { 'a.txt': 'hello\n', 'big.log': 'x'.repeat(10000), 'Dockerfile': 'FROM alpine\n', 'requirements.txt': 'flask\n', 'app.py': '', 'sub/inner': '', 'static/site.css': 'body{}', 'x': '' };
  const setup = 'ln -s sub dl; ln -s a.txt al; ';
  const layout = ['ls -C', 'ls -x', 'ls -C -w 30', 'ls -Cw30', 'ls -C -w 0', 'ls -x -w0', 'ls -sC', 'ls -sx -w 50', 'ls -CF', 'ls -lC', 'ls -Cl', 'ls -l1', 'ls -1l', 'ls -C1', 'ls -1C sub static'];
  const columns = ['ls -s', 'ls -sh', 'ls -lsh', 'ls -s a.txt big.log', 'ls -sd sub', 'ls -s al dl', 'ls -sR', 'ls -n', 'ls -ln a.txt', 'ls -p', 'ls -lp', 'ls -pF', 'ls -Fp', 'ls -F al dl', 'ls al dl', 'ls -d dl', 'ls -l dl/'];
  // Debian's busybox words getopt's errors as glibc does, Alpine's (ours) as musl does: compared without them.
  const errors = (flavour: Flavour) => ['ls -w', 'ls -w x', 'ls -w -3', 'ls --width=40'].map((c) => `${c}${flavour === 'busybox' ? ' 2>/dev/null' : ''}; echo "status $?"`);
  for (const flavour of ['gnu', 'busybox'] as Flavour[]) {
    for (const cmd of [...layout, ...columns, ...errors(flavour)]) {
      it(`${flavour}: ${cmd}`, async () => {
        const [ours, real] = await both(flavour, files, setup + cmd);
        expect(masked(ours)).toEqual(masked(real));
      });
    }
    for (const cmd of ['ls -i', 'ls -is', 'ls -lis', 'ls -1i sub', 'ls -i a.txt big.log', 'ls -i al dl', 'ls -ip dl', 'ls -dp dl']) {
      it(`${flavour}: ${cmd} (inode numbers masked)`, async () => {
        const [ours, real] = await both(flavour, files, setup + cmd);
        expect(maskInodes(ours)).toEqual(maskInodes(real));
      });
    }
  }
});

describe.runIf(ORACLE)('ls -i agrees with stat', () => {
  for (const flavour of ['gnu', 'busybox'] as Flavour[]) {
    it(`${flavour}: a file, a directory, . and .., and a symlink followed or not`, async () => {
      const script = 'ln -s a.txt al; for f in a.txt sub . ..; do set -- $(ls -id $f); [ "$1" = "$(stat -c %i $f)" ] || echo "differs: $f"; done; ' + 'ls -ai sub | while read i n; do [ "$i" = "$(stat -c %i sub/$n)" ] || echo "differs: sub/$n"; done; ' + '[ "$(ls -di al | cut -d" " -f1)" = "$(stat -c %i al)" ] || echo "differs: al"; [ "$(stat -L -c %i al)" = "$(stat -c %i a.txt)" ] || echo "differs: -L"; echo done';
      const [ours, real] = await both(flavour, { 'a.txt': 'hi\n', 'sub/in': '' }, script);
      expect(ours).toEqual(real);
      expect(ours.out).toBe('done\n');
    });
  }
});
