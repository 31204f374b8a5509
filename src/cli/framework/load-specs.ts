// The command specs (flags and help of every docker command, about 57 KB) load on the first docker
// command or completion, as a chunk of their own in the browser: a first `ls` does not fetch them.
import type { CommandSpec } from '../command-types.ts';
import { CommandRegistry } from './registry.ts';

let loading: Promise<{ specs: readonly CommandSpec[]; registry: CommandRegistry }> | undefined;

/** Every spec and the registry over them, loaded once (a failed fetch is tried again next time). */
export function loadSpecs(): Promise<{ specs: readonly CommandSpec[]; registry: CommandRegistry }> {
  loading ??= import('../specs/index.ts').then(
    (m) => ({ specs: m.allSpecs, registry: new CommandRegistry(m.allSpecs) }),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
