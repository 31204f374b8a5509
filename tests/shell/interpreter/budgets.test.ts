// Runaways stop with a clear message and the shell goes on: loops and program output spend one step
// budget, strings and files have a memory cap (bash's xrealloc error), Ctrl-C arrives mid-run, and
// bash's and busybox's own errors for arithmetic recursion, `return abc` and an unclosed `$(` in a heredoc.
import { describe, expect, it } from 'vitest';
import { both as bothRaw, ORACLE, type Flavour, type Outcome } from '../programs/oracle.ts';
import { makeShell } from '../harness.ts';

// The real shells name themselves by full path in messages; ours by name.
async function both(flavour: Flavour, cmd: string): Promise<[Outcome, Outcome]> {
  const [ours, real] = await bothRaw(flavour, {}, cmd);
  return [ours, { ...real, err: real.err.replace(/^\/bin\/bash:/gm, 'bash:').replace(/^\/tmp\/bb-bin-\w+\/sh:/gm, 'sh:') }];
}

describe.runIf(ORACLE)("the shells' own errors", () => {
  const cases = [
    'x=x+1; echo $((x)); echo rc=$?',
    'a=b; b=a; echo $((a+1)); echo rc=$?',
    'cat <<EOF\n$(echo hi\nEOF\necho after',
  ];
  for (const flavour of ['gnu', 'busybox'] as Flavour[]) {
    for (const cmd of cases) {
      it(`${flavour}: ${JSON.stringify(cmd)}`, async () => {
        const [ours, real] = await both(flavour, cmd);
        expect(ours).toEqual(real);
      });
    }
  }

  it('return with a non-number: bash says numeric argument required (status 2), busybox stops', async () => {
    const cmd = 'f() { return abc; }; f; echo rc=$?';
    const [bashOurs, bashReal] = await both('gnu', cmd);
    expect(bashOurs.out).toBe(bashReal.out);
    expect(bashOurs.err).toMatch(/: line 1: return: abc: numeric argument required\n$/);
    expect(bashReal.err).toMatch(/: line 1: return: abc: numeric argument required\n$/);
    const [ashOurs, ashReal] = await both('busybox', cmd);
    expect(ashOurs).toEqual(ashReal);
  });
});

describe('budgets', () => {
  it('a loop that never ends is stopped and the shell goes on', async () => {
    const t = makeShell();
    const r = await t.type('while :; do :; done');
    expect(r.err).toBe('bash: stopped after 100000 steps (a loop that never ends?)\n');
    expect(r.r).toMatchObject({ exitCode: 124 });
    expect((await t.type('echo ok')).out).toBe('ok\n');
  });

  it('a doubling string hits the memory cap with bash\'s allocation error', async () => {
    const t = makeShell();
    const r = await t.type('x=a; while :; do x=$x$x; done');
    expect(r.err).toMatch(/^bash: xrealloc: cannot allocate \d+ bytes\n$/);
    expect(r.r).toMatchObject({ exitCode: 2, exited: false });
    expect((await t.type('echo ${#x}')).out).toBe(`${2 ** 25}\n`);
  });

  it('a pipe buffer is capped too', async () => {
    const t = makeShell();
    await t.type('x=a; for i in $(seq 24); do x=$x$x; done');
    const r = await t.type('y=$(echo $x; echo $x; echo $x); echo done');
    expect(r.err).toMatch(/xrealloc: cannot allocate \d+ bytes/);
  });

  it('program output is charged to the step budget', async () => {
    const t = makeShell();
    const r = await t.type('seq 1 1000000000000');
    expect(r.err).toContain('stopped after 100000 steps');
    expect(r.r).toMatchObject({ exitCode: 124 });
  });

  it('output kept for the next command is cheaper than output drawn on the terminal: a million lines into a pipe complete', async () => {
    const t = makeShell();
    expect(await t.type('seq 1 1000000 | wc -l')).toMatchObject({ out: '1000000\n', err: '' });
    expect(await t.type('x=$(seq 1 1000000); echo ${#x}')).toMatchObject({ out: '6888895\n', err: '' });
  }, 60000);

  it('a flood into a pipe, `$(…)`, a file or /dev/null is still stopped, by the step budget before the memory cap', async () => {
    const t = makeShell();
    for (const line of ['seq 1 1000000000000 | wc -l', 'seq 1 1000000000000 > /dev/null', 'seq 1 1000000000000 > big.txt', 'x=$(seq 1 1000000000000)']) {
      const r = await t.type(line);
      expect(r.err, line).toBe('bash: stopped after 100000 steps (a loop that never ends?)\n');
      expect(r.r, line).toMatchObject({ exitCode: 124, exited: false });
    }
    expect((await t.type('echo ok')).out).toBe('ok\n');
  }, 60000);

  it('a self-replicating function is stopped', async () => {
    const t = makeShell();
    const r = await t.type('f() { f; f; }; f; echo after');
    expect(r.err).toMatch(/maximum function nesting level exceeded \(1000\)|stopped after 100000 steps/);
    expect((await t.type('echo ok')).out).toBe('ok\n');
  });

  it('FUNCNEST limits recursion as in bash', async () => {
    const t = makeShell();
    const r = await t.type('FUNCNEST=50; f() { f; }; f; echo rc=$?');
    expect(r.err).toBe('bash: f: maximum function nesting level exceeded (50)\n');
    expect(r.out).toBe('rc=1\n');
  });

  it('Ctrl-C reaches a busy loop: the shell lets the event loop run', async () => {
    const t = makeShell();
    const ctl = new AbortController();
    let err = '';
    setTimeout(() => ctl.abort(), 30);
    const r = await t.sh.feed('while :; do x=1; done', { stdout: { write: () => {} }, stderr: { write: (s) => void (err += s) }, signal: ctl.signal });
    expect(r).toEqual({ kind: 'ran', exitCode: 130, exited: false });
    expect(err).toBe('');
  });
});
