// docker pull [OPTIONS] NAME[:TAG|@DIGEST] — docker/cli cli/command/image/pull.go
import { type EngineApi, referenceString } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { displayStream, taggedReference } from '../progress-stream.ts';

/** Pulls an image; prints "Using default tag", the progress stream and the canonical reference. */
export function pull(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    const quiet = flags.bool('quiet');
    try {
      const ref = taggedReference(ctx, args[0], flags.bool('all-tags'), quiet);
      const stream = engine.imageCreate({ ref, platform: flags.string('platform') || undefined });
      if (!(await displayStream(ctx, stream, quiet))) return 130;
      ctx.stdout.write(`${referenceString(ref)}\n`);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
