// ${var/pat/rep}, ${var//pat/rep}, ${var/#pat/rep} and ${var/%pat/rep} as bash has them.
import { describe, expect, it } from 'vitest';
import { both, ORACLE } from '../programs/oracle.ts';

describe.runIf(ORACLE)('pattern substitution', () => {
  const cases = [
    'x=abcabc; echo ${x/b/X} ${x//b/X} ${x/#ab/X} ${x/%bc/Y} ${x/#/P} ${x/%/S} ${x/#b/Z} ${x//[ac]/-}',
    'x=/usr/local/bin; echo ${x//\\//:} ${x/#\\/usr/~} "${x/%bin/lib}"',
  ];
  for (const cmd of cases) {
    it(cmd, async () => {
      const [ours, real] = await both('gnu', {}, cmd);
      expect(ours).toEqual(real);
    });
  }
});
