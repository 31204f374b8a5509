// `docker buildx ls` text — buildx commands/ls.go: each builder, then its nodes under ` \_ `, the
// current builder marked `*`; a node's platforms list variants of one architecture as `(+N)` unless
// --no-trunc.
import { writeContext } from '../context.ts';
import { GoStruct } from '../go/template/index.ts';

const defaultTable = 'table {{.Name}}\t{{.DriverEndpoint}}\t{{.Status}}\t{{.Buildkit}}\t{{.Platforms}}';
const header: Record<string, string> = { Name: 'NAME/NODE', DriverEndpoint: 'DRIVER/ENDPOINT', LastActivity: 'LAST ACTIVITY', Status: 'STATUS', Buildkit: 'BUILDKIT', Platforms: 'PLATFORMS', Error: 'ERROR' };

/** A builder instance and its nodes, as buildx ls shows them. */
export interface BuilderListing {
  name: string;
  driver: string;
  current: boolean;
  nodes: { name: string; endpoint: string; status: string; buildkit: string; platforms: string[] }[];
}

/** The builder table (or template output). */
export function formatBuilders(builders: readonly BuilderListing[], options: { format?: string; noTrunc?: boolean } = {}): string {
  const rows: GoStruct[] = [];
  const row = (fields: Record<string, string>) => new GoStruct('lsContext', Object.fromEntries(Object.keys(header).map((k) => [k, () => fields[k] ?? ''])));
  for (const b of builders) {
    rows.push(row({ Name: `${b.name}${b.current ? '*' : ''}`, DriverEndpoint: b.driver }));
    for (const n of b.nodes) {
      const platforms = options.noTrunc ? n.platforms.join(', ') : truncatePlatforms(n.platforms);
      rows.push(row({ Name: ` \\_ ${n.name}`, DriverEndpoint: ` \\_ ${n.endpoint}`, Status: n.status, Buildkit: n.buildkit, Platforms: platforms }));
    }
  }
  const format = !options.format || options.format === 'table' ? defaultTable : options.format;
  return writeContext(format, rows, header);
}

// linux/amd64, linux/amd64/v2, linux/amd64/v3, linux/386 → "linux/amd64 (+2), linux/386".
function truncatePlatforms(platforms: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const p of platforms) {
    const key = p.split('/').slice(0, 2).join('/');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()].map((list) => (list.length > 1 ? `${list[0]} (+${list.length - 1})` : list[0])).join(', ');
}
