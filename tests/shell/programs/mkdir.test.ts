// mkdir -m MODE, as GNU coreutils and busybox make it: the mode read as chmod reads it from a=rwx and
// set exactly (the umask does not take from it), on the last directory only, never on one that existed.
import { describe, expect, it } from 'vitest';
import { both, ORACLE, type Flavour } from './oracle.ts';

describe.runIf(ORACLE)('mkdir -m, differential', () => {
  const cases = [
    'umask 077; mkdir -m +w a; mkdir -m u=rwx,g=rx b; mkdir -m 1777 c; mkdir -pm 700 p/q; mkdir -m 0750 m; stat -c "%n %a" a b c p p/q m',
    'mkdir e; mkdir -p -m 700 e; mkdir -m 700 -p f/g; stat -c "%n %a" e f f/g',
    'mkdir -m go-rx,u-w d; stat -c %a d',
    'mkdir -m xyz z; echo "status $?"; ls',
  ];
  for (const flavour of ['gnu', 'busybox'] as Flavour[]) {
    for (const cmd of [...cases, `mkdir -m ${flavour === 'busybox' ? '2>/dev/null' : ''}; echo "status $?"`]) {
      it(`${flavour}: ${cmd}`, async () => {
        const [ours, real] = await both(flavour, {}, cmd);
        expect(ours).toEqual(real);
      });
    }
  }
  it('gnu: --mode=', async () => {
    const [ours, real] = await both('gnu', {}, 'mkdir --mode=711 d; stat -c %a d');
    expect(ours).toEqual(real);
  });
});
