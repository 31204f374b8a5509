// docker/cli cli/command/container/opts.go, the part this workbook honours: `docker run` and
// `docker create` flags turned into a ContainerCreateRequest (ports, volumes, env, entrypoint …).
import type { ContainerCreateRequest, MountSpec, PortBinding, PortMap } from '../../../engine/index.ts';
import { parseMountOpt } from '../../framework/mount-opt.ts';
import type { ParsedFlags } from '../../command-types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { CliError } from '../../daemon-error.ts';
import { resolve } from '../../../vfs/path.ts';

/** The create request for `docker run|create [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
export function createRequest(flags: ParsedFlags, args: string[], ctx: ProgramContext): { request: ContainerCreateRequest; name: string; platform: string } {
  const [image, ...cmd] = args;
  // `docker create` has no -d or --rm… of run's own; a flag its spec lacks reads as unset.
  const bool = (name: string) => flags.values.has(name) && flags.bool(name);
  const env = [...envFiles(flags.list('env-file'), ctx), ...flags.list('env')].flatMap((kv) => resolveEnv(kv, ctx));
  const ports = parsePorts(flags.list('publish'));
  const exposed: Record<string, Record<string, never>> = {};
  for (const e of flags.list('expose')) exposed[e.includes('/') ? e : `${e}/tcp`] = {};
  const { binds, anonymous } = parseVolumes(flags.list('volume'), ctx.cwd);
  const labels: Record<string, string> = {};
  for (const l of flags.list('label')) {
    const i = l.indexOf('=');
    labels[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1);
  }
  const network = flags.list('network');
  const request: ContainerCreateRequest = {
    Image: image,
    Cmd: cmd.length > 0 ? cmd : null,
    Env: env,
    WorkingDir: flags.string('workdir'),
    User: flags.changed('user') ? flags.string('user') : undefined,
    Hostname: flags.string('hostname'),
    Labels: labels,
    ExposedPorts: exposed,
    Tty: bool('tty'),
    OpenStdin: bool('interactive'),
    AttachStdin: bool('interactive') && !bool('detach'),
    AttachStdout: !bool('detach'),
    AttachStderr: !bool('detach'),
    Volumes: anonymous,
    HostConfig: {
      Binds: binds,
      Mounts: flags.list('mount').map((value) => absoluteSource(parseMountOpt(value), ctx.cwd)),
      NetworkMode: network[0] || 'bridge',
      PortBindings: ports,
      AutoRemove: bool('rm'),
      PublishAllPorts: bool('publish-all'),
      ...(flags.list('link').length > 0 ? { Links: flags.list('link') } : {}),
      ...(flags.list('add-host').length > 0 ? { ExtraHosts: flags.list('add-host') } : {}),
      ...(bool('read-only') ? { ReadonlyRootfs: true } : {}),
    },
    ...networkingConfig(flags, network),
  };
  if (flags.changed('entrypoint')) request.Entrypoint = [flags.string('entrypoint')];
  return { request, name: flags.string('name'), platform: flags.string('platform') };
}

// `--mount source=./dir` names a directory beside the client, as filepath.Abs makes it (`.` too).
function absoluteSource(mount: MountSpec, cwd: string): MountSpec {
  const src = mount.Source;
  if (src === undefined || !(src === '.' || src.startsWith('./'))) return mount;
  return { ...mount, Source: resolve(cwd, src) };
}

// `-e KEY` takes KEY from the client's environment, and is dropped when it is not set there.
function resolveEnv(kv: string, ctx: ProgramContext): string[] {
  if (kv.includes('=')) return [kv];
  const value = ctx.env.get(kv);
  return value === undefined ? [] : [`${kv}=${value}`];
}

// --env-file: one KEY=value per line; blank lines and `#` comments skipped.
function envFiles(paths: readonly string[], ctx: ProgramContext): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const abs = p.startsWith('/') ? p : `${ctx.cwd}/${p}`;
    let text: string;
    try {
      text = ctx.fs.readText(abs);
    } catch {
      throw new CliError(`open ${p}: no such file or directory`);
    }
    for (const line of text.split('\n')) {
      const t = line.replace(/^\s+/, '');
      if (t === '' || t.startsWith('#')) continue;
      out.push(line.trimEnd());
    }
  }
  return out;
}

/** `-p [ip:][hostPort:]containerPort[/proto]`, as nat.ParsePortSpec reads it. */
export function parsePorts(specs: readonly string[]): PortMap {
  const out: PortMap = {};
  for (const spec of specs) {
    const [addr, proto = 'tcp'] = spec.split('/');
    const parts = addr.split(':');
    let ip = '';
    let hostPort = '';
    let containerPort: string;
    if (parts.length === 1) containerPort = parts[0];
    else if (parts.length === 2) [hostPort, containerPort] = parts;
    else {
      containerPort = parts[parts.length - 1];
      hostPort = parts[parts.length - 2];
      ip = parts.slice(0, -2).join(':').replace(/^\[(.*)\]$/, '$1');
    }
    if (ip !== '' && !isIpAddress(ip)) throw new CliError(`invalid IP address: ${ip}`);
    if (!/^\d+$/.test(containerPort) || Number(containerPort) > 65535 || Number(containerPort) === 0) throw new CliError(`invalid containerPort: ${containerPort}`);
    if (hostPort !== '' && (!/^\d+$/.test(hostPort) || Number(hostPort) > 65535)) throw new CliError(`invalid hostPort: ${hostPort}`);
    const key = `${containerPort}/${proto}`;
    const binding: PortBinding = { HostIp: ip, HostPort: hostPort };
    out[key] = [...(out[key] ?? []), binding];
  }
  return out;
}

// net.ParseIP: dotted IPv4 (no leading zeros) or IPv6 text (one `::` at most, a dotted IPv4 tail allowed).
function isIpAddress(text: string): boolean {
  const v4 = (t: string) => /^\d+(\.\d+){3}$/.test(t) && t.split('.').every((o) => Number(o) <= 255 && (o === '0' || !o.startsWith('0')));
  if (v4(text)) return true;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  const all = groups.flat();
  const tail = all.length > 0 && all[all.length - 1].includes('.') ? all.pop()! : undefined;
  if (tail !== undefined && !v4(tail)) return false;
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = all.length + (tail === undefined ? 0 : 2);
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** `-v name:/path`, `-v /host:/path[:ro]`, `-v ./rel:/path`, `-v /path` (anonymous). */
export function parseVolumes(specs: readonly string[], cwd: string): { binds: string[]; anonymous: Record<string, Record<string, never>> } {
  const binds: string[] = [];
  const anonymous: Record<string, Record<string, never>> = {};
  for (const spec of specs) {
    const parts = spec.split(':');
    if (parts.length === 1) {
      if (!parts[0].startsWith('/')) throw new CliError(`invalid volume specification: '${spec}': invalid mount config for type "volume": invalid mount path: '${spec}' mount path must be absolute`);
      anonymous[parts[0]] = {};
      continue;
    }
    let [source] = parts;
    const target = parts[1];
    if (!target.startsWith('/')) throw new CliError(`invalid volume specification: '${spec}': invalid mount config for type "${source.startsWith('/') ? 'bind' : 'volume'}": invalid mount path: '${target}' mount path must be absolute`);
    if (source.startsWith('.')) source = resolve(cwd, source);
    binds.push([source, target, ...parts.slice(2)].join(':'));
  }
  return { binds, anonymous };
}

/** withHelp: how `docker run` and `docker create` print a failure. */
export function withHelp(ctx: ProgramContext, message: string, command: string, status: number): number {
  ctx.stderr.write(`docker: ${message}\n\nRun 'docker ${command} --help' for more information\n`);
  return status;
}

/** toStatusError: 127 when the executable is missing, 126 when it cannot run, else 125. */
export function startFailureStatus(message: string): number {
  if (message.includes('executable file not found') || message.includes('no such file or directory')) return 127;
  if (message.includes('permission denied') || message.includes('is a directory')) return 126;
  return 125;
}

/**
 * docker/cli streams.In.CheckTty: attaching stdin to a container TTY (`-it`, `start -ai` of a `-t`
 * container) needs a terminal on this side; a pipe, file or heredoc gets the CLI's own error.
 */
export function inputIsNotTty(ctx: ProgramContext, attachStdin: boolean, tty: boolean): boolean {
  if (!attachStdin || !tty || ctx.stdinTty) return false;
  ctx.stderr.write('the input device is not a TTY\n');
  return true;
}

// NetworkingConfig: each --network (the first is the NetworkMode); --network-alias and --ip go with the first.
function networkingConfig(flags: ParsedFlags, networks: readonly string[]): Pick<ContainerCreateRequest, 'NetworkingConfig'> {
  const aliases = flags.values.has('network-alias') ? flags.list('network-alias') : [];
  const ip = flags.values.has('ip') ? flags.string('ip') : '';
  if (networks.length === 0 && aliases.length === 0 && !ip) return {};
  const first = networks[0] ?? 'default';
  if (aliases.length > 0 && (['default', 'bridge', 'host', 'none'].includes(first) || first.startsWith('container:'))) {
    throw new CliError('network-scoped aliases are only supported for user-defined networks');
  }
  const names = networks.length > 0 ? networks : ['bridge'];
  const endpoints: NonNullable<ContainerCreateRequest['NetworkingConfig']>['EndpointsConfig'] = {};
  names.forEach((name, i) => {
    endpoints[name] = i === 0 ? { ...(aliases.length > 0 ? { Aliases: aliases } : {}), ...(ip ? { IPAMConfig: { IPv4Address: ip } } : {}) } : {};
  });
  return { NetworkingConfig: { EndpointsConfig: endpoints } };
}
