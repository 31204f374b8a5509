// Commands docker lists in `docker --help` that this workbook does not model: listed, never run.
import type { CommandSpec } from '../command-types.ts';

const group = (path: string, short: string): CommandSpec => ({ path, use: '', short, group: true, listingOnly: true });

/** Management and swarm groups shown by `docker --help`, each answering that it is unavailable here. */
export const listingOnlySpecs: CommandSpec[] = [
  group('checkpoint', 'Manage checkpoints'),
  group('context', 'Manage contexts'),
  group('manifest', 'Manage Docker image manifests and manifest lists'),
  group('plugin', 'Manage plugins'),
  group('trust', 'Manage trust on Docker images'),
  group('config', 'Manage Swarm configs'),
  group('node', 'Manage Swarm nodes'),
  group('secret', 'Manage Swarm secrets'),
  group('service', 'Manage Swarm services'),
  group('stack', 'Manage Swarm stacks'),
  group('swarm', 'Manage Swarm'),
];
