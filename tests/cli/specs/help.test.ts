// Differential: `docker <cmd> --help` from our specs must equal the real docker 28.2.2 output, byte for byte.
import { describe, expect, it } from 'vitest';
import { allSpecs } from '../../../src/cli/specs/index.ts';
import { realDocker, runOurs, runReal } from '../framework/harness.ts';

// The classic builder prints a deprecation banner on stderr; our docker has BuildKit, so it must not.
const buildPaths = new Set(['image build', 'build', 'builder build', 'builder', 'builder prune']);

// The real client here has no buildx plugin: buildx and its subcommands have nothing to compare with.
const invocations = allSpecs
  .filter((s) => !s.listingOnly && s.path.split(' ')[0] !== 'buildx')
  .flatMap((s) => [s.path, ...(s.aliases ?? [])].filter((p, i, all) => all.indexOf(p) === i));

describe.skipIf(!realDocker)('docker <cmd> --help matches docker 28.2.2', () => {
  it.each(invocations)('docker %s --help', async (path) => {
    const words = path.split(' ');
    const real = runReal([...words, '--help']);
    const ours = await runOurs([...words, '--help']);
    expect(ours.stdout).toBe(real.stdout);
    expect(ours.code).toBe(real.code);
    if (buildPaths.has(path)) {
      expect(real.stderr).toContain('DEPRECATED: The legacy builder is deprecated');
      expect(ours.stderr).toBe('');
    } else {
      expect(ours.stderr).toBe(real.stderr);
    }
  });

  it.each([[['--help']], [['help']], [['-h']], [[]], [['-D']], [['help', 'image', 'ls']], [['--help', 'images']], [['-h', 'images']], [['images', '-h']], [['image', '-h']], [['image']], [['container']], [['system']], [['volume']], [['image', 'frob', '--help']], [['imagez', '--help']], [['image', 'ls', 'extra', '--help']]])(
    'docker %j',
    async (args) => {
      const real = runReal(args);
      const ours = await runOurs(args);
      expect(ours).toEqual(real);
    },
  );
});
