// `docker images` / `docker image ls` text, as docker/cli's formatter/image.go renders it: one row per
// repository tag (and per digest with --digests), `<none>` for dangling images, the default tables,
// `-q`, `--format` templates, `table`, `json` and `raw`.
import type { ImageSummary } from '../../engine/index.ts';
import {
  DEFAULT_QUIET_FORMAT, formatContains, isTableFormat, RAW_FORMAT_KEY, TABLE_FORMAT_KEY, truncateId, writeContext,
} from '../context.ts';
import { GO_ZERO_TIME_UNIX, goTimeString } from '../go/time.ts';
import { GoStruct } from '../go/template/index.ts';
import { humanDuration, humanSize, humanSizeWithPrecision } from '../units.ts';
import { parseFamiliarRef } from './familiar-ref.ts';

const defaultTable = 'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const defaultTableWithDigest = 'table {{.Repository}}\t{{.Tag}}\t{{.Digest}}\t{{.ID}}\t{{if .CreatedSince }}{{.CreatedSince}}{{else}}N/A{{end}}\t{{.Size}}';
const rawQuiet = 'image_id: {{.ID}}';
const rawDigest = 'repository: {{ .Repository }}\ntag: {{.Tag}}\ndigest: {{.Digest}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';
const rawDefault = 'repository: {{ .Repository }}\ntag: {{.Tag}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';

/** The image table's column headers by field (docker images, system df -v). */
export const imageHeader: Record<string, string> = {
  ID: 'IMAGE ID', Repository: 'REPOSITORY', Tag: 'TAG', Digest: 'DIGEST', CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT', Size: 'SIZE', Containers: 'CONTAINERS', VirtualSize: 'SIZE',
  SharedSize: 'SHARED SIZE', UniqueSize: 'UNIQUE SIZE',
};

/** Options of `docker images` that change its text; `now` is the session clock in Unix seconds. */
export interface ImageListFormatOptions {
  format?: string;
  quiet?: boolean;
  noTrunc?: boolean;
  digests?: boolean;
  now: number;
}

/** formatter.NewImageFormat: the template docker uses for a `--format` value and -q/--digests. */
export function imageListTemplate(source: string, quiet: boolean, digest: boolean): string {
  if (source === TABLE_FORMAT_KEY) return quiet ? DEFAULT_QUIET_FORMAT : digest ? defaultTableWithDigest : defaultTable;
  if (source === RAW_FORMAT_KEY) return quiet ? rawQuiet : digest ? rawDigest : rawDefault;
  if (isTableFormat(source) && digest && !formatContains(source, '{{.Digest}}')) return source + '\t{{.Digest}}';
  return source;
}

/** One line of an image listing. */
export interface Row {
  repo: string;
  tag: string;
  digest: string;
}

function isDangling(img: ImageSummary): boolean {
  const tags = img.RepoTags ?? [];
  const digests = img.RepoDigests ?? [];
  if (tags.length === 0 && digests.length === 0) return true;
  return tags.length === 1 && tags[0] === '<none>:<none>' && digests.length === 1 && digests[0] === '<none>@<none>';
}

/** The rows docker's imageFormatTaggedAndDigest makes for one image (Go map order made stable: first seen). */
/** The lines an image takes in a listing: one per repository and tag (or <none>). */
export function rowsOf(img: ImageSummary, showDigests: boolean, needDigest: boolean): Row[] {
  if (isDangling(img)) return [{ repo: '<none>', tag: '<none>', digest: '<none>' }];
  const repoTags = new Map<string, string[]>();
  const repoDigests = new Map<string, string[]>();
  for (const s of img.RepoTags ?? []) {
    const r = parseFamiliarRef(s);
    if (r?.tag != null) repoTags.set(r.familiarName, [...(repoTags.get(r.familiarName) ?? []), r.tag]);
  }
  for (const s of img.RepoDigests ?? []) {
    const r = parseFamiliarRef(s);
    if (r?.digest != null) repoDigests.set(r.familiarName, [...(repoDigests.get(r.familiarName) ?? []), r.digest]);
  }
  const rows: Row[] = [];
  for (const [repo, tags] of repoTags) {
    const digests = needDigest ? (repoDigests.get(repo) ?? []) : [];
    repoDigests.delete(repo);
    for (const tag of tags) {
      if (digests.length === 0) rows.push({ repo, tag, digest: '<none>' });
      else for (const digest of digests) rows.push({ repo, tag, digest });
    }
  }
  for (const [repo, digests] of repoDigests) {
    if (showDigests) for (const digest of digests) rows.push({ repo, tag: '<none>', digest });
    else rows.push({ repo, tag: '<none>', digest: '' });
  }
  return rows;
}

/** The `*formatter.imageContext` of one row: the fields `--format` templates can use. */
export function imageContext(img: ImageSummary, row: Row, trunc: boolean, now: number): GoStruct {
  return new GoStruct('*formatter.imageContext', {
    ID: () => (trunc ? truncateId(img.Id) : img.Id),
    Repository: () => row.repo,
    Tag: () => row.tag,
    Digest: () => row.digest,
    CreatedSince: () => (img.Created === GO_ZERO_TIME_UNIX ? '' : humanDuration(now - img.Created) + ' ago'),
    CreatedAt: () => goTimeString(img.Created),
    Size: () => humanSizeWithPrecision(img.Size, 3),
    Containers: () => (img.Containers === -1 ? 'N/A' : String(img.Containers)),
    VirtualSize: () => humanSize(img.Size),
    SharedSize: () => (img.SharedSize === -1 ? 'N/A' : humanSize(img.SharedSize)),
    UniqueSize: () => (img.Size === -1 || img.SharedSize === -1 ? 'N/A' : humanSize(img.Size - img.SharedSize)),
  });
}

/** The exact stdout of `docker images` for `images` in the caller's order; throws FormatError for bad templates. */
export function formatImageList(images: readonly ImageSummary[], opts: ImageListFormatOptions): string {
  const format = imageListTemplate(opts.format || TABLE_FORMAT_KEY, !!opts.quiet, !!opts.digests);
  const needDigest = !!opts.digests || formatContains(format, '{{.Digest}}');
  const rows = images.flatMap((img) => rowsOf(img, !!opts.digests, needDigest).map((r) => imageContext(img, r, !opts.noTrunc, opts.now)));
  return writeContext(format, rows, imageHeader);
}
