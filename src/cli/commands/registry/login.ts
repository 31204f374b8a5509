// docker login [OPTIONS] [SERVER] — docker/cli cli/command/registry/login.go (28.2.2). There is no
// interactive prompt in this terminal, so without -u and -p (and no stored login) docker's non-TTY error.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { CliError, reportError } from '../../daemon-error.ts';
import { configPath, convertToHostname, INDEX_SERVER, storeAuth, storedAuth } from './config-file.ts';

// The credentials store's warning (cli/config/credentials/file_store.go), printed on each stored password.
const UNENCRYPTED_WARNING = (path: string) =>
  `\nWARNING! Your credentials are stored unencrypted in '${path}'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`;

/** Logs in to Docker Hub or a registry, storing the credentials in ~/.docker/config.json. */
export function login(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    try {
      let username = flags.string('username');
      let password = flags.string('password');
      const passwordStdin = flags.bool('password-stdin');
      if (password && passwordStdin) throw new CliError('conflicting options: cannot specify both --password and --password-stdin');
      if (passwordStdin && !username) throw new CliError('the --password-stdin option requires --username to be set');
      if (password) ctx.stderr.write('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
      if (passwordStdin) password = ctx.stdin.replace(/\n$/, '').replace(/\r$/, '');
      const server = args[0] ?? '';
      const serverAddress = server && server !== 'docker.io' ? server : INDEX_SERVER;
      const key = serverAddress === INDEX_SERVER ? INDEX_SERVER : convertToHostname(serverAddress);

      if (!username && !password) {
        const stored = storedAuth(ctx, key);
        if (stored?.username && stored.password) {
          ctx.stdout.write(`Authenticating with existing credentials... [Username: ${stored.username}]\n`);
          ctx.stdout.write(`To login with a different account, run 'docker logout' followed by 'docker login'\n\n`);
          try {
            const response = await engine.registryLogin({ ...stored, serveraddress: key });
            ctx.stderr.write(UNENCRYPTED_WARNING(configPath(ctx)));
            ctx.stdout.write(`${response.Status}\n`);
            return 0;
          } catch {
            ctx.stderr.write('Stored credentials invalid or expired\n');
          }
          username = '';
        }
      }
      if (!username || !password) throw new CliError('Error: Cannot perform an interactive login from a non TTY device');
      const response = await engine.registryLogin({ username, password, serveraddress: key });
      storeAuth(ctx, key, { username, password });
      ctx.stderr.write(UNENCRYPTED_WARNING(configPath(ctx)));
      ctx.stdout.write(`${response.Status}\n`);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
