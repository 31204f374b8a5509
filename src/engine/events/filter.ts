// Which events a GET /events?filters= reader gets: moby daemon/events/filter.go, key by key (values of
// one key are alternatives, keys must all match; container/volume/network match an ID or name prefix,
// image the ID, the name or the name without its tag, label every `k` or `k=v` given).
import type { EventMessage } from '../api/events.ts';
import { familiarName, parseNormalizedNamed } from '../model/reference/normalize.ts';

/** A predicate over events for the given filters. */
export function eventFilter(filters: Record<string, string[]>): (e: EventMessage) => boolean {
  const values = (key: string) => filters[key] ?? [];
  const exact = (key: string, source: string) => values(key).length === 0 || values(key).includes(source);
  const fuzzy = (key: string, source: string) => values(key).length === 0 || values(key).some((v) => source === v || source.startsWith(v));
  const byName = (e: EventMessage, key: string) => fuzzy(key, e.Actor.ID) || fuzzy(key, e.Actor.Attributes.name ?? '');
  return (e) => {
    const fuzzyEvent = values('event').some((v) => v === 'health_status' || v === 'exec_create' || v === 'exec_start');
    if (!(fuzzyEvent ? fuzzy('event', e.Action) : exact('event', e.Action))) return false;
    if (!exact('type', e.Type) || !exact('scope', e.scope)) return false;
    if (!byName(e, 'container') || !byName(e, 'volume') || !byName(e, 'network')) return false;
    for (const key of ['daemon', 'plugin', 'node', 'service', 'secret', 'config']) if (!byName(e, key)) return false;
    const imageName = e.Actor.Attributes[e.Type === 'image' ? 'name' : 'image'] ?? '';
    if (!(exact('image', e.Actor.ID) || exact('image', imageName) || exact('image', stripTag(e.Actor.ID)) || exact('image', stripTag(imageName)))) return false;
    return values('label').every((kv) => {
      const at = kv.indexOf('=');
      return at < 0 ? kv in e.Actor.Attributes : e.Actor.Attributes[kv.slice(0, at)] === kv.slice(at + 1);
    });
  };
}

function stripTag(image: string): string {
  try {
    return familiarName(parseNormalizedNamed(image));
  } catch {
    return image;
  }
}
