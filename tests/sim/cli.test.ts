// The `npm run sim` contract, through the real command line: workspace copy with modes, one typed
// line at a time (heredocs span lines), stdout exactly what the terminal shows, exit status 0.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;
const sim = (args: string[], input: string) =>
  spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/sim/main.ts'), ...args], { input, encoding: 'utf8', cwd: root });

describe('npm run sim', () => {
  it('copies the workspace with its folders and modes, and prints only what the terminal shows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-'));
    mkdirSync(join(dir, 'app/empty'), { recursive: true });
    writeFileSync(join(dir, 'app/run.sh'), '#!/bin/sh\necho running $1\n');
    chmodSync(join(dir, 'app/run.sh'), 0o755);
    writeFileSync(join(dir, 'notes.txt'), 'hello\n');
    const result = sim(['--workspace', dir], 'ls -l app | cut -c1-10\nls app\ncat notes.txt\n./app/run.sh now\npwd\n');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('total 8\ndrwxr-xr-x\n-rwxr-xr-x\nempty\nrun.sh\nhello\nrunning now\n/home/learner\n');
  });

  it('lets a heredoc span lines and keeps going after a failing command', () => {
    const script = 'cat > greeting.txt <<EOF\nhi $USER\nEOF\ncat greeting.txt\nnosuchcommand\necho after $?\n';
    const result = sim([], script);
    expect(result.stdout).toBe('hi learner\nbash: nosuchcommand: command not found\nafter 127\n');
    expect(result.status).toBe(0);
  });

  it('reads the script from a file, prints no ANSI escapes when not a terminal, and stops at exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'script-'));
    writeFileSync(join(dir, 'script.sh'), 'docker pull -q hello-world\ndocker images --format "{{.Repository}}"\nexit\necho never\n');
    const result = sim([join(dir, 'script.sh')], '');
    expect(result.stdout).toBe('docker.io/library/hello-world:latest\nhello-world\nexit\n');
    expect(result.stdout).not.toMatch(/\x1b/);
    expect(result.status).toBe(0);
  });

  it('ends when the script does, with a loop that never sleeps still running in the background', () => {
    const result = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'src/sim/main.ts')], {
      input: 'while :; do :; done &\ndocker run -d -q alpine sh -c "while :; do :; done" >/dev/null\necho done\n',
      encoding: 'utf8',
      cwd: root,
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\ndone\n$/);
  });

  it('refuses unknown options with exit status 2 and explains itself with --help', () => {
    expect(sim(['--frob'], '').status).toBe(2);
    const missing = sim(['no-such-script.sh'], '');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('sim: cannot read no-such-script.sh: No such file or directory\n');
    expect(sim(['--workspace', 'no-such-dir'], '').stderr).toBe('sim: cannot read no-such-dir: No such file or directory\n');
    const help = sim(['--help'], '');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run --silent sim -- [--workspace DIR]');
  });
});
