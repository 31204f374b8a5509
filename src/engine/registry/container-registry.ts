// The Registry API that a `registry:2` container serves: the engine's v2 handler over a Registry kept
// per container filesystem, so a restarted container keeps what was pushed to it. The session hands
// this factory to the shell's `registry` program (the shell may not import the engine).
import type { RegistryHandlerFactory } from '../../kernel/net.ts';
import type { Vfs } from '../../vfs/vfs.ts';
import type { DirNode } from '../../vfs/types.ts';
import { Registry, registrySnapshot, restoreRegistry, type RegistrySnapshot } from './registry.ts';
import { registryV2Handler } from './v2-server.ts';

// Keyed by the filesystem's root: each process sees the container's tree through its own Vfs (with its
// user's credentials), and a restarted container must find what was pushed before.
const registries = new WeakMap<DirNode, Registry>();

/** A v2 handler over the Registry that lives as long as the container's filesystem `machine`. */
export const containerRegistryHandler: RegistryHandlerFactory = (machine, host) => {
  let registry = registries.get(machine.root);
  if (!registry) {
    registry = new Registry(host);
    registries.set(machine.root, registry);
  }
  return registryV2Handler(registry);
};

/** The registry a `registry` process serves from this container filesystem, if one has run there. */
export function containerRegistry(machine: Vfs): Registry | undefined {
  return registries.get(machine.root);
}

/** What a container's registry holds, with the host it answers as, for the session to save. */
export interface ContainerRegistryState {
  host: string;
  pushed: RegistrySnapshot;
}

/** The state of the registry served from `machine`, if one has run there. */
export function containerRegistryState(machine: Vfs): ContainerRegistryState | undefined {
  const registry = registries.get(machine.root);
  return registry && { host: registry.host, pushed: registrySnapshot(registry) };
}

/** Puts a saved registry back under a restored container's filesystem, so its `registry` process serves it again. */
export function restoreContainerRegistry(machine: Vfs, saved: ContainerRegistryState): void {
  const registry = new Registry(saved.host);
  restoreRegistry(registry, saved.pushed);
  registries.set(machine.root, registry);
}
