// docker container inspect, and `docker inspect` looking for a container before an image —
// docker/cli cli/command/container/inspect.go and system/inspect.go.
import { type EngineApi, EngineError } from '../../../engine/index.ts';
import type { CommandHandler, ParsedCommand } from '../../command-types.ts';
import { documentElement, type InspectElement } from '../../../format/inspector.ts';
import { fromDaemon, printInspect } from '../inspect-output.ts';
import { volumeInspect } from '../volume/volume.ts';

/** One container's inspect document: raw JSON in the daemon's field order, maps for templates. */
export function containerElement(engine: EngineApi, ref: string, size = false): InspectElement {
  return documentElement(engine.containerInspect(ref, size));
}

/** `docker container inspect`. */
export function containerInspect(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    return printInspect(ctx, args, flags.string('format'), fromDaemon((ref) => containerElement(engine, ref, flags.bool('size'))));
  };
}

// Whether a container answers to ref (an ambiguous prefix does not).
function containerExists(engine: EngineApi, ref: string): boolean {
  try {
    engine.containerInspect(ref);
    return true;
  } catch (error) {
    if (error instanceof EngineError) return false;
    throw error;
  }
}

/** `docker inspect`: a container when one matches (or --type container), else the image handler. */
export function inspectAny(engine: EngineApi, images: CommandHandler): CommandHandler {
  return (parsed: ParsedCommand) => {
    const { args, flags, ctx } = parsed;
    const type = flags.string('type');
    const allContainers = args.every((ref) => containerExists(engine, ref));
    if (type === 'container' || (type === '' && allContainers)) {
      const missing = type === '' ? (ref: string) => `Error: No such object: ${ref}` : undefined;
      return printInspect(ctx, args, flags.string('format'), fromDaemon((ref) => containerElement(engine, ref, flags.bool('size')), missing));
    }
    if (type === 'volume') return volumeInspect(engine)(parsed);
    return images(parsed);
  };
}
