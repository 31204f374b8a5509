// The dispatcher: handlers by canonical path, aliases, unavailable commands, globals and completion.
import { describe, expect, it } from 'vitest';
import { completeDocker } from '../../../src/cli/framework/complete.ts';
import type { ParsedCommand } from '../../../src/cli/command-types.ts';
import { runOurs } from './harness.ts';
import { createDockerProgram } from '../../../src/cli/framework/program.ts';

describe('createDockerProgram', () => {
  it('runs the handler of the canonical path for every alias, with the typed path for messages', async () => {
    const seen: ParsedCommand[] = [];
    const handlers = { 'image ls': (p: ParsedCommand) => (seen.push(p), 0) };
    for (const words of [['images', '-q'], ['image', 'ls', '-q'], ['image', 'list', '-q'], ['-D', 'image', '-q', 'ls']]) {
      expect((await runOurs(words, handlers)).code).toBe(0);
    }
    expect(seen.map((p) => p.displayPath)).toEqual(['images', 'image ls', 'image ls', 'image ls']);
    expect(seen.every((p) => p.flags.bool('quiet'))).toBe(true);
    expect(seen[3].globals.debug).toBe(true);
  });

  it('passes args, globals and the handler exit status through', async () => {
    let got: ParsedCommand | undefined;
    const out = await runOurs(['-H', 'tcp://h:2375', '--log-level', 'warn', 'run', '--rm', 'alpine', 'ls', '-l'], {
      'container run': (p) => ((got = p), 3),
    });
    expect(out.code).toBe(3);
    expect(got!.args).toEqual(['alpine', 'ls', '-l']);
    expect(got!.globals).toMatchObject({ hosts: ['tcp://h:2375'], logLevel: 'warn', config: '/root/.docker' });
  });

  it('runs docker buildx build as the build command, accepting BuildKit flags', async () => {
    let got: ParsedCommand | undefined;
    const out = await runOurs(['buildx', 'build', '--progress=plain', '--load', '-t', 'app', '.'], { 'image build': (p) => ((got = p), 0) });
    expect(out.code).toBe(0);
    expect(got!.flags.string('progress')).toBe('plain');
    expect(got!.flags.list('tag')).toEqual(['app']);
    expect((await runOurs(['build', '--help'])).stdout).not.toContain('--progress');
  });

  it('says plainly when a command has no handler, or is only listed', async () => {
    expect(await runOurs(['attach', 'c'])).toEqual({ stdout: '', stderr: "docker: 'docker attach' is not available in this workbook\n", code: 1 });
    expect((await runOurs(['swarm', 'init'])).stderr).toBe("docker: 'docker swarm' is not available in this workbook\n");
  });

  it('takes its handlers from a loader (a lazy chunk), which a failed load does not break for good', async () => {
    let calls = 0;
    const docker = createDockerProgram(async () => {
      calls++;
      if (calls === 1) throw new Error('Failed to fetch dynamically imported module');
      return { 'image ls': () => 7 };
    });
    await expect(runOurs(['images'], docker)).rejects.toThrow('Failed to fetch');
    expect((await runOurs(['images'], docker)).code).toBe(7);
    expect((await runOurs(['image', 'ls'], docker)).code).toBe(7);
    expect(calls).toBe(2);
  });

  it('rejects handlers for paths that have no spec', async () => {
    await expect(runOurs([], { 'image frob': () => 0 })).rejects.toThrow("no docker command spec for handler 'image frob'");
  });

  it('wraps help to the terminal width minus one', async () => {
    const { stdout } = await runOurs(['pull', '--help']);
    expect(stdout).toContain('      --platform string         Set platform if server is multi-platform\n                                capable\n');
  });
});

describe('completeDocker', () => {
  it('completes commands, subcommands and flags', async () => {
    expect(await completeDocker([], 'im')).toEqual(['image', 'images', 'import']);
    expect(await completeDocker(['image'], 'l')).toEqual(['load', 'ls']);
    expect(await completeDocker(['images'], '--f')).toEqual(['--filter', '--format']);
    expect(await completeDocker(['-H', 'tcp://x', 'container'], 'r')).toEqual(['rename', 'restart', 'rm', 'run']);
    expect(await completeDocker(['run', '--name'], '')).toEqual([]);
    expect(await completeDocker(['nope'], '')).toEqual([]);
  });
});
