// The instructions that only change the image config: each returns the history text BuildKit
// records for it (an empty_layer entry), or null when BuildKit writes none (ONBUILD).
import type { Command } from '../../instructions/types.ts';
import type { Dispatcher, DispatchRequest } from './types.ts';

/** A config-only instruction: changes `d.state.config`, returns its history `created_by` or null. */
export type ConfigDispatcher<K extends Command['kind']> = (d: DispatchRequest<K>) => string | null;

/** Makes a dispatcher that records the config change as an empty-layer history entry. */
export function configOnly<K extends Command['kind']>(apply: ConfigDispatcher<K>): Dispatcher<K> {
  return (d) => {
    const createdBy = apply(d);
    if (createdBy !== null) d.state.history.push({ created: d.state.lastCreated, created_by: createdBy, comment: 'buildkit.dockerfile.v0', empty_layer: true });
  };
}
