// Option letters and names (`sh -ec`, `sh -eux`, `set -eux`, `set -o errexit`, `set +e`, pipefail) and
// the `-x` trace, compared with the real bash and busybox sh on the same lines.
import { describe, expect, it } from 'vitest';
import { both as bothRaw, ORACLE, type Files, type Flavour, type Outcome } from '../programs/oracle.ts';

/** Runs a line in our shell and the real one; the real shell's $0 is a full path, ours its name. */
export async function both(flavour: Flavour, files: Files, cmd: string): Promise<[Outcome, Outcome]> {
  const [ours, real] = await bothRaw(flavour, files, cmd);
  return [ours, { ...real, err: real.err.replace(/^\/bin\/bash:/gm, 'bash:').replace(/^\/tmp\/bb-bin-\w+\/sh:/gm, 'sh:') }];
}

const SHELLS: Flavour[] = ['gnu', 'busybox'];

const CASES = [
  // combined letters at invocation
  `$SH -ec 'false; echo not here'; echo status=$?`,
  `$SH -eux -c 'echo "$1 b"; x=$(echo hi); unset y; echo $x' zero one; echo status=$?`,
  `$SH -c -e 'false; echo after'; echo $?`,
  // set
  `set -eux; echo a 'b c' "it's" ''; y=2`,
  `set -o errexit; false; echo not here`,
  `set -e; set +e; false; echo still here`,
  `set -x; set +x; echo quiet`,
  `set -o nounset; echo $nope; echo not here`,
  `set -- a 'b c'; echo $# "$2"; set -e x y; echo $1 $-`,
  `set -o pipefail; false | true; echo $?; set +o pipefail; false | true; echo $?`,
  `set -o bogus; echo rc=$?`,
  `set -o | grep -E '^(errexit|xtrace|pipefail)'`,
  `set -e; set +o | grep errexit`,
  // traces of compound commands
  `set -x; for i in 1 'a b'; do :; done; if [ 1 = 1 ]; then echo t; fi; f() { echo in; }; f`,
  `set -x; a=1 b="x y" true; echo $((1+2)) >/dev/null`,
  `set -x; echo $(echo inner)`,
  `set -x; echo a=b '*' 'x\\y' '[' ']' "a'b"`,
  `set -e; if false; then :; fi; false || true; ! true; true && false; echo not here`,
];

describe.runIf(ORACLE)('shell options as the real shells take them', () => {
  for (const flavour of SHELLS) {
    for (const cmd of CASES) {
      it(`${flavour}: ${cmd}`, async () => {
        const line = cmd.replace('$SH', flavour === 'gnu' ? 'bash' : 'sh');
        const [ours, real] = await both(flavour, {}, line);
        expect(ours).toEqual(real);
      });
    }
  }
});

describe.runIf(ORACLE)('option errors', () => {
  it('bash refuses an unknown letter with its usage and status 2', async () => {
    const [ours, real] = await both('gnu', {}, `set -q; echo rc=$?`);
    expect(ours).toEqual(real);
  });
  it('busybox ends the script on an unknown letter to set', async () => {
    const [ours, real] = await both('busybox', {}, `set -q; echo rc=$?`);
    expect(ours).toEqual(real);
  });
  it('sh with a bad letter at invocation', async () => {
    for (const flavour of SHELLS) {
      const [ours, real] = await both(flavour, {}, `${flavour === 'gnu' ? 'bash' : 'sh'} -q -c 'echo hi'; echo rc=$?`);
      expect(ours.out).toBe(real.out);
      expect(ours.err.split('\n')[0]).toBe(real.err.split('\n')[0]);
    }
  });
});
