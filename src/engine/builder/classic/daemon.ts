// What the classic builder asks of the daemon: the BuildKit-modelled build it retells, the images it
// names and pulls, and the daemon's clock. The Engine facade satisfies it (no import of the facade).
import type { ImageInspect, JsonMessage } from '../../api/images.ts';
import type { PullRequest } from '../../images/pull.ts';
import type { BuildEvent, BuildRequest, BuildResult } from '../build/types.ts';

/** The daemon calls of a classic build. */
export interface ClassicDaemon {
  imageBuild(request: BuildRequest, signal?: AbortSignal): AsyncGenerator<BuildEvent, BuildResult>;
  imageInspect(name: string): ImageInspect;
  imageCreate(request: PullRequest): AsyncGenerator<JsonMessage>;
  systemInfo(): { SystemTime: string };
}
