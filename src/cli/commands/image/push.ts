// docker push [OPTIONS] NAME[:TAG] — docker/cli cli/command/image/push.go: credentials for the
// registry come from ~/.docker/config.json, as the CLI sends them in X-Registry-Auth.
import { type EngineApi, normalizeReference, referenceString } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { CliError, reportError } from '../../daemon-error.ts';
import { JsonMessageDisplay, JsonMessageError } from '../../../format/jsonmessage.ts';
import { authKeyForDomain, storedAuth } from '../registry/config-file.ts';

/** Pushes an image (or every tag with -a) and shows the daemon's progress stream. */
export function push(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    const quiet = flags.bool('quiet');
    const all = flags.bool('all-tags');
    try {
      let ref = normalizeReference(args[0]);
      const nameOnly = !ref.tag && !ref.digest;
      if (all && !nameOnly) throw new CliError("tag can't be used with --all-tags/-a");
      if (!all && nameOnly) {
        ref = { ...ref, tag: 'latest' };
        if (!quiet) ctx.stdout.write('Using default tag: latest\n');
      }
      const credentials = storedAuth(ctx, authKeyForDomain(ref.domain));
      const stream = engine.imagePush({ ref, all }, credentials);
      const display = new JsonMessageDisplay(ctx.stdout, ctx.isTty, ctx.columns, () => ctx.fs.clock());
      for await (const message of stream) {
        if (ctx.signal.aborted) break;
        if (quiet) {
          if (message.error || message.errorDetail) throw new JsonMessageError(message.errorDetail?.message ?? message.error ?? '');
        } else display.show(message);
      }
      if (ctx.signal.aborted) return 130;
      if (quiet) ctx.stdout.write(`${referenceString(ref)}\n`);
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
