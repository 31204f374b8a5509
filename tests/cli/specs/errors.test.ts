// Differential: flag and argument errors must match docker 28.2.2 (stdout, stderr and exit code).
import { describe, expect, it } from 'vitest';
import { realDocker, runOurs, runReal } from '../framework/harness.ts';

const cases: string[][] = [
  // unknown flags and shorthands
  ['pull', '--frob'], ['images', '-z'], ['run', '-itz'], ['image', 'ls', '-D'], ['images', '-zh'], ['images', '-hz'],
  ['image', '--frob'], ['--frob'], ['-x', 'images'], ['-D', '--frob'], ['-v', '--frob'], ['images', '-D'],
  ['version', '--frob'], ['cp', '--frob'], ['volume', 'ls', '--frob'], ['system', 'df', '-x'], ['build', '--frob', '.'],
  ['---x'], ['image', 'ls', '--=x'], ['images', '-='], ['images', '--frob', '--help'], ['images', '--help', '--frob'],
  // flags that need an argument
  ['logs', '-n'], ['logs', '--tail'], ['run', '-p'], ['run', '-e'], ['-l'], ['-H'], ['stop', '-s'], ['run', '-h'],
  ['tag', '-h'], ['ps', '--filter'], ['build', '-t'],
  // bad values
  ['ps', '-n', 'x'], ['ps', '-n=x'], ['ps', '--last='], ['ps', '-n', ''], ['stop', '-t', '1.5', 'x'], ['images', '--all=x'],
  ['run', '--rm=maybe', 'x'], ['run', '--stop-timeout', '99999999999999999999', 'i'], ['run', '--blkio-weight', '70000', 'i'],
  ['run', '--blkio-weight', '-1', 'i'], ['run', '-m', 'x', 'i'], ['run', '-m', '1q', 'i'], ['run', '--shm-size', '1.5.5', 'i'],
  ['run', '--health-interval', 'x', 'i'], ['run', '--health-interval', '5', 'i'], ['run', '--health-interval', '5y', 'i'],
  ['run', '--cpus', 'x', 'i'], ['run', '--ulimit', 'x', 'i'], ['run', '--add-host', 'foo', 'i'], ['run', '-e', '=x', 'i'],
  ['run', '--mount', 'x', 'i'], ['run', '--gpus', 'x', 'i'], ['run', '--device-read-bps', 'x', 'i'],
  ['images', '-f', 'x'], ['volume', 'ls', '-f', 'a'], ['build', '--memory', 'lots', '.'], ['logs', '-f=nope', 'c'],
  // argument counts
  ['tag', 'a'], ['tag', 'a', 'b', 'c'], ['tag', '--', 'a'], ['images', 'a', 'b'], ['image', 'ls', 'a', 'b'], ['run'],
  ['run', '--rm=false'], ['run', '-i=false'], ['create'], ['exec', 'a'], ['exec'], ['ps', 'a'], ['container', 'ls', 'a'],
  ['version', 'a'], ['cp', 'a'], ['container', 'cp', 'a'], ['stop'], ['wait'], ['rename', 'a'], ['rename', 'a', 'b', 'c'],
  ['history'], ['history', 'a', 'b'], ['inspect'], ['image', 'inspect'], ['port'], ['port', 'a', 'b', 'c'], ['rm'],
  ['rmi'], ['image', 'rm'], ['image', 'remove'], ['pull'], ['pull', 'a', 'b'], ['push'], ['save'], ['load', 'x'],
  ['import'], ['start'], ['restart'], ['kill'], ['logs'], ['export'], ['commit'], ['diff'], ['top'], ['attach'],
  ['info', 'x'], ['system', 'df', 'x'], ['system', 'prune', 'x'], ['image', 'prune', 'x'], ['container', 'prune', 'x'],
  ['volume', 'create', 'a', 'b'], ['volume', 'inspect'], ['volume', 'rm'], ['volume', 'prune', 'x'], ['volume', 'ls', 'x'],
  ['search'], ['logout', 'a', 'b'], ['login', 'a', 'b'], ['build'], ['build', 'a', 'b'], ['image', 'build'], ['search', 'a', 'b'],
  ['container', 'inspect'],
  // unknown commands and groups
  ['imagez'], ['pul'], ['image', 'frob'], ['image', 'lss'], ['container', 'frob', 'x'], ['volume', 'nope'],
  ['help', 'imagez'], ['help', 'image', 'frob'], ['help', 'imagez', 'ls'],
  // global options
  ['--version'], ['-v'], ['-l', 'bogus', 'images'], ['-l', 'bogus', 'tag', 'a'], ['-l', 'bogus'], ['-c', 'x', '-H', 'y', 'images'],
  ['--context', 'foo', 'images'], ['-D'], ['-l', 'debug'], ['--help=false'], ['-Dh', 'images'], ['container', '--help=false'],
];

// The classic builder warns that it is deprecated before anything else; our docker has BuildKit and does not.
const legacyBanner = /^DEPRECATED: The legacy builder is deprecated[^\n]*\n[^\n]*\n[^\n]*\n\n/;

describe.skipIf(!realDocker)('docker error paths match docker 28.2.2', () => {
  it.each(cases.map((c) => [c.join(' '), c] as const))('docker %s', async (_, args) => {
    const real = runReal([...args]);
    if (args[0] === 'build' || args.join(' ').startsWith('image build')) {
      expect(real.stderr).toMatch(legacyBanner);
      real.stderr = real.stderr.replace(legacyBanner, '');
    }
    const ours = await runOurs([...args]);
    expect(ours).toEqual(real);
  });
});
