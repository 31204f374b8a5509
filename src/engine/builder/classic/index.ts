// POST /build with the classic builder (API version=1): plan the steps, then retell the build as
// moby's builder/dockerfile prints it. Parse errors are thrown before any message.
import { EmptyDockerfile } from '../../errors/build.ts';
import type { BuildRequest } from '../build/types.ts';
import type { ClassicDaemon } from './daemon.ts';
import { classicPlan } from './plan.ts';
import { classicBuild, type ClassicMessage } from './stream.ts';

export type { ClassicMessage } from './stream.ts';

/** How a classic build runs besides the BuildKit request. */
export interface ClassicBuildOptions {
  /** `rm` (default on): remove a step's container after it succeeds. */
  remove: boolean;
  /** `forcerm`: remove it even when the step fails. */
  forceRemove: boolean;
}

/** Plans and starts a classic build; throws DockerfileParseError, InstructionError or EmptyDockerfile. */
export function startClassicBuild(daemon: ClassicDaemon, request: BuildRequest, options: ClassicBuildOptions): AsyncGenerator<ClassicMessage> {
  const plan = classicPlan(request.dockerfile ?? '', request.target);
  if (plan.steps.length === 0) throw new EmptyDockerfile(request.dockerfileName);
  return classicBuild(daemon, { plan, request, ...options });
}
