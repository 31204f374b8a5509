// `docker network ls` text, as docker/cli's network/formatter.go renders it: the default table
// (NETWORK ID, NAME, DRIVER, SCOPE), -q, --no-trunc and --format templates over networkContext
// (ID, Name, Driver, Scope, IPv4, IPv6, Internal, Labels, CreatedAt).
import type { NetworkResource } from '../../engine/index.ts';
import { truncateId, writeContext } from '../context.ts';
import { GoStruct } from '../go/template/index.ts';

const defaultTable = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';
const header: Record<string, string> = {
  ID: 'NETWORK ID', Name: 'NAME', Driver: 'DRIVER', Scope: 'SCOPE', IPv4: 'IPV4', IPv6: 'IPV6', Internal: 'INTERNAL', Labels: 'LABELS', CreatedAt: 'CREATED AT',
};

/** Options of `docker network ls` that change its text. */
export interface NetworkListFormatOptions {
  format?: string;
  quiet?: boolean;
  noTrunc?: boolean;
}

/** The rendered list, sorted by name as docker/cli sorts it; a bad template throws FormatError. */
export function formatNetworks(networks: readonly NetworkResource[], options: NetworkListFormatOptions = {}): string {
  let format = options.format || 'table';
  if (format === 'table') format = options.quiet ? '{{.ID}}' : defaultTable;
  else if (format === 'raw') format = options.quiet ? 'network_id: {{.ID}}' : 'network_id: {{.ID}}\nname: {{.Name}}\ndriver: {{.Driver}}\nscope: {{.Scope}}\n';
  const sorted = [...networks].sort((a, b) => naturalLess(a.Name, b.Name));
  return writeContext(format, sorted.map((n) => networkRow(n, !options.noTrunc)), header);
}

function networkRow(n: NetworkResource, trunc: boolean): GoStruct {
  return new GoStruct('network.networkContext', {
    ID: () => (trunc ? truncateId(n.Id) : n.Id),
    Name: () => n.Name,
    Driver: () => n.Driver,
    Scope: () => n.Scope,
    IPv4: () => String(n.EnableIPv4),
    IPv6: () => String(n.EnableIPv6),
    Internal: () => String(n.Internal),
    Labels: () => Object.entries(n.Labels ?? {}).map(([k, v]) => `${k}=${v}`).join(','),
    CreatedAt: () => goTime(n.Created),
  });
}

// sortorder.NaturalLess: runs of digits compare by value, the rest byte by byte.
function naturalLess(a: string, b: string): number {
  const chunks = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const x = chunks(a);
  const y = chunks(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    const nx = /^\d/.test(x[i]) && /^\d/.test(y[i]);
    if (nx && Number(x[i]) !== Number(y[i])) return Number(x[i]) - Number(y[i]);
    return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

// Go's time.Time.String() of an RFC 3339 timestamp with nanoseconds: `2026-12-06 23:04:24.123456789 +0000 UTC`.
function goTime(rfc3339: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(rfc3339);
  if (!m) return rfc3339;
  const frac = (m[3] ?? '').replace(/0+$/, '');
  return `${m[1]} ${m[2]}${frac ? `.${frac}` : ''} +0000 UTC`;
}
