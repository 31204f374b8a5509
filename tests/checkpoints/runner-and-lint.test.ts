// The runner's hints from failed commands, and the rules defineLesson holds every checkpoint to.
import { describe, expect, it } from 'vitest';
import { hintFromLog } from '../../src/checkpoints/runner.ts';
import { defineLesson } from '../../src/checkpoints/authoring.ts';

const log = (...lines: [string, number][]) => lines.map(([line, exitCode], i) => ({ line, exitCode, at: i * 1000 }));

describe('whyFromLog', () => {
  const spec = { whyFromLog: [{ pattern: '^docker build .*Dockerfile$', hint: 'The last argument is the context directory: name the file with -f.' }] };
  it('takes the hint of the latest failed command that matches', () => {
    expect(hintFromLog(spec, log(['docker build -t a hello/Dockerfile', 1], ['ls', 0]))).toBe('The last argument is the context directory: name the file with -f.');
    expect(hintFromLog(spec, log(['docker build -t a hello/Dockerfile', 0]))).toBeUndefined();
    expect(hintFromLog(spec, log(['docker build -t a hello', 1]))).toBeUndefined();
    expect(hintFromLog({}, log(['docker build -t a hello/Dockerfile', 1]))).toBeUndefined();
  });
});

describe('lesson rules', () => {
  const hints = ['Look at what the image holds.', 'A layer stores one step\'s changes.', 'docker commit <container> <name>'];
  const state = { matcher: 'imageExists' as const, params: { ref: 'tools:v1' } };
  const typed = { matcher: 'commandUsed' as const, params: { pattern: '^docker commit', hint: 'Commit it.' } };
  const problems = (cp: Record<string, unknown>) => {
    try {
      defineLesson('99-test', { checkpoints: [{ id: 'cp', title: 'T', hints, checks: [state], ...cp } as never] });
      return '';
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('accepts a challenge graded by state with three hints and a near-answer', () => {
    expect(problems({ kind: 'challenge', solution: 'docker commit tmp tools:v1' })).toBe('');
  });

  it('names the checkpoint and the field of each broken rule', () => {
    expect(problems({ hints: hints.slice(0, 2) })).toContain('checkpoints[0] ("cp") → hints: give exactly three hints');
    expect(problems({ hints: ['a', 'Type `docker images`.', 'c'] })).toContain('checkpoints[0] ("cp") → hints.1: a hint never starts with "Type"');
    expect(problems({ checks: [typed] })).toContain('→ checks: a commandUsed check is never the only check');
    expect(problems({ kind: 'challenge', checks: [state, typed] })).toContain('checks[1] (commandUsed): a challenge is graded by state only');
    expect(problems({ kind: 'challenge', checks: [state, { matcher: 'not', params: { check: { matcher: 'commandUsed', params: typed.params }, why: 'x' } }] })).toContain('checks[1] (not): a challenge is graded by state only');
    expect(problems({ kind: 'challenge', hints: [hints[0], hints[1], 'Commit the container.'] })).toContain('→ hints.2: a challenge\'s third hint is a near-answer');
    expect(problems({ kind: 'challenge', hints: [hints[0], hints[1], 'Run docker commit tmp tools:v1 <now>'], solution: 'docker commit tmp tools:v1' })).toContain(
      '→ hints.2: a challenge hint contains a line of its solution ("docker commit tmp tools:v1")',
    );
    expect(problems({ kind: 'quiz' })).toMatch(/→ kind: Invalid option/);
    expect(problems({ checks: [{ matcher: 'not', params: { check: { matcher: 'imageExist', params: {} }, why: 'x' } }] })).toContain('checks[0] (not) → params.check.matcher: unknown matcher "imageExist"');
  });
});
