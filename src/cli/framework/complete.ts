// Tab completion for `docker …`: command names, subcommands of a group, and flags of the command.
import { loadSpecs } from './load-specs.ts';
import { globalFlagSpecs, unlistedCommands } from '../specs/root.ts';
import { commandName, isGroup, type CommandEntry } from './registry.ts';
import type { FlagSpec } from '../command-types.ts';

function flagWords(flags: readonly FlagSpec[], current: string): string[] {
  const visible = flags.filter((f) => !f.hidden);
  if (current.startsWith('--') || current === '-') {
    return [...visible.map((f) => `--${f.name}`), '--help'].filter((w) => w.startsWith(current)).sort();
  }
  return [];
}

/**
 * Candidates for the word being typed. `words` are the complete words after `docker` before the
 * cursor (`['image']` for `docker image l`), `current` the partial word (`l`). Image names are the caller's.
 */
export async function completeDocker(words: readonly string[], current: string): Promise<string[]> {
  const { registry } = await loadSpecs();
  let entry: CommandEntry | undefined;
  let expectingValue = false;
  const rootFlags = globalFlagSpecs('/root');
  for (const word of words) {
    const flags = entry ? entry.spec.flags ?? [] : rootFlags;
    if (expectingValue) {
      expectingValue = false;
      continue;
    }
    if (word.startsWith('-')) {
      const long = word.startsWith('--') ? flags.find((f) => `--${f.name}` === word) : undefined;
      const short = !word.startsWith('--') && word.length === 2 ? flags.find((f) => `-${f.short}` === word) : undefined;
      const flag = long ?? short;
      expectingValue = flag !== undefined && flag.kind !== 'bool';
      continue;
    }
    if (entry && !isGroup(entry.spec)) continue; // a positional argument
    const next = registry.lookup(entry ? `${entry.path} ${word}` : word);
    if (!next) return [];
    entry = next;
  }
  if (expectingValue) return [];
  if (current.startsWith('-')) return flagWords(entry ? entry.spec.flags ?? [] : rootFlags, current);
  if (entry && !isGroup(entry.spec)) return [];
  if (entry?.spec.listingOnly) return [];
  const children = registry
    .children(entry ? entry.spec.path : '')
    .filter((e) => entry || !unlistedCommands.includes(e.path))
    .map((e) => commandName(e.path));
  return children.filter((name) => name.startsWith(current)).sort();
}
