// docker logout [SERVER] — docker/cli cli/command/registry/logout.go (28.2.2): always says which
// credentials it removes, whether or not any were stored.
import type { CommandHandler } from '../../command-types.ts';
import { convertToHostname, eraseAuth, INDEX_SERVER } from './config-file.ts';

/** Removes the stored credentials of Docker Hub or a registry. */
export function logout(): CommandHandler {
  return ({ args, ctx }) => {
    const server = args[0] ?? '';
    if (!server) {
      ctx.stdout.write(`Removing login credentials for ${INDEX_SERVER}\n`);
      eraseAuth(ctx, [INDEX_SERVER]);
      return 0;
    }
    const hostname = convertToHostname(server);
    ctx.stdout.write(`Removing login credentials for ${hostname}\n`);
    // Older CLIs stored a registry under any of these spellings.
    eraseAuth(ctx, [server, hostname, `http://${hostname}`, `https://${hostname}`]);
    return 0;
  };
}
