// docker rmi / docker image rm [OPTIONS] IMAGE [IMAGE...] — docker/cli cli/command/image/remove.go:
// each image in turn, its Untagged/Deleted lines as they come; the errors joined at the end. With -f,
// images that do not exist are reported but do not fail the command.
import { type EngineApi, EngineError } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';

/** Removes images or their names. */
export function imageRemove(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    const force = flags.bool('force');
    const errors: string[] = [];
    let fatal = false;
    for (const name of args) {
      try {
        for (const item of engine.imageDelete(name, { force, noPrune: flags.bool('no-prune') })) {
          ctx.stdout.write('Deleted' in item ? `Deleted: ${item.Deleted}\n` : `Untagged: ${item.Untagged}\n`);
        }
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        if (error.kind !== 'notFound') fatal = true;
        errors.push(`Error response from daemon: ${error.message}`);
      }
    }
    if (errors.length === 0) return 0;
    ctx.stderr.write(errors.join('\n') + '\n');
    return !force || fatal ? 1 : 0;
  };
}
