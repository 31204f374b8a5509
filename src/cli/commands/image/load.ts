// docker load [OPTIONS] — docker/cli cli/command/image/load.go: from -i FILE or stdin (refused when
// stdin is the terminal); the daemon is asked to be quiet with -q or when stdout is not a terminal.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { CliError, reportError } from '../../daemon-error.ts';
import { resolve as resolvePath } from '../../../vfs/path.ts';
import { streamToBytes } from './binary-stream.ts';
import { displayStream } from '../progress-stream.ts';

/** Loads images from a docker-archive tar. */
export function load(engine: EngineApi): CommandHandler {
  return async ({ flags, ctx }) => {
    try {
      const input = flags.string('input');
      let archive: Uint8Array;
      if (input) {
        const path = resolvePath(ctx.cwd, input);
        if (!ctx.fs.exists(path)) throw new CliError(`open ${input}: no such file or directory`);
        if (ctx.fs.stat(path).type === 'dir') throw new CliError(`read ${input}: is a directory`);
        archive = ctx.fs.readFile(path);
      } else {
        // The shell hands a program its whole stdin; none at the prompt means the terminal itself.
        const input = ctx.stdin; // reading stdin consumes it: read it once
        if (ctx.isTty && input === '') throw new CliError('requested load from stdin, but stdin is empty');
        archive = streamToBytes(input);
      }
      const quiet = flags.bool('quiet') || !ctx.isTty;
      await displayStream(ctx, engine.imagesLoad(archive, quiet), false);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
