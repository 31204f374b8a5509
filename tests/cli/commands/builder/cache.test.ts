// `docker buildx du`, `docker buildx prune` / `docker builder prune` (docker forwards `builder` to
// buildx) and `docker system prune`, as a learner types them: buildx's tab-aligned tables, its
// question and errors, and the system prune's question and report.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../../src/sim/run-script.ts';

const SETUP = [
  'docker pull -q alpine',
  "printf 'FROM alpine\\nRUN echo one > /one\\nCOPY f /f\\n' > Dockerfile",
  'echo first > f',
  'docker build -q -t demo . > /dev/null',
  'echo second > f',
  'docker build -q -t demo . > /dev/null',
];

// The transcript of `lines` after the setup, from the line that starts with `from`.
async function after(lines: string[], from: string): Promise<string> {
  const out = await transcript([...SETUP, ...lines].join('\n'));
  return out.slice(out.indexOf(from));
}

describe('docker buildx du', () => {
  it('lists each record in tabs, a shared size with *, then the shared, private, reclaimable and total bytes', async () => {
    const out = await after(['docker buildx du'], 'ID\t');
    const row = (size: string) => expect.stringMatching(new RegExp(`^[0-9a-z]{25} {15}\\ttrue \\t\\t${size.replace('*', '\\*')} {${10 - size.length}}\\t\\d+ seconds? ago$`));
    const lines = out.split('\n');
    expect(lines[0]).toBe('ID\t\t\t\t\t\tRECLAIMABLE\tSIZE\t\tLAST ACCESSED');
    expect(lines.slice(1, 4)).toEqual([row('4B*'), row('6B*'), row('7B*')]);
    expect(lines.slice(4, 8)).toEqual(['Shared:\t\t17B', 'Private:\t0B', 'Reclaimable:\t17B', 'Total:\t\t17B']);
  });

  it('--verbose prints a block a record; --filter narrows the list and drops the summary', async () => {
    const out = await after(['docker buildx du --verbose', 'docker buildx du --filter type=regular --filter description=nothing'], 'ID:\t');
    expect(out.split('\n').slice(0, 12).map((l) => l.replace(/\t.*/, ''))).toEqual(['ID:', 'Created at:', 'Mutable:', 'Reclaimable:', 'Shared:', 'Size:', 'Description:', 'Usage count:', 'Last used:', 'Type:', '', 'ID:']);
    expect(out).toContain('Description:\tmount / from exec /bin/sh -c echo one > /one\nUsage count:\t2\n');
    expect(out).toMatch(/Created at:\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC\n/);
    // The blocks, then the summary; the filtered list's header alone, its columns as wide as its own words.
    expect(out.endsWith('Type:\t\tregular\n\nShared:\t\t17B\nPrivate:\t0B\nReclaimable:\t17B\nTotal:\t\t17B\nID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\n')).toBe(true);
  });
});

describe('cache mounts in the build cache', () => {
  it('lists a cache mount with * after its ID (mutable), its type and description, and prunes it by type', async () => {
    const out = await transcript([
      'docker pull -q alpine',
      "printf 'FROM alpine\\nRUN --mount=type=cache,target=/root/.cache echo 12345 > /root/.cache/pkg\\n' > Dockerfile",
      'docker build -q -t demo . > /dev/null',
      'docker buildx du',
      'docker buildx du --verbose --filter type=exec.cachemount',
      'docker builder prune -f --filter type=exec.cachemount',
      'docker buildx du --filter type=exec.cachemount',
    ].join('\n'));
    const lines = out.slice(out.indexOf('ID\t')).split('\n');
    expect(lines[1]).toMatch(/^[0-9a-z]{25} {15}\ttrue \t\t0B\* {7}\t/);
    expect(lines[2]).toMatch(/^([0-9a-z]{25})\* {14}\ttrue \t\t6B {8}\t\d+ seconds? ago$/);
    const id = lines[2].slice(0, 25);
    expect(out).toContain(`ID:\t\t${id}\n`);
    expect(out).toContain('Mutable:\ttrue\n');
    expect(out).toContain('Description:\tcached mount /root/.cache from exec /bin/sh -c echo 12345 > /root/.cache/pkg\n');
    expect(out).toContain('Type:\t\texec.cachemount\n\n');
    // The prune takes the mount alone; the list of cache mounts is then its header only.
    expect(out).toMatch(new RegExp(`\\nID\\t{6}RECLAIMABLE\\tSIZE\\t\\tLAST ACCESSED\\n${id}\\* {14}\\ttrue \\t\\t6B {8}\\t\\d+ seconds? ago\\nTotal:\\t6B\\nID\\tRECLAIMABLE\\tSIZE\\tLAST ACCESSED\\n$`));
  });
});

describe('docker builder prune / docker buildx prune', () => {
  it('asks first: anything but y ends quietly; y prunes; a plain prune spares what images hold', async () => {
    const out = await after(['echo n | docker builder prune; echo st=$?', 'echo y | docker builder prune; echo st=$?', 'docker image prune -f > /dev/null', 'docker buildx prune -f'], 'WARNING');
    const ask = 'WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] ';
    expect(out.startsWith(`${ask}st=0\n${ask}Total:\t0B\nst=0\n`)).toBe(true);
    // With the first image gone, its COPY record is no image's: the plain prune takes it alone.
    expect(out).toMatch(/\nID\t{6}RECLAIMABLE\tSIZE\t\tLAST ACCESSED\n[0-9a-z]{25} {15}\ttrue \t\t6B {8}\t\d+ seconds? ago\nTotal:\t6B\n$/);
  });

  it('-a takes every record, each row flushed alone as BuildKit sends it, and the next build starts cold', async () => {
    const out = await after(['docker builder prune -af', 'docker build -t demo . 2>&1 | grep -c CACHED'], 'ID\t');
    const lines = out.split('\n');
    expect(lines[1]).toMatch(/^[0-9a-z]{25} {15}\ttrue \t\t\dB\* {7}\t/);
    expect(lines[2]).toMatch(/^[0-9a-z]{25} {15}\ttrue \t\dB\* {7}\t/);
    expect(lines.slice(4)).toEqual(['Total:\t17B', '0', '']);
  });

  it('reads its filters as buildx does, with its own error lines', async () => {
    const out = await after([
      'docker buildx prune -f --filter until=abc; echo st=$?',
      'docker buildx prune -f --filter until=1h --filter unused-for=2h; echo st=$?',
      'docker buildx prune -f --filter type=a --filter type=b; echo st=$?',
      'docker buildx prune -af --filter until=1h; echo st=$?',
    ], 'ERROR');
    expect(out).toBe([
      `ERROR: "until" filter expects a duration (e.g., '24h'): time: invalid duration "abc"`, 'st=1',
      'ERROR: conflicting filters "until" and "unused-for"', 'st=1',
      'ERROR: filters expect only one value', 'st=1',
      'Total:\t0B', 'st=0', '',
    ].join('\n'));
  });
});

describe('docker system prune', () => {
  it('asks with the list of what goes (and the filters), then reports each part and the total', async () => {
    const out = await after([
      'docker run --name stopped alpine true',
      'docker network create unused > /dev/null',
      'echo n | docker system prune --filter label=a=b --filter until=1h; echo st=$?',
      'docker system prune -af',
    ], 'WARNING');
    expect(out.startsWith([
      'WARNING! This will remove:', '  - all stopped containers', '  - all networks not used by at least one container',
      '  - all dangling images', '  - unused build cache', '',
      '  Items to be pruned will be filtered with:', '  - label=a=b', '  - until=1h', '',
      'Are you sure you want to continue? [y/N] st=0', 'Deleted Containers:', '',
    ].join('\n'))).toBe(true);
    expect(out).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nDeleted Networks:\nunused\n\nDeleted Images:\nuntagged: alpine:latest\n/m);
    expect(out).toMatch(/\n\nDeleted build cache objects:\n[0-9a-z]{25}\n[0-9a-z]{25}\n[0-9a-z]{25}\n\nTotal reclaimed space: 7.83MB\n$/);
  });

  it('refuses until with --volumes before asking, as docker does', async () => {
    const out = await after(['docker system prune --volumes --filter until=1h; echo st=$?'], 'ERROR');
    expect(out).toBe('ERROR: The "until" filter is not supported with "--volumes"\nst=1\n');
  });
});
