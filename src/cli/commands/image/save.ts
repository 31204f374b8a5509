// docker save [OPTIONS] IMAGE [IMAGE...] — docker/cli cli/command/image/save.go: to -o FILE (mode 0600),
// or to stdout only when it is not the terminal.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { CliError, reportError } from '../../daemon-error.ts';
import { resolve as resolvePath } from '../../../vfs/path.ts';
import { bytesToStream } from './binary-stream.ts';
import { invokingUser } from '../host-user.ts';

/** Writes the images' docker-archive tar to a file or a pipe. */
export function save(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    try {
      const output = flags.string('output');
      if (!output && ctx.isTty) throw new CliError('cowardly refusing to save to a terminal. Use the -o flag or redirect');
      const archive = engine.imagesGet(args);
      if (!output) {
        ctx.stdout.write(bytesToStream(archive));
        return 0;
      }
      const path = resolvePath(ctx.cwd, output);
      const dir = path.slice(0, path.lastIndexOf('/')) || '/';
      if (!ctx.fs.exists(dir)) throw new CliError(`failed to save image: open ${output}: no such file or directory`);
      ctx.fs.writeFile(path, archive, { mode: 0o600, ...invokingUser(ctx) });
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
