// The Registry API that a `registry:2` container serves: the engine's v2 handler over a Registry kept
// per container filesystem, so a restarted container keeps what was pushed to it. The session hands
// this factory to the shell's `registry` program (the shell may not import the engine).
import type { RegistryHandlerFactory } from '../../kernel/net.ts';
import type { Vfs } from '../../vfs/vfs.ts';
import { Registry } from './registry.ts';
import { registryV2Handler } from './v2-server.ts';

const registries = new WeakMap<Vfs, Registry>();

/** A v2 handler over the Registry that lives as long as the container's filesystem `machine`. */
export const containerRegistryHandler: RegistryHandlerFactory = (machine, host) => {
  let registry = registries.get(machine);
  if (!registry) {
    registry = new Registry(host);
    registries.set(machine, registry);
  }
  return registryV2Handler(registry);
};
