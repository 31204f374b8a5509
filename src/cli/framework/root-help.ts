// `docker --help`: the command groups and global options of the root command.
import { commonCommands, rootSpec, swarmCommands, unlistedCommands } from '../specs/root.ts';
import type { CommandListing } from './help.ts';
import { renderCommandList, renderFlagTable } from './help.ts';
import { commandName, isGroup, type CommandRegistry } from './registry.ts';
import type { FlagSpec } from '../command-types.ts';

/** The full `docker --help` text for the given global flags (their defaults follow $HOME). */
export function renderRootHelp(registry: CommandRegistry, globalFlags: readonly FlagSpec[], width: number): string {
  const top = registry.children('').filter((e) => !unlistedCommands.includes(e.path));
  const listing = (e: { path: string; spec: { short: string } }): CommandListing => ({ name: commandName(e.path), short: e.spec.short });
  const byName = new Map(top.map((e) => [e.path, e]));
  const common = commonCommands.flatMap((name) => (byName.has(name) ? [listing(byName.get(name)!)] : []));
  const management = top.filter((e) => isGroup(e.spec) && !swarmCommands.includes(e.path)).map(listing);
  const swarm = top.filter((e) => swarmCommands.includes(e.path)).map(listing);
  const others = top.filter((e) => !isGroup(e.spec) && !commonCommands.includes(e.path)).map(listing);
  // cobra pads every group to the longest name among all of docker's commands.
  const pad = Math.max(11, ...top.map((e) => e.path.length));
  const list = (items: CommandListing[]) => renderCommandList(items, pad);
  const sections = [
    `Usage:  docker [OPTIONS] COMMAND`,
    rootSpec.short,
    'Common Commands:\n' + list(common),
    'Management Commands:\n' + list(management),
    'Swarm Commands:\n' + list(swarm),
    'Commands:\n' + list(others),
    'Global Options:\n' + renderFlagTable(globalFlags, width),
    "Run 'docker COMMAND --help' for more information on a command.",
    'For more help on how to use Docker, head to https://docs.docker.com/go/guides/',
  ];
  return sections.join('\n\n') + '\n';
}
