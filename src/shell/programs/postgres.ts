// postgres (17.2 on Debian, as the official image runs it): the entrypoint's first-run initialisation
// (initdb's output, the temporary server, "init process complete") or its refusal without a password,
// then the server's start log; it waits until stopped and logs a fast shutdown (STOPSIGNAL SIGINT).
// The image's docker-entrypoint.sh only has to exec this program: initialisation lives here.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { NetError } from '../../kernel/net.ts';
import { postgresTime } from './server-log.ts';

const PASSWORD_ERROR = `Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.

       See PostgreSQL documentation about "trust":
       https://www.postgresql.org/docs/current/auth-trust.html
`;

/** Makes `postgres` (also reached as `docker-entrypoint.sh postgres`); `--version` prints the version. */
export function makePostgres(): Program {
  return async (ctx) => {
    const version = ctx.env.get('PG_VERSION')?.replace(/-.*/, '') || '17.2';
    const args = ctx.argv.slice(1);
    if (args[0] === '--version' || args[0] === '-V') {
      ctx.stdout.write(`postgres (PostgreSQL) ${version} (Debian ${version}-1.pgdg120+1)\n`);
      return 0;
    }
    const data = ctx.env.get('PGDATA') || '/var/lib/postgresql/data';
    const t = () => postgresTime(ctx.fs.clock());
    const log = (pid: number, text: string) => ctx.stdout.write(`${t()} [${pid}] LOG:  ${text}\n`);
    const banner = `starting PostgreSQL ${version} (Debian ${version}-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit`;
    if (ctx.fs.exists(`${data}/PG_VERSION`)) ctx.stdout.write('\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n');
    else {
      if (!ctx.env.get('POSTGRES_PASSWORD') && ctx.env.get('POSTGRES_HOST_AUTH_METHOD') !== 'trust') {
        ctx.stderr.write(PASSWORD_ERROR);
        return 1;
      }
      initdb(ctx, data, version);
      ctx.stdout.write('waiting for server to start....');
      log(48, banner);
      log(48, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
      log(51, `database system was shut down at ${t().replace(/\.\d+ /, ' ')}`);
      log(48, 'database system is ready to accept connections');
      ctx.stdout.write(' done\nserver started\n');
      if (ctx.env.get('POSTGRES_DB')) ctx.stdout.write('CREATE DATABASE\n');
      ctx.stdout.write('\n\n/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n\n');
      ctx.stdout.write('waiting for server to shut down...');
      log(48, 'received fast shutdown request');
      ctx.stdout.write('.');
      log(48, 'aborting any active transactions');
      log(48, 'background worker "logical replication launcher" (PID 54) exited with exit code 1');
      log(49, 'shutting down');
      log(49, 'checkpoint starting: shutdown immediate');
      log(49, 'checkpoint complete: wrote 921 buffers (5.6%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.015 s, sync=0.567 s, total=0.601 s; sync files=301, longest=0.003 s, average=0.002 s; distance=4238 kB, estimate=4238 kB; lsn=0/1908980, redo lsn=0/1908980');
      log(48, 'database system is shut down');
      ctx.stdout.write(' done\nserver stopped\n\nPostgreSQL init process complete; ready for start up.\n\n');
    }
    let stop: (() => void) | undefined;
    if (ctx.net) {
      try {
        // Port 5432 is taken so a second server fails and clients see something listening.
        stop = ctx.net.listenHttp(5432, () => ({ status: 400, headers: {}, body: new Uint8Array() }));
      } catch (e) {
        if (!(e instanceof NetError)) throw e;
        ctx.stdout.write(`${t()} [1] LOG:  could not bind IPv4 address "0.0.0.0": Address already in use\n`);
        return 1;
      }
    }
    log(1, banner);
    log(1, 'listening on IPv4 address "0.0.0.0", port 5432');
    log(1, 'listening on IPv6 address "::", port 5432');
    log(1, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
    log(64, `database system was shut down at ${t().replace(/\.\d+ /, ' ')}`);
    log(1, 'database system is ready to accept connections');
    if (!ctx.signal.aborted) await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => resolve(), { once: true }));
    stop?.();
    log(1, 'received fast shutdown request');
    log(1, 'aborting any active transactions');
    log(1, 'background worker "logical replication launcher" (PID 67) exited with exit code 1');
    log(62, 'shutting down');
    log(62, 'checkpoint starting: shutdown immediate');
    log(62, 'checkpoint complete: wrote 3 buffers (0.0%); 0 WAL file(s) added, 0 removed, 0 recycled; write=0.004 s, sync=0.002 s, total=0.013 s; sync files=2, longest=0.001 s, average=0.001 s; distance=0 kB, estimate=0 kB; lsn=0/1908A58, redo lsn=0/1908A58');
    log(1, 'database system is shut down');
    return 0;
  };
}

// initdb's output, and the data directory it leaves (PG_VERSION and the main files, sized stand-ins).
function initdb(ctx: ProgramContext, data: string, version: string): void {
  ctx.stdout.write(`The files belonging to this database system will be owned by user "postgres".
This user must also own the server process.

The database cluster will be initialized with locale "en_US.utf8".
The default database encoding has accordingly been set to "UTF8".
The default text search configuration will be set to "english".

Data page checksums are disabled.

fixing permissions on existing directory ${data} ... ok
creating subdirectories ... ok
selecting dynamic shared memory implementation ... posix
selecting default "max_connections" ... 100
selecting default "shared_buffers" ... 128MB
selecting default time zone ... Etc/UTC
creating configuration files ... ok
running bootstrap script ... ok
performing post-bootstrap initialization ... ok
syncing data to disk ... ok


Success. You can now start the database server using:

    pg_ctl -D ${data} -l logfile start

`);
  ctx.stderr.write('initdb: warning: enabling "trust" authentication for local connections\ninitdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.\n');
  const major = version.split('.')[0];
  const opts = { uid: 999, gid: 999 };
  ctx.fs.mkdir(data, { recursive: true, mode: 0o700, ...opts });
  for (const d of ['base/1', 'base/4', 'base/5', 'global', 'pg_wal', 'pg_xact', 'pg_multixact', 'pg_notify', 'pg_stat', 'pg_subtrans', 'pg_tblspc', 'pg_twophase', 'pg_logical', 'pg_commit_ts', 'pg_dynshmem', 'pg_replslot', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp']) ctx.fs.mkdir(`${data}/${d}`, { recursive: true, mode: 0o700, ...opts });
  ctx.fs.writeFile(`${data}/PG_VERSION`, `${major}\n`, { mode: 0o600, ...opts });
  ctx.fs.writeFile(`${data}/postgresql.conf`, "listen_addresses = '*'\nmax_connections = 100\nshared_buffers = 128MB\ndynamic_shared_memory_type = posix\nmax_wal_size = 1GB\nmin_wal_size = 80MB\nlog_timezone = 'Etc/UTC'\ndatestyle = 'iso, mdy'\ntimezone = 'Etc/UTC'\nlc_messages = 'en_US.utf8'\ndefault_text_search_config = 'pg_catalog.english'\n", { mode: 0o600, ...opts });
  ctx.fs.writeFile(`${data}/pg_hba.conf`, 'local   all             all                                     trust\nhost    all             all             127.0.0.1/32            trust\nhost    all             all             ::1/128                 trust\nhost all all all scram-sha-256\n', { mode: 0o600, ...opts });
  ctx.fs.writeFile(`${data}/pg_wal/000000010000000000000001`, 'postgres WAL segment stand-in\n', { mode: 0o600, ...opts });
  const wal = ctx.fs.lstat(`${data}/pg_wal/000000010000000000000001`);
  if (wal.type === 'file') wal.size = 16 * 1024 * 1024;
  ctx.fs.writeFile(`${data}/base/5/1259`, 'postgres relation stand-in\n', { mode: 0o600, ...opts });
  const rel = ctx.fs.lstat(`${data}/base/5/1259`);
  if (rel.type === 'file') rel.size = 7_500_000;
}
