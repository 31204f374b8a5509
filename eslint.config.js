// Enforces the one-way import direction of docs/ARCHITECTURE.md:
//   terminal/ → protocol/ ; worker/ & sim/ wire session/ ; session/ → shell/, cli/ → engine/ → kernel/ → vfs/
import tseslint from 'typescript-eslint';

// Outside src/engine, the engine has one door: src/engine/index.ts (EngineApi, EngineReads, Daemon, API types).
const door = { group: ['**/engine/**', '!**/engine/index.ts'], message: 'import the engine only through src/engine/index.ts (its one door)' };
const forbid = (patterns, message, ...more) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }, ...more] }],
});
const up = (...dirs) => dirs.flatMap((d) => [`**/${d}/**`, `**/${d}`]);

export default tseslint.config(
  { ignores: ['dist/**', '.astro/**', 'node_modules/**', 'tests/e2e/artifacts/**', '.bench/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['src/vfs/**'], rules: forbid(up('kernel', 'engine', 'cli', 'shell', 'session', 'terminal', 'worker', 'checkpoints', 'components', 'pages', 'sim'), 'vfs/ is the bottom layer: it imports nothing of the app') },
  { files: ['src/engine/**'], rules: forbid(up('cli', 'shell', 'session', 'terminal', 'worker', 'checkpoints', 'components', 'pages', 'sim'), 'engine/ returns data: it never imports the CLI, the shell, or anything with a DOM') },
  { files: ['src/cli/**'], rules: forbid(up('shell', 'session', 'terminal', 'worker', 'checkpoints', 'components', 'pages', 'sim'), 'cli/ sits under the shell: it may import engine/, kernel/ and vfs/ only', door) },
  { files: ['src/shell/**'], rules: forbid(up('engine', 'cli', 'session', 'terminal', 'worker', 'checkpoints', 'components', 'pages', 'sim'), 'shell/ may import kernel/ and vfs/ only: programs, userland and the registry server are injected') },
  { files: ['src/kernel/**'], rules: forbid(up('engine', 'cli', 'shell', 'session', 'terminal', 'worker', 'checkpoints', 'components', 'pages', 'sim'), 'kernel/ holds the contracts both sides share: it may import vfs/ only') },
  { files: ['src/checkpoints/**'], rules: forbid(up('cli', 'shell', 'session', 'terminal', 'worker', 'components', 'pages', 'sim'), 'checkpoints read engine state and the command log, never the CLI or the DOM', door) },
  { files: ['src/session/**'], rules: forbid(up('terminal', 'worker', 'components', 'pages', 'sim'), 'session/ is wired by worker/ and sim/, never the reverse', door) },
  { files: ['src/sim/**', 'src/worker/**'], rules: forbid(up('cli', 'shell', 'terminal', 'page', 'components', 'pages'), 'sim/ and worker/ wire the session (the API server formats with format/); they never import cli/, shell/ or the page', door) },
  { files: ['src/format/**'], rules: forbid(up('cli', 'shell', 'session', 'sim', 'checkpoints', 'vfs', 'terminal', 'worker', 'page', 'components', 'pages'), 'format/ turns engine data into text: it imports engine/index.ts and kernel/ only', door) },
  { files: ['src/terminal/**', 'src/page/**', 'src/components/**', 'src/layouts/**', 'src/pages/**'], rules: forbid(up('kernel', 'engine', 'cli', 'shell', 'vfs', 'session', 'checkpoints'), 'the main thread talks to the engine only through protocol/ and the worker') },
);
