// Every lesson's held-out journeys, by lesson id.
import type { Journey } from './journey.ts';
import { journeys as l08 } from './08-first-dockerfile.ts';
import { journeys as l09 } from './09-build-context-copy-workdir.ts';
import { journeys as l10 } from './10-env-arg-expose-volume-user-entrypoint.ts';
import { journeys as l11 } from './11-build-cache-and-size.ts';
import { journeys as l12 } from './12-multi-stage-builds.ts';
import { journeys as l13 } from './13-secrets-in-images.ts';
import { journeys as l14 } from './14-sharing-images.ts';
import { journeys as l15 } from './15-logs-and-ports.ts';
import { journeys as l16 } from './16-capstone.ts';

/** Journeys per lesson (lessons 8–16). */
export const JOURNEYS: Record<string, Journey[]> = {
  '08-first-dockerfile': l08,
  '09-build-context-copy-workdir': l09,
  '10-env-arg-expose-volume-user-entrypoint': l10,
  '11-build-cache-and-size': l11,
  '12-multi-stage-builds': l12,
  '13-secrets-in-images': l13,
  '14-sharing-images': l14,
  '15-logs-and-ports': l15,
  '16-capstone': l16,
};
