// The network endpoints of the Engine API (GET /networks, /networks/{id}, POST /networks/create,
// DELETE /networks/{id}, POST /networks/prune, /networks/{id}/connect and /disconnect), over the
// network store and the containers' endpoints. The Engine facade extends it.
import type { EndpointRequest, NetworkCreateRequest, NetworkCreateResponse, NetworkPruneResponse, NetworkResource } from './api/networks.ts';
import type { EngineHost } from './clock.ts';
import type { Networking } from './containers/networking.ts';
import { StateReads } from './reads.ts';
import type { NetworkRecord } from './network/store.ts';
import { filterNetworks, hasLabel } from './network/filters.ts';
import { InvalidFilter } from './errors/filter.ts';

/** The network part of the Engine API. */
export abstract class NetworkEndpoints extends StateReads {
  abstract readonly host: EngineHost;
  /** The daemon's networks and the containers on them. */
  protected abstract readonly networking: Networking;

  /** GET /networks?filters= (no endpoints listed, as dockerd's list leaves them out). */
  networkList(filters: Record<string, string[]> = {}): NetworkResource[] {
    const all = this.networking.store.all();
    const count = (r: NetworkResource) => this.networking.activeEndpoints(all.find((n) => n.id === r.Id)!).length;
    return filterNetworks(all.map((n) => describe(n, {})), filters, count);
  }

  /** GET /networks/{id} */
  networkInspect(ref: string): NetworkResource {
    const n = this.networking.store.get(ref);
    return describe(n, this.networking.attached(n));
  }

  /** POST /networks/create */
  networkCreate(request: NetworkCreateRequest): NetworkCreateResponse {
    return { Id: this.networking.store.create(request, this.host.now()).id, Warning: '' };
  }

  /** DELETE /networks/{id} */
  networkRemove(ref: string): void {
    this.networking.store.remove(ref, (n) => this.networking.activeEndpoints(n));
  }

  /** POST /networks/prune: user-defined networks no running container is attached to (`label=`, `label!=` filters). */
  networksPrune(filters: Record<string, string[]> = {}): NetworkPruneResponse {
    for (const key of Object.keys(filters)) if (!['label', 'label!', 'until'].includes(key)) throw new InvalidFilter(key);
    const deleted: string[] = [];
    for (const n of this.networking.store.all()) {
      if (n.builtin || this.networking.activeEndpoints(n).length > 0) continue;
      if (!(filters.label ?? []).every((l) => hasLabel(n.labels, l)) || (filters['label!'] ?? []).some((l) => hasLabel(n.labels, l))) continue;
      this.networking.store.remove(n.id, () => []);
      deleted.push(n.name);
    }
    return { NetworksDeleted: deleted };
  }

  /** POST /networks/{id}/connect */
  networkConnect(network: string, container: string, endpoint: EndpointRequest = {}): void {
    this.networking.connect(network, container, endpoint);
  }

  /** POST /networks/{id}/disconnect */
  networkDisconnect(network: string, container: string): void {
    this.networking.disconnect(network, container);
  }
}

/** The API shape of a network, with the endpoints given. */
export function describe(n: NetworkRecord, containers: NetworkResource['Containers']): NetworkResource {
  return {
    Name: n.name,
    Id: n.id,
    Created: n.created,
    Scope: 'local',
    Driver: n.driver,
    EnableIPv4: true,
    EnableIPv6: false,
    IPAM: { Driver: 'default', Options: n.ipamOptions, Config: n.subnet ? [{ Subnet: n.subnet, Gateway: n.gateway ?? '' }] : [] },
    Internal: n.internal,
    Attachable: n.attachable,
    Ingress: false,
    ConfigFrom: { Network: '' },
    ConfigOnly: false,
    Containers: containers,
    Options: { ...n.options },
    Labels: { ...n.labels },
  };
}
