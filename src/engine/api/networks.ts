// Engine API v1.50 network shapes (swagger Network, NetworkCreateRequest, EndpointResource,
// EndpointSettings, NetworkPruneResponse), their keys in moby's Go field order.

/** One IPAM pool of a network. */
export interface IpamConfig {
  Subnet: string;
  Gateway: string;
}

/** A container attached to a network, as `docker network inspect` lists it. */
export interface EndpointResource {
  Name: string;
  EndpointID: string;
  MacAddress: string;
  IPv4Address: string;
  IPv6Address: string;
}

/** GET /networks/{id} (swagger Network; `Containers` only on inspect). */
export interface NetworkResource {
  Name: string;
  Id: string;
  Created: string;
  Scope: 'local';
  Driver: string;
  EnableIPv4: boolean;
  EnableIPv6: boolean;
  IPAM: { Driver: string; Options: Record<string, string> | null; Config: IpamConfig[] };
  Internal: boolean;
  Attachable: boolean;
  Ingress: boolean;
  ConfigFrom: { Network: string };
  ConfigOnly: boolean;
  Containers: Record<string, EndpointResource>;
  Options: Record<string, string>;
  Labels: Record<string, string>;
}

/** POST /networks/create body (the fields this daemon honours). */
export interface NetworkCreateRequest {
  Name: string;
  Driver?: string;
  Internal?: boolean;
  Attachable?: boolean;
  EnableIPv6?: boolean;
  IPAM?: { Driver?: string; Config?: { Subnet?: string; Gateway?: string; IPRange?: string }[]; Options?: Record<string, string> };
  Options?: Record<string, string>;
  Labels?: Record<string, string>;
}

/** POST /networks/create response. */
export interface NetworkCreateResponse {
  Id: string;
  Warning: string;
}

/** POST /networks/prune response. */
export interface NetworkPruneResponse {
  NetworksDeleted: string[];
}

/** POST /networks/{id}/connect body's EndpointConfig (and NetworkingConfig.EndpointsConfig's values). */
export interface EndpointRequest {
  IPAMConfig?: { IPv4Address?: string } | null;
  Links?: string[] | null;
  Aliases?: string[] | null;
}

/** A container's settings on one network (swagger EndpointSettings), in inspect's key order. */
export interface EndpointSettings {
  IPAMConfig: { IPv4Address?: string } | null;
  Links: string[] | null;
  Aliases: string[] | null;
  MacAddress: string;
  DriverOpts: Record<string, string> | null;
  GwPriority: number;
  NetworkID: string;
  EndpointID: string;
  Gateway: string;
  IPAddress: string;
  IPPrefixLen: number;
  IPv6Gateway: string;
  GlobalIPv6Address: string;
  GlobalIPv6PrefixLen: number;
  DNSNames: string[] | null;
}
