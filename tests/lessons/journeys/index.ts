// Every lesson's held-out journeys, by lesson id.
import type { Journey } from './journey.ts';
import { journeys as l08 } from './08-first-dockerfile.ts';
import { journeys as l09 } from './09-build-context-copy-workdir.ts';
import { journeys as l10 } from './10-env-arg-expose-volume-user-entrypoint.ts';
import { journeys as l11 } from './11-build-cache-and-size.ts';

/** Journeys per lesson (lessons 8–16). */
export const JOURNEYS: Record<string, Journey[]> = {
  '08-first-dockerfile': l08,
  '09-build-context-copy-workdir': l09,
  '10-env-arg-expose-volume-user-entrypoint': l10,
  '11-build-cache-and-size': l11,
};
