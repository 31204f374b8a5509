// The `docker` program of the learner's host: the command framework with each command's handler
// bound to this session's daemon. The handlers (cli/handlers.ts, with every formatter) are a chunk of
// their own, fetched as the program is made, so the worker's first chunk stays small and a first `ls`
// does not wait for them.
import type { EngineApi } from '../engine/index.ts';
import type { Program } from '../kernel/process.ts';
import { createDockerProgram } from './framework/program.ts';

/** The docker CLI talking to `engine`. */
export function dockerProgram(engine: EngineApi): Program {
  return createDockerProgram(() => import('./handlers.ts').then((m) => m.dockerHandlers(engine)));
}
