// The command tree: every path that reaches a spec (canonical paths, docker's aliases, top-level
// shortcuts such as `docker images`) and the subcommands each group lists.
import type { CommandSpec } from '../command-types.ts';

/** A path the user can type and the spec it runs. */
export interface CommandEntry {
  /** The typed path (`image list`). */
  path: string;
  /** The path docker prints in usage and errors (`image ls` for the cobra alias `image list`; `images` for `docker images`). */
  displayPath: string;
  spec: CommandSpec;
  /** A cobra alias (another name of the same subcommand): not listed under "Commands:". */
  hiddenAlias: boolean;
}

const parentOf = (path: string) => path.split(' ').slice(0, -1).join(' ');
const lastWord = (path: string) => path.split(' ').at(-1)!;

/** Whether a spec is a management command (`docker image COMMAND`). */
export function isGroup(spec: CommandSpec): boolean {
  return spec.group === true;
}

/** Lookup of typed paths and group listings over a set of specs. */
export class CommandRegistry {
  private readonly entries = new Map<string, CommandEntry>();

  constructor(specs: readonly CommandSpec[]) {
    for (const spec of specs) {
      this.add({ path: spec.path, displayPath: spec.path, spec, hiddenAlias: false });
      for (const alias of [...(spec.aliases ?? []), ...(spec.extraPaths ?? [])]) {
        if (alias === spec.path) continue;
        const sameParent = parentOf(alias) === parentOf(spec.path);
        this.add({ path: alias, displayPath: sameParent ? spec.path : alias, spec, hiddenAlias: sameParent });
      }
    }
  }

  private add(entry: CommandEntry): void {
    if (this.entries.has(entry.path)) throw new Error(`two specs claim 'docker ${entry.path}'`);
    this.entries.set(entry.path, entry);
  }

  /** The entry for a typed path (`image ls`, `images`), if any. */
  lookup(path: string): CommandEntry | undefined {
    return this.entries.get(path);
  }

  /** The entries listed under "Commands:" of a group (`''` for docker itself), sorted by name. */
  children(groupPath: string): CommandEntry[] {
    return [...this.entries.values()]
      .filter((e) => !e.hiddenAlias && e.path !== '' && parentOf(e.path) === groupPath)
      .sort((a, b) => (lastWord(a.path) < lastWord(b.path) ? -1 : 1));
  }

  /** Every typed path (for completion). */
  paths(): string[] {
    return [...this.entries.keys()];
  }
}

/** The last word of a path (the name listed under "Commands:"). */
export function commandName(path: string): string {
  return lastWord(path);
}
