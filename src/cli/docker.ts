// The `docker` program of the learner's host: the command framework with each command's handler
// bound to this session's daemon.
import type { Engine } from '../engine/engine.ts';
import type { Program } from '../shell/program.ts';
import { createDockerProgram } from './framework/program.ts';
import { pull } from './commands/image/pull.ts';
import { imageList } from './commands/image/list.ts';
import { history } from './commands/image/history.ts';

/** The docker CLI talking to `engine`. */
export function dockerProgram(engine: Engine): Program {
  return createDockerProgram({
    'image pull': pull(engine),
    'image ls': imageList(engine),
    'image history': history(engine),
  });
}
