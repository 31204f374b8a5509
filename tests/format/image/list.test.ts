import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpusJson, readCorpusText } from '../../support/corpus.ts';
import { formatImageList } from '../../../src/format/image/list.ts';
import { FormatError } from '../../../src/format/context.ts';
import { goTimeString } from '../../../src/format/go/time.ts';
import type { ImageSummary } from '../../../src/engine/api/images.ts';

const NOW = 1_700_000_000;

interface CorpusImage { ID: string; RepoTags?: string[]; RepoDigests?: string[]; Created: string | number; Size: number }
interface ImageLsCase { format: string; quiet?: boolean; digest?: boolean; images?: CorpusImage[]; expected?: string; error?: string }
interface FormatterCases { imageLs: { images: CorpusImage[]; cases: ImageLsCase[] } }

// The corpus writes creation times as "now-1day" or a zero-time note; map them onto our clock.
function created(c: string | number): number {
  if (typeof c === 'number') return c;
  if (c === 'now-1day') return NOW - 86400;
  if (c.startsWith('zero time')) return -62135596800;
  throw new Error(`unknown corpus time ${c}`);
}

function summary(i: CorpusImage): ImageSummary {
  return {
    Id: i.ID, ParentId: '', RepoTags: i.RepoTags ?? [], RepoDigests: i.RepoDigests ?? [], Created: created(i.Created),
    Size: i.Size, SharedSize: -1, Labels: {}, Containers: -1,
  };
}

describe.runIf(hasCorpus)('docker images: docker-cli-formatter-cases.json imageLs', () => {
  const data = hasCorpus ? readCorpusJson<FormatterCases>('docker-cli-formatter-cases.json').imageLs : { images: [], cases: [] };
  it.each(data.cases.map((c, i) => ({ ...c, name: `#${i} ${JSON.stringify(c.format)} q=${!!c.quiet} d=${!!c.digest}` })))('$name', (c) => {
    const images = (c.images ?? data.images).map(summary);
    const run = () => formatImageList(images, { format: c.format, quiet: c.quiet, digests: c.digest, now: NOW });
    if (c.error !== undefined) {
      expect(run).toThrow(FormatError);
      expect(run).toThrow(c.error);
      return;
    }
    let expected = c.expected!;
    // Raw cases write Go's time.String() as a placeholder; we print it in UTC.
    let n = 0;
    expected = expected.replace(/created_at: <[^>\n]*>/g, () => `created_at: ${goTimeString(images[n++]!.Created)}`);
    expect(run()).toBe(expected);
  });
});

describe.runIf(hasCorpus)('docker images: docker-cli-28.x image goldens', () => {
  const golden = (name: string) => (hasCorpus ? readCorpusText(`docker-cli-28.x/cli/command/image/testdata/${name}`) : '');
  it.each(['list-command-success.simple.golden', 'list-command-success.filters.golden', 'list-command-success.match-name.golden'])(
    '%s (no images, default table)',
    (name) => {
      expect(formatImageList([], { now: NOW })).toBe(golden(name));
    },
  );
  it('list-command-success.format.golden / quiet-format.golden (no images, a template)', () => {
    expect(formatImageList([], { format: '{{ .ID }}', now: NOW })).toBe(golden('list-command-success.format.golden'));
    expect(formatImageList([], { format: '{{ .ID }}', quiet: true, now: NOW })).toBe(golden('list-command-success.quiet-format.golden'));
  });
});

describe('docker images: rows as docker expands them', () => {
  const alpine: ImageSummary = {
    Id: 'sha256:' + 'a'.repeat(64), ParentId: '', RepoTags: ['alpine:latest', 'alpine:3.20', 'myrepo/alpine:v1'],
    RepoDigests: ['alpine@sha256:' + 'b'.repeat(64)], Created: NOW - 3 * 7 * 86400, Size: 7_796_456, SharedSize: -1,
    Labels: {}, Containers: -1,
  };
  it('prints one row per tag, stripping sha256: and keeping 12 characters', () => {
    expect(formatImageList([alpine], { now: NOW })).toBe(
      'REPOSITORY      TAG       IMAGE ID       CREATED       SIZE\n' +
        'alpine          latest    aaaaaaaaaaaa   3 weeks ago   7.8MB\n' +
        'alpine          3.20      aaaaaaaaaaaa   3 weeks ago   7.8MB\n' +
        'myrepo/alpine   v1        aaaaaaaaaaaa   3 weeks ago   7.8MB\n',
    );
  });
  it('shows the digest of the repository for each of its tags with --digests', () => {
    const out = formatImageList([alpine], { digests: true, format: 'table {{.Repository}}:{{.Tag}}', now: NOW });
    expect(out).toBe(
      'REPOSITORY:TAG     DIGEST\n' +
        `alpine:latest      sha256:${'b'.repeat(64)}\n` +
        `alpine:3.20        sha256:${'b'.repeat(64)}\n` +
        'myrepo/alpine:v1   <none>\n',
    );
  });
  it('prints a digest-only repository as <none> tag, untagged images as <none> <none>', () => {
    const pulledByDigest: ImageSummary = { ...alpine, RepoTags: [], RepoDigests: ['docker.io/library/nginx@sha256:' + 'c'.repeat(64)] };
    const dangling: ImageSummary = { ...alpine, Id: 'sha256:' + 'd'.repeat(64), RepoTags: [], RepoDigests: [] };
    expect(formatImageList([pulledByDigest, dangling], { format: '{{.Repository}} {{.Tag}} [{{.Digest}}]', now: NOW })).toBe(
      'nginx <none> []\n<none> <none> [<none>]\n',
    );
  });
  it('prints full IDs with --no-trunc and IDs only with -q', () => {
    expect(formatImageList([alpine], { quiet: true, noTrunc: true, now: NOW })).toBe(`${alpine.Id}\n`.repeat(3));
  });
  it('prints one JSON object per row for --format json, with the fields of docker 28', () => {
    const out = formatImageList([{ ...alpine, RepoTags: ['alpine:latest'], SharedSize: 0, Containers: 2 }], { format: 'json', now: NOW });
    expect(out).toBe(
      '{"Containers":"2","CreatedAt":"2023-10-24 22:13:20 +0000 UTC","CreatedSince":"3 weeks ago","Digest":"\\u003cnone\\u003e",' +
        `"ID":"aaaaaaaaaaaa","Repository":"alpine","SharedSize":"0B","Size":"7.8MB","Tag":"latest","UniqueSize":"7.796MB","VirtualSize":"7.796MB"}\n`,
    );
  });
  it('turns \\t into columns and keeps the header of custom table templates', () => {
    expect(formatImageList([alpine], { format: 'table {{.ID}}\\t{{.Size}}\\t{{.CreatedAt}}', now: NOW })).toBe(
      'IMAGE ID       SIZE      CREATED AT\n' + 'aaaaaaaaaaaa   7.8MB     2023-10-24 22:13:20 +0000 UTC\n'.repeat(3),
    );
  });
  it('reports template errors as docker does', () => {
    expect(() => formatImageList([alpine], { format: '{{.Foo}}', now: NOW })).toThrow(
      'template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.imageContext',
    );
    expect(() => formatImageList([], { format: '{{ .A', now: NOW })).toThrow('template parsing error: template: :1: unclosed action');
  });
});
