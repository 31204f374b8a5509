import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeShell } from './harness.ts';

const alphabet = fc.constantFrom(...'ab $(){}[]*?;&|<>"\'\\`#=~-\n\tiffordonewhileecho:12!'.split(''), 'if ', 'then ', 'fi', 'for ', 'do ', 'done', 'while ', 'case ', 'esac', '$((', '))', '<<E', '${', 'EOF');

describe('feed never throws', () => {
  it('random lines resolve to ran or incomplete', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: alphabet, maxLength: 30 }), { minLength: 1, maxLength: 3 }), async (lines) => {
        const t = makeShell();
        for (const l of lines) {
          const r = await t.sh.feed(l, t.io);
          expect(['ran', 'incomplete']).toContain(r.kind);
        }
      }),
      { numRuns: 150 },
    );
  });
});
