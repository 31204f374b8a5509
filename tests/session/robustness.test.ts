// Nothing a learner types may crash or hang the session: random lines, many of them docker commands
// with random flags and arguments, always come back with an exit status and a prompt.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';

const words = ['docker', 'pull', 'images', 'image', 'ls', 'rmi', 'tag', 'history', 'inspect', 'alpine', 'alpine:3.20', 'hello-world', 'Foo', 'nope:1', '-a', '-q', '-f', '--format', '{{.ID}}', '{{', '--filter', 'dangling=true', 'reference=al*', '--no-trunc', '-', '--', '"', "'", '|', '&&', ';', '>', 'x.txt', '$(', '`', '\\', 'echo', 'cat', 'ls', 'cd', '..', '/', '*', 'sha256:', '@sha256:abc'];

describe('session robustness', () => {
  it('answers every random line with a result and never an internal error', async () => {
    const session = createSession({ storage: memoryStorage(), realTime: false });
    await session.start({ lessonId: 'fuzz', workspace: [], checkpoints: [], tty: false, columns: 80, rows: 24 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), async (parts) => {
        let out = '';
        const result = await session.feed(parts.join(' '), (chunk) => (out += chunk.text));
        if (result.kind === 'incomplete') session.interrupt();
        expect(['ran', 'incomplete']).toContain(result.kind);
        expect(out).not.toContain('internal error');
      }),
      { numRuns: 300 },
    );
    expect((await session.feed('echo still here', () => {})).kind).toBe('ran');
  });
});
