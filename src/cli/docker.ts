// The `docker` program of the learner's host: the command framework with each command's handler
// bound to this session's daemon.
import type { Engine } from '../engine/engine.ts';
import type { Program } from './framework/types.ts';
import { createDockerProgram } from './framework/program.ts';
import { pull } from './commands/image/pull.ts';
import { imageList } from './commands/image/list.ts';
import { history } from './commands/image/history.ts';
import { tag } from './commands/image/tag.ts';
import { imageRemove } from './commands/image/remove.ts';
import { imageInspect, inspect } from './commands/image/inspect.ts';
import { imagePrune } from './commands/image/prune.ts';

/** The docker CLI talking to `engine`. */
export function dockerProgram(engine: Engine): Program {
  return createDockerProgram({
    'image pull': pull(engine),
    'image ls': imageList(engine),
    'image history': history(engine),
    'image tag': tag(engine),
    'image rm': imageRemove(engine),
    'image inspect': imageInspect(engine),
    inspect: inspect(engine),
    'image prune': imagePrune(engine),
  });
}
