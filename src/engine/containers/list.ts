// GET /containers/json and /containers/{id}/json — the summary and inspect documents, the Status text
// dockerd computes ("Up 3 seconds", "Exited (0) 2 minutes ago") and the list filters.
import type { ContainerInspect, ContainerSummary, EndpointSettings, PortSummary } from '../api/containers.ts';
import type { ImageStore } from '../store/image-store.ts';
import { findImage } from '../images/lookup.ts';
import { unixSeconds } from '../clock.ts';
import type { Container } from './container.ts';
import { layerFromDiff } from '../../vfs/layers/index.ts';
import { layerSize } from '../../vfs/tar/size.ts';
import { humanDuration } from '../model/human-duration.ts';
import { InvalidFilter } from '../errors/filter.ts';
import { validateFilters } from '../model/accepted-filters.ts';

/** The query of GET /containers/json. */
export interface ContainerListOptions {
  all?: boolean;
  limit?: number;
  size?: boolean;
  filters?: Record<string, string[]>;
}

const FILTERS = new Set(['ancestor', 'before', 'expose', 'exited', 'health', 'id', 'isolation', 'is-task', 'label', 'name', 'network', 'publish', 'since', 'status', 'volume']);
const STATUSES = new Set(['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead']);

/** The summaries `docker ps` lists, newest first. */
export function listContainers(store: ImageStore, containers: Container[], now: number, options: ContainerListOptions = {}): ContainerSummary[] {
  const filters = options.filters ?? {};
  validateFilters(filters, FILTERS);
  for (const s of filters.status ?? []) if (!STATUSES.has(s)) throw new InvalidFilter(`status=${s}`);
  for (const e of filters.exited ?? []) if (!/^-?\d+$/.test(e)) throw new InvalidFilter(`exited=${e}`);
  const all = options.all || (filters.status?.length ?? 0) > 0 || (filters.exited?.length ?? 0) > 0 || (options.limit ?? 0) > 0;
  let list = containers.filter((c) => all || c.running).filter((c) => matches(store, c, filters));
  if (options.limit && options.limit > 0) list = list.slice(0, options.limit);
  return list.map((c) => summary(store, c, now, options.size ?? false));
}

function matches(store: ImageStore, c: Container, f: Record<string, string[]>): boolean {
  const r = c.record;
  if (f.status?.length && !f.status.includes(r.state.Status)) return false;
  if (f.exited?.length && (r.state.Status !== 'exited' || !f.exited.map(Number).includes(r.state.ExitCode))) return false;
  if (f.id?.length && !f.id.some((v) => r.id.startsWith(v))) return false;
  if (f.name?.length && !f.name.some((v) => safeRegex(v).test(r.name))) return false;
  if (f.label?.length && !f.label.every((v) => labelMatch(r.config.Labels, v))) return false;
  if (f.volume?.length && !f.volume.some((v) => r.mounts.some((m) => m.Name === v || m.Destination === v || m.Source === v))) return false;
  if (f.ancestor?.length && !f.ancestor.some((a) => isAncestor(store, a, r.imageId))) return false;
  if (f.network?.length && !f.network.some((v) => Object.entries(r.networks ?? {}).some(([name, ep]) => name === v || (v.length > 0 && ep.NetworkID.startsWith(v))))) return false;
  return true;
}

function isAncestor(store: ImageStore, ref: string, imageId: string): boolean {
  const wanted = findImage(store, ref);
  for (let id: string | undefined = imageId; id; id = store.image(id)?.parent || undefined) if (id === wanted) return true;
  return false;
}

function labelMatch(labels: Record<string, string>, filter: string): boolean {
  const i = filter.indexOf('=');
  if (i < 0) return filter in labels;
  return labels[filter.slice(0, i)] === filter.slice(i + 1);
}

function safeRegex(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch {
    return /$^/;
  }
}

/** State.String() as dockerd reports it in Status. */
export function statusText(c: Container, now: number): string {
  const s = c.record.state;
  const since = (t: string) => humanDuration((now - Date.parse(t)) / 1000);
  if (s.Running) return `Up ${since(s.StartedAt)}${s.Paused ? ' (Paused)' : ''}`;
  if (s.Status === 'created') return 'Created';
  if (s.Status === 'removing') return 'Removal In Progress';
  if (s.Status === 'dead') return 'Dead';
  if (s.FinishedAt.startsWith('0001-')) return '';
  return `Exited (${s.ExitCode}) ${since(s.FinishedAt)} ago`;
}

/** The image column: the name the container was created with, or the image ID once that name points elsewhere. */
export function imageColumn(store: ImageStore, c: Container): string {
  const given = c.record.config.Image;
  let current: string | undefined;
  try {
    current = findImage(store, given);
  } catch {
    current = undefined;
  }
  return current === c.record.imageId ? given : c.record.imageId;
}

/** ContainerSummary of one container. */
export function summary(store: ImageStore, c: Container, now: number, withSize: boolean): ContainerSummary {
  const r = c.record;
  const out: ContainerSummary = {
    Id: r.id,
    Names: [r.name],
    Image: imageColumn(store, c),
    ImageID: r.imageId,
    Command: [r.path, ...r.args].join(' '),
    Created: unixSeconds(r.created),
    Ports: portSummaries(c),
    Labels: r.config.Labels,
    State: r.state.Status,
    Status: statusText(c, now),
    HostConfig: { NetworkMode: r.hostConfig.NetworkMode },
    NetworkSettings: { Networks: networks(c) },
    Mounts: r.mounts,
  };
  if (withSize) {
    out.SizeRw = sizeRw(c);
    out.SizeRootFs = store.hasContent(r.imageId) ? store.imageSize(r.imageId) + out.SizeRw : out.SizeRw;
  }
  return out;
}

/** The bytes the container wrote (its own layer). */
export function sizeRw(c: Container): number {
  return layerSize(layerFromDiff(c.base, c.ownTree()));
}

function portSummaries(c: Container): PortSummary[] {
  const out: PortSummary[] = [];
  const exposed = c.running ? c.record.ports : Object.fromEntries(Object.keys(c.record.config.ExposedPorts ?? {}).map((p) => [p, null]));
  for (const [key, bindings] of Object.entries(exposed)) {
    const [port, proto = 'tcp'] = key.split('/');
    const type = proto as PortSummary['Type'];
    if (!bindings || bindings.length === 0) out.push({ PrivatePort: Number(port), Type: type });
    else for (const b of bindings) out.push({ IP: b.HostIp, PrivatePort: Number(port), PublicPort: Number(b.HostPort), Type: type });
  }
  return out;
}

function networks(c: Container): Record<string, EndpointSettings> {
  return structuredClone(c.record.networks ?? {});
}

/** GET /containers/{id}/json */
export function inspectContainer(store: ImageStore, c: Container, withSize = false): ContainerInspect {
  const r = c.record;
  const nets = networks(c);
  // The deprecated top-level fields describe the default bridge only, as dockerd fills them.
  const primary = nets.bridge ?? { IPAddress: '', Gateway: '', MacAddress: '' };
  const out: ContainerInspect = {
    Id: r.id,
    Created: r.created,
    Path: r.path,
    Args: r.args,
    State: { ...r.state },
    Image: r.imageId,
    ResolvConfPath: `/var/lib/docker/containers/${r.id}/resolv.conf`,
    HostnamePath: `/var/lib/docker/containers/${r.id}/hostname`,
    HostsPath: `/var/lib/docker/containers/${r.id}/hosts`,
    LogPath: `/var/lib/docker/containers/${r.id}/${r.id}-json.log`,
    Name: r.name,
    RestartCount: r.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: '',
    HostConfig: r.hostConfig,
    Mounts: r.mounts,
    Config: r.config,
    NetworkSettings: { Ports: r.ports, IPAddress: primary.IPAddress, Gateway: primary.Gateway, MacAddress: primary.MacAddress, Networks: nets },
  };
  if (withSize) {
    out.SizeRw = sizeRw(c);
    out.SizeRootFs = store.imageSize(r.imageId) + out.SizeRw;
  }
  return out;
}
