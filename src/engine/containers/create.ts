// POST /containers/create — moby daemon/create.go: the image's config merged with the request
// (Entrypoint and Cmd by Docker's rules, Env by key), a generated or checked name, the mounts.
import type { ContainerConfig, ContainerCreateRequest, HostConfig, MountPoint, PortMap } from '../api/containers.ts';
import type { ImageConfig } from '../api/images.ts';
import { ZERO_TIME, type ContainerRecord } from './container.ts';
import { NoCommandSpecified } from '../errors/container.ts';

/** The Config and argv of a new container: the request over the image's config. */
export function mergeConfig(id: string, request: ContainerCreateRequest, image: ImageConfig): { config: ContainerConfig; argv: string[] } {
  let entrypoint = request.Entrypoint ?? null;
  let cmd = request.Cmd && request.Cmd.length > 0 ? request.Cmd : null;
  // `--entrypoint ""` resets the image's entrypoint; any user entrypoint stops the image's Cmd being inherited.
  const entrypointReset = entrypoint !== null && entrypoint.length === 1 && entrypoint[0] === '';
  if (entrypointReset) entrypoint = null;
  if (entrypoint === null && !entrypointReset) {
    entrypoint = image.Entrypoint && image.Entrypoint.length > 0 ? image.Entrypoint : null;
    if (cmd === null) cmd = image.Cmd && image.Cmd.length > 0 ? image.Cmd : null;
  } else if (entrypointReset && cmd === null) {
    cmd = null;
  }
  const argv = [...(entrypoint ?? []), ...(cmd ?? [])];
  if (argv.length === 0) throw new NoCommandSpecified();
  const exposed = { ...(image.ExposedPorts ?? {}), ...(request.ExposedPorts ?? {}) };
  for (const port of Object.keys(request.HostConfig?.PortBindings ?? {})) exposed[port] = {};
  const volumes = { ...(image.Volumes ?? {}), ...(request.Volumes ?? {}) };
  const config: ContainerConfig = {
    Hostname: request.Hostname || id.slice(0, 12),
    Domainname: '',
    User: request.User ?? image.User ?? '',
    AttachStdin: request.AttachStdin ?? false,
    AttachStdout: request.AttachStdout ?? false,
    AttachStderr: request.AttachStderr ?? false,
    ...(Object.keys(exposed).length > 0 ? { ExposedPorts: exposed } : {}),
    Tty: request.Tty ?? false,
    OpenStdin: request.OpenStdin ?? false,
    StdinOnce: (request.OpenStdin ?? false) && (request.AttachStdin ?? false),
    Env: mergeEnv(image.Env ?? [], request.Env ?? []),
    Cmd: cmd,
    Image: request.Image,
    Volumes: Object.keys(volumes).length > 0 ? volumes : null,
    WorkingDir: request.WorkingDir || image.WorkingDir || '',
    Entrypoint: entrypoint,
    OnBuild: null,
    Labels: { ...(image.Labels ?? {}), ...(request.Labels ?? {}) },
    ...(image.StopSignal ? { StopSignal: image.StopSignal } : {}),
  };
  return { config, argv };
}

/** The HostConfig with defaults filled in. */
export function hostConfigOf(request: ContainerCreateRequest): HostConfig {
  const h = request.HostConfig ?? {};
  return {
    Binds: h.Binds && h.Binds.length > 0 ? h.Binds : null,
    NetworkMode: h.NetworkMode || 'bridge',
    PortBindings: h.PortBindings ?? {},
    AutoRemove: h.AutoRemove ?? false,
    PublishAllPorts: h.PublishAllPorts ?? false,
    RestartPolicy: h.RestartPolicy ?? { Name: 'no', MaximumRetryCount: 0 },
    ...(h.Mounts && h.Mounts.length > 0 ? { Mounts: h.Mounts } : {}),
    ...(h.ExtraHosts && h.ExtraHosts.length > 0 ? { ExtraHosts: [...h.ExtraHosts] } : {}),
    ...(h.ReadonlyRootfs ? { ReadonlyRootfs: true } : {}),
  };
}

/** A fresh record in the Created state. */
export function newRecord(fields: {
  id: string;
  name: string;
  created: string;
  imageId: string;
  platform: string;
  config: ContainerConfig;
  hostConfig: HostConfig;
  argv: string[];
  mounts: MountPoint[];
}): ContainerRecord {
  return {
    id: fields.id,
    name: fields.name,
    created: fields.created,
    path: fields.argv[0],
    args: fields.argv.slice(1),
    imageId: fields.imageId,
    platform: fields.platform,
    config: fields.config,
    hostConfig: fields.hostConfig,
    state: {
      Status: 'created', Running: false, Paused: false, Restarting: false, OOMKilled: false, Dead: false,
      Pid: 0, ExitCode: 0, Error: '', StartedAt: ZERO_TIME, FinishedAt: ZERO_TIME,
    },
    mounts: fields.mounts,
    ports: {} as PortMap,
    ip: '',
    restartCount: 0,
    logs: [],
    detached: false,
  };
}

// Env by key: the request's value replaces the image's; a bare `KEY` (no `=`) is kept as given.
function mergeEnv(image: readonly string[], request: readonly string[]): string[] {
  const out = [...image];
  for (const kv of request) {
    const key = kv.includes('=') ? kv.slice(0, kv.indexOf('=')) : kv;
    const at = out.findIndex((e) => (e.includes('=') ? e.slice(0, e.indexOf('=')) : e) === key);
    if (at >= 0) out[at] = kv;
    else out.push(kv);
  }
  return out;
}

/** The PATH dockerd gives a Linux container whose image sets none. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
