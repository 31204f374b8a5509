// `docker` itself: its global options, the command groups of `docker --help`, and the version line.
import type { CommandSpec, FlagSpec } from '../command-types.ts';

/** `docker --version` / `docker -v` output (the client this workbook reproduces). */
export const dockerVersionLine = 'Docker version 28.2.2, build e6534b4';

/** The root command; its usage in errors is `docker [OPTIONS] COMMAND [ARG...]`. */
export const rootSpec: CommandSpec = {
  path: '',
  use: '[OPTIONS] COMMAND [ARG...]',
  short: 'A self-sufficient runtime for containers',
  interspersed: false,
};

/** Options accepted before the command (`docker -D -H tcp://x images`); defaults depend on $HOME. */
export function globalFlagSpecs(home: string): FlagSpec[] {
  const dir = `${home.replace(/\/$/, '')}/.docker`;
  return [
    { name: 'config', kind: 'string', typeName: 'string', description: 'Location of client config files', default: dir },
    {
      name: 'context', short: 'c', kind: 'string', typeName: 'string',
      description: 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")',
    },
    { name: 'debug', short: 'D', kind: 'bool', typeName: '', description: 'Enable debug mode' },
    { name: 'host', short: 'H', kind: 'list', typeName: 'list', description: 'Daemon socket to connect to' },
    {
      name: 'log-level', short: 'l', kind: 'string', typeName: 'string',
      description: 'Set the logging level ("debug", "info", "warn", "error", "fatal")', default: 'info',
    },
    { name: 'tls', kind: 'bool', typeName: '', description: 'Use TLS; implied by --tlsverify' },
    { name: 'tlscacert', kind: 'string', typeName: 'string', description: 'Trust certs signed only by this CA', default: `${dir}/ca.pem` },
    { name: 'tlscert', kind: 'string', typeName: 'string', description: 'Path to TLS certificate file', default: `${dir}/cert.pem` },
    { name: 'tlskey', kind: 'string', typeName: 'string', description: 'Path to TLS key file', default: `${dir}/key.pem` },
    { name: 'tlsverify', kind: 'bool', typeName: '', description: 'Use TLS and verify the remote' },
    { name: 'version', short: 'v', kind: 'bool', typeName: '', description: 'Print version information and quit' },
  ];
}

/** "Common Commands:" of `docker --help`, in docker's order. */
export const commonCommands = ['run', 'exec', 'ps', 'build', 'pull', 'push', 'images', 'login', 'logout', 'search', 'version', 'info'];

/** "Swarm Commands:" of `docker --help`. */
export const swarmCommands = ['config', 'node', 'secret', 'service', 'stack', 'swarm'];

/** Top-level paths `docker --help` does not list (this workbook's additions). */
export const unlistedCommands = ['buildx'];
