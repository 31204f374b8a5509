// Deeply nested arithmetic ends in bash's recursion error, never in a stack overflow of the simulator.
import { describe, expect, it } from 'vitest';
import { simulated } from './programs/oracle.ts';

describe('arithmetic nesting', () => {
  it('evaluates a thousand nested parentheses, as bash does', async () => {
    const r = await simulated('gnu', {}).run(`echo $(( ${'('.repeat(1000)}1${')'.repeat(1000)} ))`);
    expect(r).toEqual({ out: '1\n', err: '', code: 0 });
  });

  it('stops far deeper nesting with the recursion error, and the shell goes on', async () => {
    for (const expr of [`${'('.repeat(6000)}1${')'.repeat(6000)}`, `${'! '.repeat(6000)}1`]) {
      const sh = simulated('gnu', {});
      const r = await sh.run(`echo $(( ${expr} ))`);
      expect(r.err).toMatch(/expression recursion level exceeded \(error token is "/);
      expect(r.err).not.toMatch(/internal error|RangeError/);
      expect(r.code).not.toBe(0);
      expect((await sh.run('echo still here')).out).toBe('still here\n');
    }
  });
});

describe('an unclosed $(( in a heredoc body', () => {
  it("is bash's bad substitution, naming the line", async () => {
    const sh = simulated('gnu', {});
    const r = await sh.run('cat <<EOF\necho $((; }\nEOF');
    expect(r.err).toMatch(/bad substitution: no closing `\)' in echo \$\(\(; \}\n$/);
    expect(r.err).not.toMatch(/internal error/);
  });
});

describe('an unclosed backquote in a heredoc body', () => {
  it("is bash's bad substitution", async () => {
    const r = await simulated('gnu', {}).run('cat <<EOF\necho | echo `\nEOF');
    expect(r.err).toMatch(/bad substitution: no closing "`" in `\n$/);
  });
});

describe('an unclosed ${ in a heredoc body', () => {
  it("is bash's bad substitution", async () => {
    const r = await simulated('gnu', {}).run('cat <<EOF\n${\nEOF');
    expect(r.err).toMatch(/^bash: (line 1: )?\$\{\n: bad substitution\n$/);
  });
});
