// `docker info`'s text — docker/cli cli/command/system/info.go: the client's facts, then the daemon's
// GET /info in prettyPrintInfo's order; --format runs over {info…, ClientInfo}.
import type { EngineApi } from '../../engine/index.ts';
import { Template } from '../go/template/index.ts';
import { GoStruct } from '../go/template/values.ts';
import { bytesSize } from '../units.ts';

type Info = ReturnType<EngineApi['systemInfo']>;

// docker/cli 28.2.2's clientInfo, as `docker info --format '{{json .ClientInfo}}'` prints it (no plugins).
const CLIENT_INFO = {
  Debug: false,
  Version: '28.2.2',
  DefaultAPIVersion: '1.50',
  GitCommit: 'e6534b4',
  GoVersion: 'go1.24.3',
  Os: 'linux',
  Arch: 'amd64',
  BuildTime: 'Fri May 30 12:07:14 2025',
  Context: 'default',
  Plugins: [],
  Warnings: null,
};

// A Go struct value: fields readable as `.Name`, marshalled by `json` in declaration order.
function goStruct(typeName: string, fields: Record<string, unknown>): GoStruct {
  const methods = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, () => v]));
  return new GoStruct(typeName, methods, () => fields, true);
}

// docker/cli's `info` struct: the embedded system.Info's fields, then ClientInfo.
function templateData(server: Info): GoStruct {
  return goStruct('*system.info', {
    ...server,
    Plugins: goStruct('system.PluginsInfo', server.Plugins),
    Swarm: goStruct('swarm.Info', server.Swarm),
    ClientInfo: goStruct('*system.clientInfo', CLIENT_INFO),
  });
}

function clientLines(): string[] {
  // Labels are padded to the widest one, as docker's tabwriter aligns them.
  return ['Client:', ' Version:    ' + CLIENT_INFO.Version, ' Context:    ' + CLIENT_INFO.Context, ' Debug Mode: ' + String(CLIENT_INFO.Debug)];
}

function serverLines(i: Info): string[] {
  const out: string[] = [];
  const line = (label: string, value: unknown) => out.push(`${label} ${String(value)}`);
  const nonEmpty = (label: string, value: string) => value !== '' && line(label, value);
  line(' Containers:', i.Containers);
  line('  Running:', i.ContainersRunning);
  line('  Paused:', i.ContainersPaused);
  line('  Stopped:', i.ContainersStopped);
  line(' Images:', i.Images);
  nonEmpty(' Server Version:', i.ServerVersion);
  nonEmpty(' Storage Driver:', i.Driver);
  for (const [key, value] of i.DriverStatus) out.push(`  ${key}: ${value}`);
  line(' Logging Driver:', i.LoggingDriver);
  line(' Cgroup Driver:', i.CgroupDriver);
  nonEmpty(' Cgroup Version:', i.CgroupVersion);
  out.push(' Plugins:');
  line('  Volume:', i.Plugins.Volume.join(' '));
  line('  Network:', i.Plugins.Network.join(' '));
  const authorization: string[] = i.Plugins.Authorization ?? [];
  if (authorization.length > 0) line('  Authorization:', authorization.join(' '));
  line('  Log:', i.Plugins.Log.join(' '));
  if (i.CDISpecDirs.length > 0) out.push(' CDI spec directories:', ...i.CDISpecDirs.map((d) => `  ${d}`));
  line(' Swarm:', i.Swarm.LocalNodeState);
  const runtimes = Object.keys(i.Runtimes).sort();
  if (runtimes.length > 0) {
    line(' Runtimes:', runtimes.join(' '));
    line(' Default Runtime:', i.DefaultRuntime);
  }
  if (i.OSType === 'linux') {
    line(' Init Binary:', i.InitBinary);
    line(' containerd version:', i.ContainerdCommit.ID);
    line(' runc version:', i.RuncCommit.ID);
    line(' init version:', i.InitCommit.ID);
    if (i.SecurityOptions.length > 0) out.push(' Security Options:', ...securityOptionLines(i.SecurityOptions));
  }
  nonEmpty(' Kernel Version:', i.KernelVersion);
  nonEmpty(' Operating System:', i.OperatingSystem);
  nonEmpty(' OSType:', i.OSType);
  nonEmpty(' Architecture:', i.Architecture);
  line(' CPUs:', i.NCPU);
  line(' Total Memory:', bytesSize(i.MemTotal));
  nonEmpty(' Name:', i.Name);
  nonEmpty(' ID:', i.ID);
  line(' Docker Root Dir:', i.DockerRootDir);
  line(' Debug Mode:', i.Debug);
  nonEmpty(' HTTP Proxy:', i.HttpProxy);
  nonEmpty(' HTTPS Proxy:', i.HttpsProxy);
  nonEmpty(' No Proxy:', i.NoProxy);
  const labels: string[] = i.Labels;
  if (labels.length > 0) out.push(' Labels:', ...labels.map((l) => `  ${l}`));
  line(' Experimental:', i.ExperimentalBuild);
  const registry = i.RegistryConfig;
  const insecureIndexes = Object.values(registry.IndexConfigs).filter((c) => !c.Secure);
  if (registry.InsecureRegistryCIDRs.length > 0 || Object.keys(registry.IndexConfigs).length > 0) {
    out.push(' Insecure Registries:', ...insecureIndexes.map((c) => `  ${c.Name}`), ...registry.InsecureRegistryCIDRs.map((c) => `  ${c}`));
  }
  const mirrors: string[] = registry.Mirrors ?? [];
  if (mirrors.length > 0) out.push(' Registry Mirrors:', ...mirrors.map((m) => `  ${m}`));
  line(' Live Restore Enabled:', i.LiveRestoreEnabled);
  return out;
}

// SecurityOptions are "name=seccomp,profile=builtin": the name, then its profile if it has one.
function securityOptionLines(options: readonly string[]): string[] {
  const out: string[] = [];
  for (const option of options) {
    const pairs = option.split(',').map((kv) => kv.split('=') as [string, string?]);
    out.push(`  ${pairs.find(([k]) => k === 'name')?.[1] ?? ''}`);
    for (const [key, value] of pairs) if (key === 'profile') out.push(`   Profile: ${value ?? ''}`);
  }
  return out;
}

/** What `docker info` prints on stdout: the Client and Server sections, or a --format template (`json` is `{{json .}}`). */
export function formatInfo(server: Info, format: string): string {
  if (format === 'json') format = '{{json .}}';
  if (format) return `${Template.parse(format).execute(templateData(server))}\n`;
  return [...clientLines(), '', 'Server:', ...serverLines(server), ''].join('\n') + '\n';
}
