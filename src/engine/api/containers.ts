// Engine API v1.50 container and volume shapes (swagger ContainerSummary, ContainerInspectResponse,
// ContainerCreateRequest, Volume …): what the container endpoints return.

/** One published or exposed port (swagger Port). */
export interface PortSummary {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: 'tcp' | 'udp' | 'sctp';
}

/** A host binding of a container port (`-p 8080:80`). */
export interface PortBinding {
  HostIp: string;
  HostPort: string;
}

/** `80/tcp` → bindings. */
export type PortMap = Record<string, PortBinding[] | null>;

/** A mount as containers report it (swagger MountPoint). */
export interface MountPoint {
  Type: 'volume' | 'bind' | 'tmpfs';
  Name?: string;
  Source: string;
  Destination: string;
  Driver?: string;
  Mode: string;
  RW: boolean;
  Propagation: string;
}

/** The container's Config (swagger ContainerConfig). */
export interface ContainerConfig {
  Hostname: string;
  Domainname: string;
  User: string;
  AttachStdin: boolean;
  AttachStdout: boolean;
  AttachStderr: boolean;
  ExposedPorts?: Record<string, Record<string, never>>;
  Tty: boolean;
  OpenStdin: boolean;
  StdinOnce: boolean;
  Env: string[];
  Cmd: string[] | null;
  Image: string;
  Volumes: Record<string, Record<string, never>> | null;
  WorkingDir: string;
  Entrypoint: string[] | null;
  OnBuild: string[] | null;
  Labels: Record<string, string>;
  StopSignal?: string;
}

/** A mount as `docker run --mount` asks for it (HostConfig.Mounts, api/types/mount.Mount). */
export interface MountSpec {
  Type: string;
  Source?: string;
  Target?: string;
  ReadOnly?: boolean;
  VolumeOptions?: { NoCopy?: boolean; Labels?: Record<string, string>; DriverConfig?: { Name?: string; Options?: Record<string, string> } };
  BindOptions?: { Propagation?: string; NonRecursive?: boolean; CreateMountpoint?: boolean };
  TmpfsOptions?: { SizeBytes?: number; Mode?: number };
}

/** The part of HostConfig this daemon honours. */
export interface HostConfig {
  Binds: string[] | null;
  /** Left out of the record when none were asked for (Go's omitempty). */
  Mounts?: MountSpec[];
  NetworkMode: string;
  PortBindings: PortMap;
  AutoRemove: boolean;
  PublishAllPorts: boolean;
  /** `docker run --read-only`: the root filesystem is mounted read-only (mounts keep their own mode). */
  ReadonlyRootfs?: boolean;
  RestartPolicy: { Name: string; MaximumRetryCount: number };
  /** `--link name:alias` as `/name:/container/alias` once created; left out when none. */
  Links?: string[] | null;
  /** `--add-host name:ip` lines for /etc/hosts; left out when none. */
  ExtraHosts?: string[] | null;
}

/** POST /containers/create body: Config plus HostConfig, and the platform asked for. */
export interface ContainerCreateRequest {
  Image: string;
  Cmd?: string[] | null;
  Entrypoint?: string[] | null;
  Env?: string[];
  WorkingDir?: string;
  User?: string;
  Hostname?: string;
  Labels?: Record<string, string>;
  ExposedPorts?: Record<string, Record<string, never>>;
  Tty?: boolean;
  OpenStdin?: boolean;
  AttachStdin?: boolean;
  AttachStdout?: boolean;
  AttachStderr?: boolean;
  HostConfig?: Partial<HostConfig>;
  /** A `-v` target without a source: anonymous volumes. */
  Volumes?: Record<string, Record<string, never>>;
  /** `--network-alias`, `--ip` on the network NetworkMode names. */
  NetworkingConfig?: { EndpointsConfig?: Record<string, EndpointRequest> };
}

/** POST /containers/create response. */
export interface ContainerCreateResponse {
  Id: string;
  Warnings: string[];
}

/** The state of a container (swagger ContainerState). */
export interface ContainerState {
  Status: 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
  Running: boolean;
  Paused: boolean;
  Restarting: boolean;
  OOMKilled: boolean;
  Dead: boolean;
  Pid: number;
  ExitCode: number;
  Error: string;
  StartedAt: string;
  FinishedAt: string;
}

/** GET /containers/json item (swagger ContainerSummary). */
export interface ContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  ImageID: string;
  Command: string;
  /** Unix seconds. */
  Created: number;
  Ports: PortSummary[];
  SizeRw?: number;
  SizeRootFs?: number;
  Labels: Record<string, string>;
  State: ContainerState['Status'];
  Status: string;
  HostConfig: { NetworkMode: string };
  NetworkSettings: { Networks: Record<string, EndpointSettings> };
  Mounts: MountPoint[];
}

/** One network a container is attached to. */
export type { EndpointSettings } from './networks.ts';
import type { EndpointRequest, EndpointSettings } from './networks.ts';

/** GET /containers/{id}/json (swagger ContainerInspectResponse, the fields this daemon keeps). */
export interface ContainerInspect {
  Id: string;
  Created: string;
  Path: string;
  Args: string[];
  State: ContainerState;
  Image: string;
  ResolvConfPath: string;
  HostnamePath: string;
  HostsPath: string;
  LogPath: string;
  Name: string;
  RestartCount: number;
  Driver: string;
  Platform: string;
  MountLabel: string;
  ProcessLabel: string;
  AppArmorProfile: string;
  HostConfig: HostConfig;
  Mounts: MountPoint[];
  Config: ContainerConfig;
  NetworkSettings: {
    Ports: PortMap;
    IPAddress: string;
    Gateway: string;
    MacAddress: string;
    Networks: Record<string, EndpointSettings>;
  };
  SizeRw?: number;
  SizeRootFs?: number;
}

/** GET /containers/{id}/changes item: Kind 0 modified, 1 added, 2 deleted. */
export interface FilesystemChange {
  Path: string;
  Kind: 0 | 1 | 2;
}

/** POST /containers/{id}/wait response. */
export interface ContainerWaitResponse {
  StatusCode: number;
  Error?: { Message: string };
}

/** POST /containers/prune response. */
export interface ContainerPruneResponse {
  ContainersDeleted: string[];
  SpaceReclaimed: number;
}

/** GET /containers/{id}/top response. */
export interface ContainerTopResponse {
  Titles: string[];
  Processes: string[][];
}

/** A volume (swagger Volume). */
export interface Volume {
  Name: string;
  Driver: string;
  Mountpoint: string;
  CreatedAt: string;
  Labels: Record<string, string> | null;
  Scope: 'local';
  Options: Record<string, string> | null;
  UsageData?: { Size: number; RefCount: number } | null;
}

/** POST /volumes/prune response. */
export interface VolumePruneResponse {
  VolumesDeleted: string[];
  SpaceReclaimed: number;
}

/** What a process wrote, when, and on which stream (`docker logs`). */
export interface LogChunk {
  stream: 'stdout' | 'stderr';
  /** Milliseconds since the epoch. */
  at: number;
  text: string;
}

/** container.PathStat: what HEAD /containers/{id}/archive reports in X-Docker-Container-Path-Stat. */
export interface PathStat {
  name: string;
  size: number;
  /** Go's os.FileMode: permission bits plus os.ModeDir (2^31) or os.ModeSymlink (2^27). */
  mode: number;
  mtime: string;
  linkTarget: string;
}

/** Whether a PathStat's mode has Go's os.ModeDir bit. */
export function isDirMode(mode: number): boolean {
  return Math.floor(mode / 2 ** 31) % 2 === 1;
}
