// `docker network ls --filter` as moby's network/filter.go applies it: name and id by regular expression
// (so `name=web` matches `myweb`), driver and scope exactly, label by key or key=value, type custom or
// builtin, dangling (no container attached, predefined networks excepted).
import type { NetworkResource } from '../api/networks.ts';
import { InvalidFilter } from '../errors/filter.ts';
import { validateFilters } from '../model/accepted-filters.ts';

const KEYS = new Set(['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type']);

/** The networks the filters keep; `attached` counts a network's running containers. */
export function filterNetworks(networks: NetworkResource[], filters: Record<string, string[]>, attached: (n: NetworkResource) => number): NetworkResource[] {
  validateFilters(filters, KEYS);
  for (const t of filters.type ?? []) if (t !== 'custom' && t !== 'builtin') throw new InvalidFilter(`type=${t}`);
  for (const d of filters.dangling ?? []) if (!['true', 'false', '1', '0'].includes(d)) throw new InvalidFilter(`dangling=${d}`);
  return networks.filter((n) => {
    const builtin = ['bridge', 'host', 'none'].includes(n.Name);
    if (filters.name?.length && !filters.name.some((v) => regex(v).test(n.Name))) return false;
    if (filters.id?.length && !filters.id.some((v) => regex(v).test(n.Id))) return false;
    if (filters.driver?.length && !filters.driver.includes(n.Driver)) return false;
    if (filters.scope?.length && !filters.scope.includes(n.Scope)) return false;
    if (filters.type?.length && !filters.type.includes(builtin ? 'builtin' : 'custom')) return false;
    if (filters.label?.length && !filters.label.every((l) => hasLabel(n.Labels, l))) return false;
    if (filters.dangling?.length) {
      const dangling = !builtin && attached(n) === 0;
      if (filters.dangling.some((d) => (d === 'true' || d === '1') !== dangling)) return false;
    }
    return true;
  });
}

/** `label=key` or `label=key=value`, as moby's filters match labels. */
export function hasLabel(labels: Record<string, string>, filter: string): boolean {
  const i = filter.indexOf('=');
  return i < 0 ? filter in labels : labels[filter.slice(0, i)] === filter.slice(i + 1);
}

function regex(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch {
    return new RegExp(source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
}
