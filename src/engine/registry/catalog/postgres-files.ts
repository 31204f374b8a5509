// The scripts the postgres image copies into /usr/local/bin. Our own condensed rendering of the official
// entrypoint's flow: the same functions, environment variables and the messages a learner sees.

/** docker-entrypoint.sh: initialises $PGDATA on first start (needs POSTGRES_PASSWORD), then execs postgres. */
export const POSTGRES_ENTRYPOINT = `#!/usr/bin/env bash
set -Eeo pipefail

# usage: file_env VAR [DEFAULT]
# (lets "$VAR_FILE" fill in "$VAR" from a file, for Docker's secrets feature)
file_env() {
	local var="$1"
	local fileVar="\${var}_FILE"
	local def="\${2:-}"
	if [ "\${!var:-}" ] && [ "\${!fileVar:-}" ]; then
		printf >&2 'error: both %s and %s are set (but are exclusive)\\n' "$var" "$fileVar"
		exit 1
	fi
	local val="$def"
	if [ "\${!var:-}" ]; then
		val="\${!var}"
	elif [ "\${!fileVar:-}" ]; then
		val="$(< "\${!fileVar}")"
	fi
	export "$var"="$val"
	unset "$fileVar"
}

# create the data and socket directories; when run as root, give them to the postgres user
docker_create_db_directories() {
	local user; user="$(id -u)"
	mkdir -p "$PGDATA"
	chmod 00700 "$PGDATA" || :
	mkdir -p /var/run/postgresql || :
	chmod 03775 /var/run/postgresql || :
	if [ "$user" = '0' ]; then
		find "$PGDATA" \\! -user postgres -exec chown postgres '{}' +
		find /var/run/postgresql \\! -user postgres -exec chown postgres '{}' +
	fi
}

# an empty password is refused unless POSTGRES_HOST_AUTH_METHOD=trust
docker_verify_minimum_env() {
	if [ -z "$POSTGRES_PASSWORD" ] && [ 'trust' != "$POSTGRES_HOST_AUTH_METHOD" ]; then
		cat >&2 <<-'EOE'
			Error: Database is uninitialized and superuser password is not specified.
			       You must specify POSTGRES_PASSWORD to a non-empty value for the
			       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

			       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
			       connections without a password. This is *not* recommended.

			       See PostgreSQL documentation about "trust":
			       https://www.postgresql.org/docs/current/auth-trust.html
		EOE
		exit 1
	fi
}

# initdb, then the pg_hba.conf line for connections from other hosts
docker_init_database_dir() {
	eval 'initdb --username="$POSTGRES_USER" --pwfile=<(printf "%s\\n" "$POSTGRES_PASSWORD") '"$POSTGRES_INITDB_ARGS"' "$@"'
	printf '\\nhost all all all %s\\n' "\${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}" >> "$PGDATA/pg_hba.conf"
}

# run the *.sh and *.sql files of /docker-entrypoint-initdb.d against a socket-only server
docker_process_init_files() {
	local f
	for f; do
		case "$f" in
			*.sh)  printf '%s: running %s\\n' "$0" "$f"; . "$f" ;;
			*.sql) printf '%s: running %s\\n' "$0" "$f"; psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --dbname "$POSTGRES_DB" -f "$f" ;;
			*)     printf '%s: ignoring %s\\n' "$0" "$f" ;;
		esac
	done
}

docker_setup_env() {
	file_env 'POSTGRES_PASSWORD'
	file_env 'POSTGRES_USER' 'postgres'
	file_env 'POSTGRES_DB' "$POSTGRES_USER"
	file_env 'POSTGRES_INITDB_ARGS'
	: "\${POSTGRES_HOST_AUTH_METHOD:=}"
	declare -g DATABASE_ALREADY_EXISTS
	if [ -s "$PGDATA/PG_VERSION" ]; then
		DATABASE_ALREADY_EXISTS='true'
	fi
}

_main() {
	# if the first argument looks like a flag, run the postgres server with it
	if [ "\${1:0:1}" = '-' ]; then
		set -- postgres "$@"
	fi

	if [ "$1" = 'postgres' ]; then
		docker_setup_env
		docker_create_db_directories
		if [ "$(id -u)" = '0' ]; then
			# restart this script as the postgres user
			exec gosu postgres "$BASH_SOURCE" "$@"
		fi

		if [ -z "$DATABASE_ALREADY_EXISTS" ]; then
			docker_verify_minimum_env
			ls /docker-entrypoint-initdb.d/ > /dev/null
			docker_init_database_dir
			export PGPASSWORD="\${PGPASSWORD:-$POSTGRES_PASSWORD}"
			pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -p \${PGPORT:-5432}" -w start
			if [ "$POSTGRES_DB" != 'postgres' ]; then
				psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --no-password --dbname postgres -c "CREATE DATABASE \\"$POSTGRES_DB\\" ;"
			fi
			docker_process_init_files /docker-entrypoint-initdb.d/*
			pg_ctl -D "$PGDATA" -m fast -w stop
			unset PGPASSWORD

			cat <<-'EOM'

				PostgreSQL init process complete; ready for start up.

			EOM
		else
			cat <<-'EOM'

				PostgreSQL Database directory appears to contain a database; Skipping initialization

			EOM
		fi
	fi

	exec "$@"
}

# run _main unless docker-ensure-initdb.sh sourced this file for its functions
_is_sourced() {
	[ "\${#FUNCNAME[@]}" -ge 2 ] && [ "\${FUNCNAME[0]}" = '_is_sourced' ] && [ "\${FUNCNAME[1]}" = 'source' ]
}

if ! _is_sourced; then
	_main "$@"
fi
`;

/** docker-ensure-initdb.sh: initialises $PGDATA without starting the server (and, as -enforce-, insists it is new). */
export const POSTGRES_ENSURE_INITDB = `#!/usr/bin/env bash
set -Eeuo pipefail

# This script initialises the database directory if it is empty and exits; it does not start postgres.
# Called as "docker-enforce-initdb.sh" it fails when the directory already holds a database.

source /usr/local/bin/docker-entrypoint.sh

docker_setup_env
docker_create_db_directories
if [ "$(id -u)" = '0' ]; then
	exec gosu postgres "$BASH_SOURCE" "$@"
fi

if [ -z "$DATABASE_ALREADY_EXISTS" ]; then
	docker_verify_minimum_env
	docker_init_database_dir
else
	case "$0" in
		*/docker-enforce-initdb.sh)
			echo >&2 "$0: error: (unexpected) database found in '$PGDATA'"
			exit 1
			;;
	esac
fi
`;
