// docker network connect / disconnect — docker/cli cli/command/network/connect.go, disconnect.go.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';

/** `docker network connect [--alias A] [--ip IP] [--link C:A] NETWORK CONTAINER`: silent on success. */
export function networkConnect(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    try {
      const ip = flags.string('ip');
      const aliases = flags.list('alias').flatMap((a) => a.split(','));
      const links = flags.list('link');
      engine.networkConnect(args[0], args[1], { IPAMConfig: ip ? { IPv4Address: ip } : null, Aliases: aliases.length > 0 ? aliases : null, Links: links.length > 0 ? links : null });
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

/** `docker network disconnect [-f] NETWORK CONTAINER`: silent on success. */
export function networkDisconnect(engine: EngineApi): CommandHandler {
  return ({ args, ctx }) => {
    try {
      engine.networkDisconnect(args[0], args[1]);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
