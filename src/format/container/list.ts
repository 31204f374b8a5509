// `docker ps` text, as docker/cli's formatter/container.go renders it: the default table, -q, -s,
// --no-trunc and --format templates over ContainerContext (ID, Image, Command, CreatedAt, RunningFor,
// Ports, State, Status, Size, Names, Labels, Label, Mounts, Networks).
import type { ContainerSummary, PortSummary } from '../../engine/index.ts';
import { DEFAULT_QUIET_FORMAT, ellipsis, TABLE_FORMAT_KEY, truncateId, writeContext } from '../context.ts';
import { goTimeString } from '../go/time.ts';
import { GoStruct } from '../go/template/index.ts';
import { humanDuration, humanSizeWithPrecision } from '../units.ts';

const defaultTable = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const header: Record<string, string> = {
  ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', CreatedAt: 'CREATED AT', RunningFor: 'CREATED', Ports: 'PORTS',
  State: 'STATE', Status: 'STATUS', Size: 'SIZE', Names: 'NAMES', Labels: 'LABELS', Label: 'LABEL', Mounts: 'MOUNTS',
  Networks: 'NETWORKS', LocalVolumes: 'LOCAL VOLUMES', Platform: 'PLATFORM',
};

/** Options of `docker ps` that change its text; `now` in Unix seconds. */
export interface PsFormatOptions {
  format?: string;
  quiet?: boolean;
  noTrunc?: boolean;
  size?: boolean;
  now: number;
}

/** NewContainerFormat: the template for a --format value with -q and -s. */
export function psTemplate(source: string, quiet: boolean, size: boolean): string {
  if (source === TABLE_FORMAT_KEY || source === '') {
    if (quiet) return DEFAULT_QUIET_FORMAT;
    return size ? `${defaultTable}\t{{.Size}}` : defaultTable;
  }
  return source;
}

/** The rendered list. */
export function formatContainers(list: readonly ContainerSummary[], options: PsFormatOptions): string {
  const trunc = !options.noTrunc;
  const rows = list.map((c) => rowOf(c, trunc, options.now));
  return writeContext(psTemplate(options.format ?? TABLE_FORMAT_KEY, options.quiet ?? false, options.size ?? false), rows, header);
}

function rowOf(c: ContainerSummary, trunc: boolean, now: number): GoStruct {
  const names = c.Names.map((n) => n.slice(1));
  return new GoStruct('formatter.ContainerContext', {
    ID: () => (trunc ? truncateId(c.Id) : c.Id),
    Names: () => (trunc ? names.filter((n) => !n.includes('/')).slice(0, 1) : names).join(','),
    Image: () => imageOf(c, trunc),
    Command: () => JSON.stringify(trunc ? ellipsis(c.Command, 20) : c.Command),
    CreatedAt: () => goTimeString(c.Created),
    RunningFor: () => `${humanDuration(now - c.Created)} ago`,
    Ports: () => displayablePorts(c.Ports),
    State: () => c.State,
    Status: () => c.Status,
    Size: () => {
      if (c.SizeRw === undefined) return '0B';
      const rw = humanSizeWithPrecision(c.SizeRw, 3);
      // docker/cli adds the virtual size only when the daemon gave one (system df -v gives none).
      if (!c.SizeRootFs) return rw;
      return `${rw} (virtual ${humanSizeWithPrecision(c.SizeRootFs, 3)})`;
    },
    Labels: () => Object.entries(c.Labels).map(([k, v]) => `${k}=${v}`).join(','),
    Mounts: () => c.Mounts.map((m) => (m.Name ? (trunc ? m.Name.slice(0, 15) : m.Name) : m.Source)).join(','),
    LocalVolumes: () => String(c.Mounts.filter((m) => m.Driver === 'local').length),
    Networks: () => Object.keys(c.NetworkSettings.Networks).sort().join(','),
    Platform: () => null, // *platformContext, nil when the daemon sends no ImageManifestDescriptor
  });
}

// The image column: the ID cut to 12 when it is an ID, a digest reference without its digest.
function imageOf(c: ContainerSummary, trunc: boolean): string {
  let image = c.Image || '<no image>';
  if (trunc) {
    if (truncateId(image) === truncateId(c.ImageID)) image = truncateId(image);
    else if (image.includes('@')) image = image.slice(0, image.indexOf('@'));
  }
  return image;
}

/** DisplayablePorts: `0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`, exposed-only ports as `80/tcp`, ranges grouped. */
export function displayablePorts(ports: readonly PortSummary[]): string {
  const sorted = [...ports].sort((a, b) => (a.PrivatePort !== b.PrivatePort ? a.PrivatePort - b.PrivatePort : a.Type !== b.Type ? (a.Type < b.Type ? -1 : 1) : (a.IP ?? '') < (b.IP ?? '') ? -1 : (a.IP ?? '') > (b.IP ?? '') ? 1 : 0));
  const mapped: string[] = [];
  const groups = new Map<string, { first: number; last: number; ip: string; type: string }[]>();
  const order: string[] = [];
  for (const p of sorted) {
    if (p.IP !== undefined && p.IP !== '' && p.PublicPort !== undefined && p.PublicPort !== p.PrivatePort) {
      mapped.push(`${joinHostPort(p.IP, p.PublicPort)}->${p.PrivatePort}/${p.Type}`);
      continue;
    }
    const key = p.IP ? `${p.IP}/${p.Type}` : p.Type;
    if (!groups.has(key)) {
      groups.set(key, []);
      order.push(key);
    }
    const list = groups.get(key)!;
    const last = list[list.length - 1];
    if (last && last.last + 1 === p.PrivatePort) last.last = p.PrivatePort;
    else list.push({ first: p.PrivatePort, last: p.PrivatePort, ip: p.IP ?? '', type: p.Type });
  }
  const out: string[] = [];
  for (const key of order) {
    for (const g of groups.get(key)!) {
      const range = g.first === g.last ? `${g.first}` : `${g.first}-${g.last}`;
      out.push(g.ip ? `${joinHostPort(g.ip, range)}->${range}/${g.type}` : `${range}/${g.type}`);
    }
  }
  return [...out, ...mapped].join(', ');
}

function joinHostPort(host: string, port: number | string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
