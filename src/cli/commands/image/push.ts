// docker push [OPTIONS] NAME[:TAG] — docker/cli cli/command/image/push.go: credentials for the
// registry come from ~/.docker/config.json, as the CLI sends them in X-Registry-Auth.
import { type EngineApi, referenceString } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { authKeyForDomain, storedAuth } from '../registry/config-file.ts';
import { displayStream, taggedReference } from '../progress-stream.ts';

/** Pushes an image (or every tag with -a) and shows the daemon's progress stream. */
export function push(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    const quiet = flags.bool('quiet');
    const all = flags.bool('all-tags');
    try {
      const ref = taggedReference(ctx, args[0], all, quiet);
      const credentials = storedAuth(ctx, authKeyForDomain(ref.domain));
      if (!(await displayStream(ctx, engine.imagePush({ ref, all }, credentials), quiet))) return 130;
      if (quiet) ctx.stdout.write(`${referenceString(ref)}\n`);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
