// What the daemon runs of the builder, as one module the engine imports lazily (engine/lazy-part.ts):
// BuildKit builds, the classic builder's stream and the build checks.
import { LazyPart } from '../lazy-part.ts';

/** The builder part. */
export const builderPart = new LazyPart('the builder', () => import('./entry.ts'));
