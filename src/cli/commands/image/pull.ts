// docker pull [OPTIONS] NAME[:TAG|@DIGEST] — docker/cli cli/command/image/pull.go
import { type EngineApi, normalizeReference, referenceString } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { CliError, reportError } from '../../daemon-error.ts';
import { JsonMessageDisplay, JsonMessageError } from '../../../format/jsonmessage.ts';

/** Pulls an image; prints "Using default tag", the progress stream and the canonical reference. */
export function pull(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    const quiet = flags.bool('quiet');
    try {
      let ref = normalizeReference(args[0]);
      const nameOnly = !ref.tag && !ref.digest;
      if (flags.bool('all-tags') && !nameOnly) throw new CliError("tag can't be used with --all-tags/-a");
      if (nameOnly && !flags.bool('all-tags')) {
        ref = { ...ref, tag: 'latest' };
        if (!quiet) ctx.stdout.write('Using default tag: latest\n');
      }
      const platform = flags.string('platform') || undefined;
      const stream = engine.imageCreate({ ref, platform });
      const display = new JsonMessageDisplay(ctx.stdout, ctx.isTty, ctx.columns, () => ctx.fs.clock());
      for await (const message of stream) {
        if (ctx.signal.aborted) break;
        if (!quiet) display.show(message);
      }
      if (ctx.signal.aborted) return 130;
      ctx.stdout.write(`${referenceString(ref)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof JsonMessageError) {
        ctx.stderr.write(`${error.message}\n`);
        return 1;
      }
      return reportError(ctx, error);
    }
  };
}
