// Local volumes (`docker volume create`, `-v data:/x`, anonymous `-v /x`): each a directory tree the
// daemon keeps under /var/lib/docker/volumes/<name>/_data and grafts into the containers using it.
import { NO_EVENTS, type EventSink } from '../events/log.ts';
import type { Volume, VolumePruneResponse } from '../api/containers.ts';
import type { DirNode } from '../../vfs/types.ts';
import { makeDir, treeSize } from '../../vfs/vfs.ts';
import { rfc3339Nano } from '../clock.ts';
import { InvalidVolumeName, NoSuchVolume, VolumeInUse } from '../errors/volume.ts';
import { labelsMatch } from '../model/prune-filters.ts';
import { boolFilter } from '../model/bool-filter.ts';
import { validateFilters } from '../model/accepted-filters.ts';

// The filters moby's volume prune accepts (`all` is read by the endpoint).
const PRUNE_FILTERS = new Set(['label', 'label!', 'all']);

/** A volume as the store keeps it; `anonymous` ones carry the label docker gives them. */
export interface VolumeRecord {
  name: string;
  createdAt: string;
  labels: Record<string, string>;
  options: Record<string, string>;
  anonymous: boolean;
  tree: DirNode;
}

/** The snapshot of the volume store. */
export type VolumeStoreSnapshot = VolumeRecord[];

const VALID_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
/** The label moby puts on anonymous volumes (`docker volume prune` without -a removes only those). */
export const ANONYMOUS_LABEL = 'com.docker.volume.anonymous';

/** Every local volume. */
export class VolumeStore {
  private readonly volumes = new Map<string, VolumeRecord>();
  /** The daemon's event log (volume create/destroy); the engine sets it. */
  events: EventSink = NO_EVENTS;

  constructor(snapshot: VolumeStoreSnapshot = []) {
    for (const v of snapshot) this.volumes.set(v.name, v);
  }

  /** POST /volumes/create — creating an existing name returns it unchanged, as the local driver does. */
  create(name: string, now: number, labels: Record<string, string> = {}, options: Record<string, string> = {}, anonymous = false): VolumeRecord {
    const existing = this.volumes.get(name);
    if (existing) return existing;
    if (!VALID_NAME.test(name)) {
      throw new InvalidVolumeName(name);
    }
    const record: VolumeRecord = { name, createdAt: rfc3339Seconds(now), labels: anonymous ? { [ANONYMOUS_LABEL]: '', ...labels } : labels, options, anonymous, tree: makeDir({ mtime: Math.floor(now / 1000) }) };
    this.volumes.set(name, record);
    this.events.emit('volume', 'create', name, { driver: 'local' });
    return record;
  }

  /** A volume by name, or `get x: no such volume`. */
  get(name: string): VolumeRecord {
    const v = this.volumes.get(name);
    if (!v) throw new NoSuchVolume(name);
    return v;
  }

  /** Whether a volume exists. */
  has(name: string): boolean {
    return this.volumes.has(name);
  }

  /** All volumes, by name. */
  all(): VolumeRecord[] {
    return [...this.volumes.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** DELETE /volumes/{name}; `users` are the containers mounting it. */
  remove(name: string, users: string[], force = false): void {
    if (!this.volumes.has(name)) {
      if (force) return;
      throw new NoSuchVolume(name);
    }
    if (users.length > 0) throw new VolumeInUse(name, users);
    this.volumes.delete(name);
    this.events.emit('volume', 'destroy', name, { driver: 'local' });
  }

  /** POST /volumes/prune — anonymous volumes only unless the `all` filter says true; `inUse` names are kept, and those the label filters leave out. */
  prune(inUse: ReadonlySet<string>, filters: Record<string, string[]> = {}): VolumePruneResponse {
    validateFilters(filters, PRUNE_FILTERS);
    const all = boolFilter(filters, 'all', false);
    const deleted: string[] = [];
    let space = 0;
    for (const v of this.all()) {
      if (inUse.has(v.name) || (!all && !v.anonymous) || !labelsMatch(filters, v.labels)) continue;
      space += treeSize(v.tree);
      this.volumes.delete(v.name);
      this.events.emit('volume', 'destroy', v.name, { driver: 'local' });
      deleted.push(v.name);
    }
    return { VolumesDeleted: deleted, SpaceReclaimed: space };
  }

  /** The API shape of a volume. */
  describe(v: VolumeRecord): Volume {
    return { CreatedAt: v.createdAt, Driver: 'local', Labels: v.labels, Mountpoint: mountpoint(v.name), Name: v.name, Options: v.options, Scope: 'local' };
  }

  /** Structured-clone data for the session snapshot. */
  snapshot(): VolumeStoreSnapshot {
    return [...this.volumes.values()];
  }
}

/** Where the local driver keeps a volume's files. */
export function mountpoint(name: string): string {
  return `/var/lib/docker/volumes/${name}/_data`;
}


// The volume API writes CreatedAt with second precision and the zone offset.
function rfc3339Seconds(ms: number): string {
  return rfc3339Nano(ms).replace(/\.\d+Z$/, 'Z');
}
