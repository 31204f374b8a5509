// Named seed states for engine tests: each call makes a fresh Engine on the simulated clock in a
// known state, so a test names where it starts ("alpine pulled") instead of retelling how to get there.
import { Engine } from '../../src/engine/engine.ts';
import { normalizeReference } from '../../src/engine/images/names.ts';
import { Registry } from '../../src/engine/registry/registry.ts';
import { registryV2Handler } from '../../src/engine/registry/v2-server.ts';
import { NetError } from '../../src/kernel/net.ts';
import { simulatedClock } from '../../src/session/clock.ts';
import { shellRuntime } from '../../src/session/runtime.ts';

/** Pulls each reference into `engine` from the seeded Docker Hub, as `docker pull` does (progress dropped). */
export async function pullInto(engine: Engine, ...refs: string[]): Promise<Engine> {
  for (const ref of refs) for await (const _ of engine.imageCreate({ ref: normalizeReference(ref) })) void _;
  return engine;
}

/** An engine and the registry:2 it reaches at localhost:5000 (any other host refuses the connection). */
export interface EngineWithRegistry {
  engine: Engine;
  registry: Registry;
}

/** The named starting points. `runnable` engines run container processes through the shell runtime. */
export const seedStates = {
  /** Nothing pulled, nothing running; containers cannot run processes. */
  empty: (): Engine => new Engine(simulatedClock()),
  /** alpine:latest pulled. */
  alpine: (): Promise<Engine> => pullInto(new Engine(simulatedClock()), 'alpine:latest'),
  /** alpine:latest and alpine:3.20 pulled: two images that share no layer. */
  alpineTwoReleases: (): Promise<Engine> => pullInto(new Engine(simulatedClock()), 'alpine:latest', 'alpine:3.20'),
  /** alpine:latest pulled, with a runtime so containers run their processes. */
  alpineRunnable: (): Promise<Engine> => pullInto(new Engine(simulatedClock(), undefined, shellRuntime()), 'alpine:latest'),
  /** Nothing pulled; a registry:2 answers at localhost:5000. */
  localRegistry: (): EngineWithRegistry => {
    const engine = new Engine(simulatedClock());
    const registry = new Registry('localhost:5000');
    const handler = registryV2Handler(registry);
    engine.registryTransport = async (host, port, request) => {
      if (host !== 'localhost' || port !== 5000) throw new NetError('ECONNREFUSED', 'refused');
      return handler(request);
    };
    return { engine, registry };
  },
};
