// `docker system df [-v]` text — docker/cli cli/command/formatter/disk_usage.go: a summary line per
// kind (total, active, size, reclaimable with its share), or with -v each kind's own table.
import type { ContainerSummary, DiskUsage, ImageSummary } from '../../engine/index.ts';
import { writeContext } from '../context.ts';
import { GoStruct } from '../go/template/index.ts';
import { humanDuration, humanSize, humanSizeWithPrecision } from '../units.ts';
import { imageContext, imageHeader, rowsOf } from '../image/list.ts';
import { formatContainers } from '../container/list.ts';

const summaryTable = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';
const summaryHeader: Record<string, string> = { Type: 'TYPE', TotalCount: 'TOTAL', Active: 'ACTIVE', Size: 'SIZE', Reclaimable: 'RECLAIMABLE' };

/** Options of `docker system df`; `now` in Unix seconds. */
export interface DfFormatOptions {
  verbose?: boolean;
  format?: string;
  now: number;
}

/** The summary, or the -v tables. */
export function formatDiskUsage(df: DiskUsage, options: DfFormatOptions): string {
  if (options.verbose) return verbose(df, options.now);
  const share = (reclaimable: number, total: number) => (total > 0 ? `${humanSize(reclaimable)} (${Math.floor((reclaimable * 100) / total)}%)` : humanSize(reclaimable));
  const imagesUsed = df.Images.filter((i) => i.Containers > 0).reduce((sum, i) => sum + i.Size - i.SharedSize, 0);
  const containersSize = df.Containers.reduce((sum, c) => sum + (c.SizeRw ?? 0), 0);
  const containersIdle = df.Containers.filter((c) => c.State !== 'running' && c.State !== 'paused' && c.State !== 'restarting').reduce((sum, c) => sum + (c.SizeRw ?? 0), 0);
  const volumeSize = (v: DiskUsage['Volumes'][number]) => Math.max(0, v.UsageData?.Size ?? 0);
  const volumesSize = df.Volumes.reduce((sum, v) => sum + volumeSize(v), 0);
  const volumesIdle = df.Volumes.filter((v) => (v.UsageData?.RefCount ?? 0) === 0).reduce((sum, v) => sum + volumeSize(v), 0);
  const cacheSize = df.BuildCache.filter((b) => !b.Shared).reduce((sum, b) => sum + b.Size, 0);
  const cacheIdle = df.BuildCache.filter((b) => !b.Shared && !b.InUse).reduce((sum, b) => sum + b.Size, 0);
  const row = (type: string, total: number, active: number, size: number, reclaimable: string) =>
    new GoStruct('*formatter.diskUsageContext', { Type: () => type, TotalCount: () => String(total), Active: () => String(active), Size: () => humanSize(size), Reclaimable: () => reclaimable });
  return writeContext(options.format || summaryTable, [
    row('Images', df.Images.length, df.Images.filter((i) => i.Containers > 0).length, df.LayersSize, share(df.LayersSize - imagesUsed, df.LayersSize)),
    row('Containers', df.Containers.length, df.Containers.filter((c) => c.State === 'running' || c.State === 'paused').length, containersSize, share(containersIdle, containersSize)),
    row('Local Volumes', df.Volumes.length, df.Volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length, volumesSize, share(volumesIdle, volumesSize)),
    row('Build Cache', df.BuildCache.length, df.BuildCache.filter((b) => b.InUse).length, cacheSize, humanSize(cacheIdle)),
  ], summaryHeader);
}

// The -v report: images, containers, volumes and the build cache, each under its heading.
function verbose(df: DiskUsage, now: number): string {
  const images = writeContext(
    'table {{.Repository}}\t{{.Tag}}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}\t{{.SharedSize}}\t{{.UniqueSize}}\t{{.Containers}}',
    df.Images.flatMap((img: ImageSummary) => rowsOf(img, false, false).map((r) => imageContext(img, r, true, now))),
    imageHeader,
  );
  const containers = formatContainers(
    df.Containers.map((c: ContainerSummary) => ({ ...c, SizeRootFs: 0 })),
    { format: 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.LocalVolumes}}\t{{.Size}}\t{{.RunningFor}}\t{{.Status}}\t{{.Names}}', size: true, now },
  );
  const volumes = writeContext(
    'table {{.Name}}\t{{.Links}}\t{{.Size}}',
    df.Volumes.map((v) => new GoStruct('*formatter.volumeContext', { Name: () => v.Name, Links: () => String(v.UsageData?.RefCount ?? 0), Size: () => humanSizeWithPrecision(Math.max(0, v.UsageData?.Size ?? 0), 3) })),
    { Name: 'VOLUME NAME', Links: 'LINKS', Size: 'SIZE' },
  );
  const cacheTotal = df.BuildCache.filter((b) => !b.Shared).reduce((sum, b) => sum + b.Size, 0);
  const cache = writeContext(
    'table {{.ID}}\t{{.CacheType}}\t{{.Size}}\t{{.CreatedSince}}\t{{.LastUsedSince}}\t{{.UsageCount}}\t{{.Shared}}',
    df.BuildCache.map((b) => new GoStruct('*formatter.buildCacheContext', {
      ID: () => b.ID.slice(0, 12), CacheType: () => b.Type, Size: () => humanSizeWithPrecision(b.Size, 3),
      CreatedSince: () => `${humanDuration(now - Date.parse(b.CreatedAt) / 1000)} ago`,
      LastUsedSince: () => (b.LastUsedAt ? `${humanDuration(now - Date.parse(b.LastUsedAt) / 1000)} ago` : ''),
      UsageCount: () => String(b.UsageCount), Shared: () => String(b.Shared),
    })),
    { ID: 'CACHE ID', CacheType: 'CACHE TYPE', Size: 'SIZE', CreatedSince: 'CREATED', LastUsedSince: 'LAST USED', UsageCount: 'USAGE', Shared: 'SHARED' },
  );
  return `Images space usage:\n\n${images}\nContainers space usage:\n\n${containers}\nLocal Volumes space usage:\n\n${volumes}\nBuild cache usage: ${humanSize(cacheTotal)}\n\n${cache}`;
}
