// docker image inspect [OPTIONS] IMAGE [IMAGE...] and docker inspect [OPTIONS] NAME|ID [NAME|ID...] —
// docker/cli cli/command/image/inspect.go and cli/command/system/inspect.go. `docker inspect` tries
// each object type in turn; here images are the only objects a daemon holds so far.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { unavailableMessage } from '../../framework/program.ts';
import { imageInspectElement } from '../../../format/image/inspect.ts';
import { documentElement, type InspectElement } from '../../../format/inspector.ts';
import { fromDaemon, printInspect } from '../inspect-output.ts';

const OBJECT_TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];
const SWARM_TYPES = new Set(['config', 'node', 'secret', 'service', 'task']);
const NOT_SWARM_MANAGER = 'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';

/** `docker image inspect`: the image documents, or a --format template per image. */
export function imageInspect(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => printInspect(ctx, args, flags.string('format'), inspectOne(engine));
}

/** `docker inspect`: any object by name or ID; `--type` narrows the search. */
export function inspect(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    const type = flags.string('type');
    const typeList = OBJECT_TYPES.join('", "');
    if (flags.changed('type') && type === '') return fail(ctx, `type is empty: must be one of "${typeList}"`);
    if (type !== '' && !OBJECT_TYPES.includes(type)) return fail(ctx, `unknown type: ${JSON.stringify(type)}: must be one of "${typeList}"`);
    const get = (ref: string): InspectElement => {
      if (type === '') {
        try {
          const element = inspectOne(engine)(ref);
          if (flags.bool('size')) ctx.stderr.write('WARNING: --size ignored for image\n');
          return element;
        } catch {
          // docker/cli tries a container, an image, then a network.
          try {
            return documentElement(engine.networkInspect(ref));
          } catch {
            throw new Error(`Error: No such object: ${ref}`);
          }
        }
      }
      if (type === 'image') return inspectOne(engine)(ref);
      if (type === 'network') return fromDaemon((r) => documentElement(engine.networkInspect(r)))(ref);
      if (type === 'plugin') throw new Error(unavailableMessage('inspect --type plugin'));
      throw new Error(`Error response from daemon: ${missingObject(type, ref)}`);
    };
    return printInspect(ctx, args, flags.string('format'), get);
  };
}

// What the daemon answers for an object type that holds nothing yet.
function missingObject(type: string, ref: string): string {
  if (SWARM_TYPES.has(type)) return NOT_SWARM_MANAGER;
  if (type === 'container') return `No such container: ${ref}`;
  if (type === 'network') return `network ${ref} not found`;
  return `get ${ref}: no such volume`;
}

// One image's document, a daemon refusal worded as the CLI prints it.
function inspectOne(engine: EngineApi): (ref: string) => InspectElement {
  return fromDaemon((ref) => imageInspectElement(engine.imageInspect(ref)));
}

function fail(ctx: ProgramContext, message: string): number {
  ctx.stderr.write(`${message}\n`);
  return 1;
}
