// The pieces of `docker buildx history` text that no transcript reaches easily: buildx's formatDuration
// and buildName over the local state and the attributes.
import { describe, expect, it } from 'vitest';
import { formatBuildDuration } from '../../src/format/builder/history.ts';
import { buildName } from '../../src/cli/commands/builder/history-record.ts';

describe('formatDuration', () => {
  it('prints tenths of a second under a minute (ties to even), then minutes and space-padded seconds', () => {
    expect([0, 250, 350, 59_949, 60_000, 65_000, 754_000].map(formatBuildDuration)).toEqual(['0.0s', '0.2s', '0.3s', '59.9s', '1m  0s', '1m  5s', '12m 34s']);
  });
});

describe('buildName', () => {
  const state = (LocalPath: string, DockerfilePath = '') => ({ Target: '', LocalPath, DockerfilePath });
  it('names a build by its context directory, its Dockerfile when not the default, and its target', () => {
    expect(buildName({ filename: 'Dockerfile' }, state('/home/learner/demo'))).toBe('demo');
    expect(buildName({ filename: 'Dockerfile.dev' }, state('/home/learner/demo', '/home/learner/demo/Dockerfile.dev'))).toBe('demo/Dockerfile.dev');
    expect(buildName({ filename: 'Dockerfile' }, state('/home/learner/app', '/home/learner/app/docker/Dockerfile'))).toBe('app/docker');
    expect(buildName({ filename: 'Dockerfile.ci' }, state('/home/learner/app', '/tmp/Dockerfile.ci'))).toBe('tmp/Dockerfile.ci');
    expect(buildName({ filename: 'Dockerfile', target: 'builder' }, state('/home/learner/app'))).toBe('app (builder)');
    expect(buildName({ filename: 'Dockerfile.x' }, state('/home/learner/app', '/Dockerfile.x'))).toBe('Dockerfile.x');
  });

  it('without local state: the attributes alone (a non-default Dockerfile name, the target), or nothing', () => {
    expect(buildName({ filename: 'Dockerfile' }, undefined)).toBe('');
    expect(buildName({ filename: 'Dockerfile.dev' }, undefined)).toBe('Dockerfile.dev');
    expect(buildName({ filename: 'Dockerfile', target: 'test' }, undefined)).toBe('test');
    expect(buildName({ filename: 'Dockerfile' }, state('-'))).toBe('');
  });
});
