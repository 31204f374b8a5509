// postgres: 17.4 and 16.8 from the PGDG apt repository on debian:bookworm-slim, and 17.4 compiled on
// alpine:3.21, with the history, user, gosu, locale and entrypoint of the official Dockerfiles.
import type { CatalogImage, CatalogRepo, EmptyHistory, LayerRecipe } from './types.ts';
import type { TreeBuilder } from './files.ts';
import { debianBaseLayer, debianPlatforms } from './debian-rootfs.ts';
import { alpineBase, alpinePlatforms } from './alpine.ts';
import { sizedLayer } from './buildpack-deps.ts';
import { debianGroup, debianPasswd, shadowFor } from './dpkg.ts';
import { chownEntries, dockerfileCommand } from './image-kit.ts';
import { postgresGosuRun } from './gosu.ts';
import { POSTGRES_ENSURE_INITDB, POSTGRES_ENTRYPOINT } from './postgres-files.ts';
import { DEFAULT_PATH, cmd, entrypoint, env, expose, keySet, layer, meta, perPlatform, runText, volume } from './steps.ts';
import { libraryTags, versionAliases } from './tag-aliases.ts';

const CREATED = '2025-02-27T00:53:12Z';
const PGDATA = '/var/lib/postgresql/data';

interface PgRelease {
  major: string;
  /** ENV PG_VERSION: the PGDG package version on debian, the source release on alpine. */
  version: string;
  /** amd64 bytes of the layer that installs (or compiles) the server. */
  serverBytes: number;
}

const PG17: PgRelease = { major: '17', version: '17.4-1.pgdg120+2', serverBytes: 318_370_000 };
const PG16: PgRelease = { major: '16', version: '16.8-1.pgdg120+1', serverBytes: 312_640_000 };
const PG17_ALPINE: PgRelease = { major: '17', version: '17.4', serverBytes: 267_580_000 };

const DEBIAN_INSTALL = 'set -ex; \t\texport PYTHONDONTWRITEBYTECODE=1; \t\tdpkgArch="$(dpkg --print-architecture)"; \taptRepo="[ signed-by=/usr/local/share/keyrings/postgres.gpg.asc ] http://apt.postgresql.org/pub/repos/apt/ bookworm-pgdg main $PG_MAJOR"; \tcase "$dpkgArch" in \t\tamd64 | arm64 | ppc64el | s390x) \t\t\techo "deb $aptRepo" > /etc/apt/sources.list.d/pgdg.list; \t\t\tapt-get update; \t\t\t;; \t\t*) \t\t\techo "deb-src $aptRepo" > /etc/apt/sources.list.d/pgdg.list; \t\t\t\t\t\tsavedAptMark="$(apt-mark showmanual)"; \t\t\t\t\t\ttempDir="$(mktemp -d)"; \t\t\tcd "$tempDir"; \t\t\t\t\t\tapt-get update; \t\t\tapt-get install -y --no-install-recommends dpkg-dev; \t\t\techo "deb [ trusted=yes ] file://$tempDir ./" > /etc/apt/sources.list.d/temp.list; \t\t\t_update_repo() { \t\t\t\tdpkg-scanpackages . > Packages; \t\t\t\tapt-get -o Acquire::GzipIndexes=false update; \t\t\t}; \t\t\t_update_repo; \t\t\t\t\t\tnproc="$(nproc)"; \t\t\texport DEB_BUILD_OPTIONS="nocheck parallel=$nproc"; \t\t\tapt-get build-dep -y postgresql-common pgdg-keyring; \t\t\tapt-get source --compile postgresql-common pgdg-keyring; \t\t\t_update_repo; \t\t\tapt-get build-dep -y "postgresql-$PG_MAJOR=$PG_VERSION"; \t\t\tapt-get source --compile "postgresql-$PG_MAJOR=$PG_VERSION"; \t\t\t\t\t\t\t\t\tapt-mark showmanual | xargs apt-mark auto > /dev/null; \t\t\tapt-mark manual $savedAptMark; \t\t\t\t\t\tls -lAFh; \t\t\t_update_repo; \t\t\tgrep \'^Package: \' Packages; \t\t\tcd /; \t\t\t;; \tesac; \t\tapt-get install -y --no-install-recommends postgresql-common; \tsed -ri \'s/#(create_main_cluster) .*$/\\1 = false/\' /etc/postgresql-common/createcluster.conf; \tapt-get install -y --no-install-recommends \t\t"postgresql-$PG_MAJOR=$PG_VERSION" \t; \t\trm -rf /var/lib/apt/lists/*; \t\tif [ -n "$tempDir" ]; then \t\tapt-get purge -y --auto-remove; \t\trm -rf "$tempDir" /etc/apt/sources.list.d/temp.list; \tfi; \t\tfind /usr -name \'*.pyc\' -type f -exec bash -c \'for pyc; do dpkg -S "$pyc" &> /dev/null || rm -vf "$pyc"; done\' -- \'{}\' +; \t\tpostgres --version';

// The compile step of the alpine Dockerfile, as written there; history shows it joined (dockerfileCommand).
const ALPINE_BUILD = dockerfileCommand(`set -eux; \\
	\\
	wget -O postgresql.tar.bz2 "https://ftp.postgresql.org/pub/source/v$PG_VERSION/postgresql-$PG_VERSION.tar.bz2"; \\
	echo "$PG_SHA256 *postgresql.tar.bz2" | sha256sum -c -; \\
	mkdir -p /usr/src/postgresql; \\
	tar \\
		--extract \\
		--file postgresql.tar.bz2 \\
		--directory /usr/src/postgresql \\
		--strip-components 1 \\
	; \\
	rm postgresql.tar.bz2; \\
	\\
	apk add --no-cache --virtual .build-deps \\
		$DOCKER_PG_LLVM_DEPS \\
		bison \\
		coreutils \\
		dpkg-dev dpkg \\
		flex \\
		g++ \\
		gcc \\
		krb5-dev \\
		libc-dev \\
		libedit-dev \\
		libxml2-dev \\
		libxslt-dev \\
		linux-headers \\
		make \\
		openldap-dev \\
		openssl-dev \\
		perl-dev \\
		perl-ipc-run \\
		perl-utils \\
		python3-dev \\
		tcl-dev \\
		util-linux-dev \\
		zlib-dev \\
		icu-dev \\
		lz4-dev \\
		zstd-dev \\
	; \\
	\\
	cd /usr/src/postgresql; \\
	awk '$1 == "#define" && $2 == "DEFAULT_PGSOCKET_DIR" && $3 == "\\"/tmp\\"" { $3 = "\\"/var/run/postgresql\\""; print; next } { print }' src/include/pg_config_manual.h > src/include/pg_config_manual.h.new; \\
	grep '/var/run/postgresql' src/include/pg_config_manual.h.new; \\
	mv src/include/pg_config_manual.h.new src/include/pg_config_manual.h; \\
	gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \\
	wget -O config/config.guess 'https://git.savannah.gnu.org/cgit/config.git/plain/config.guess?id=7d3d27baf8107b630586c962c057e22149653deb'; \\
	wget -O config/config.sub 'https://git.savannah.gnu.org/cgit/config.git/plain/config.sub?id=7d3d27baf8107b630586c962c057e22149653deb'; \\
	\\
	export LLVM_CONFIG="/usr/lib/llvm19/bin/llvm-config"; \\
	export CLANG=clang-19; \\
	\\
	./configure \\
		--enable-option-checking=fatal \\
		--build="$gnuArch" \\
		--enable-integer-datetimes \\
		--enable-tap-tests \\
		--disable-rpath \\
		--with-uuid=e2fs \\
		--with-pgport=5432 \\
		--with-system-tzdata=/usr/share/zoneinfo \\
		--prefix=/usr/local \\
		--with-includes=/usr/local/include \\
		--with-libraries=/usr/local/lib \\
		--with-gssapi \\
		--with-ldap \\
		--with-tcl \\
		--with-perl \\
		--with-python \\
		--with-openssl \\
		--with-libxml \\
		--with-libxslt \\
		--with-icu \\
		--with-llvm \\
		--with-lz4 \\
		--with-zstd \\
	; \\
	make -j "$(nproc)" world-bin; \\
	make install-world-bin; \\
	make -C contrib install; \\
	\\
	runDeps="$( \\
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \\
			| tr ',' '\\n' \\
			| sort -u \\
			| awk 'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }' \\
			| grep -v -e perl -e python -e tcl \\
	)"; \\
	apk add --no-cache --virtual .postgresql-rundeps \\
		$runDeps \\
		bash \\
		tzdata \\
		zstd \\
		icu-data-full \\
		$([ "$(apk --print-arch)" != 'ppc64le' ] && echo 'nss_wrapper') \\
	; \\
	apk del --no-network .build-deps; \\
	cd /; \\
	rm -rf \\
		/usr/src/postgresql \\
		/usr/local/share/doc \\
		/usr/local/share/man \\
	; \\
	\\
	postgres --version`);

const ROOT_OWNED_DIRS = (t: TreeBuilder, dir: string, mode: number, uid: number) => {
  t.dir(dir, mode);
  chownEntries(t.entries, dir, uid, uid);
};

// The steps after the server is in place, the same on both bases except the sample config's path.
function tailSteps(alpine: boolean, uid: number): (LayerRecipe | EmptyHistory)[] {
  const share = alpine ? 'usr/local/share/postgresql' : 'usr/share/postgresql';
  return [
    layer({
      createdBy: runText(alpine ? 'set -eux; \tcp -v /usr/local/share/postgresql/postgresql.conf.sample /usr/local/share/postgresql/postgresql.conf.sample.orig; \tsed -ri "s!^#?(listen_addresses)\\s*=\\s*\\S+.*!\\1 = \'*\'!" /usr/local/share/postgresql/postgresql.conf.sample; \tgrep -F "listen_addresses = \'*\'" /usr/local/share/postgresql/postgresql.conf.sample' : 'set -eux; \tdpkg-divert --add --rename --divert "/usr/share/postgresql/postgresql.conf.sample.dpkg" "/usr/share/postgresql/$PG_MAJOR/postgresql.conf.sample"; \tcp -v /usr/share/postgresql/postgresql.conf.sample.dpkg /usr/share/postgresql/postgresql.conf.sample; \tln -sv ../postgresql.conf.sample "/usr/share/postgresql/$PG_MAJOR/"; \tsed -ri "s!^#?(listen_addresses)\\s*=\\s*\\S+.*!\\1 = \'*\'!" /usr/share/postgresql/postgresql.conf.sample; \tgrep -F "listen_addresses = \'*\'" /usr/share/postgresql/postgresql.conf.sample'),
      created: CREATED,
      ratio: 0.33,
      build: (t) => {
        const sample = "# -----------------------------\n# PostgreSQL configuration file\n# -----------------------------\n\nlisten_addresses = '*'\n\t\t\t\t\t# comma-separated list of addresses;\n#port = 5432\t\t\t\t# (change requires restart)\nmax_connections = 100\t\t\t# (change requires restart)\nshared_buffers = 128MB\t\t\t# min 128kB\n";
        t.file(`${share}/postgresql.conf.sample`, sample).stub(`${share}/postgresql.conf.sample.${alpine ? 'orig' : 'dpkg'}`, 30_800, 0o644);
      },
    }),
    layer({ createdBy: runText('install --verbose --directory --owner postgres --group postgres --mode 3777 /var/run/postgresql'), created: CREATED, ratio: 1, build: (t) => ROOT_OWNED_DIRS(t, 'run/postgresql', 0o3777, uid) }) /* /var/run is a link to /run */,
    ...env(`PGDATA=${PGDATA}`),
    layer({ createdBy: runText('install --verbose --directory --owner postgres --group postgres --mode 1777 "$PGDATA"'), created: CREATED, ratio: 1, build: (t) => ROOT_OWNED_DIRS(t, PGDATA, 0o1777, uid) }),
    volume(PGDATA),
    SCRIPTS,
    layer({ createdBy: runText('ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh'), created: CREATED, ratio: 1, build: (t) => t.link('usr/local/bin/docker-enforce-initdb.sh', 'docker-ensure-initdb.sh') }),
    entrypoint(['docker-entrypoint.sh']),
    meta('STOPSIGNAL SIGINT'),
    expose('5432'),
    cmd(['postgres']),
  ];
}

const SCRIPTS = layer({ createdBy: 'COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit', created: CREATED, ratio: 0.35, build: (t) => t.file('usr/local/bin/docker-entrypoint.sh', POSTGRES_ENTRYPOINT, 0o775).file('usr/local/bin/docker-ensure-initdb.sh', POSTGRES_ENSURE_INITDB, 0o775) });
const INITDB_DIR = layer({ createdBy: runText('mkdir /docker-entrypoint-initdb.d'), created: CREATED, ratio: 1, build: (t) => t.dir('docker-entrypoint-initdb.d') });
const PG_KEY = layer({ createdBy: runText('set -ex; \tkey=\'B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8\'; \texport GNUPGHOME="$(mktemp -d)"; \tmkdir -p /usr/local/share/keyrings/; \tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; \tgpg --batch --export --armor "$key" > /usr/local/share/keyrings/postgres.gpg.asc; \tgpgconf --kill all; \trm -rf "$GNUPGHOME"'), created: CREATED, ratio: 0.65, build: (t) => t.stub('usr/local/share/keyrings/postgres.gpg.asc', 4_812, 0o644) });

// debian:bookworm-slim up to the PGDG key: shared by postgres 16 and 17 (the same layers, as on the Hub).
const debianPrelude = perPlatform((platform): (LayerRecipe | EmptyHistory)[] => [
  debianBaseLayer('bookworm', true, platform),
  layer({
    createdBy: runText('set -eux; \tgroupadd -r postgres --gid=999; \tuseradd -r -g postgres --uid=999 --home-dir=/var/lib/postgresql --shell=/bin/bash postgres; \tinstall --verbose --directory --owner postgres --group postgres --mode 1777 /var/lib/postgresql'),
    created: CREATED,
    ratio: 0.27,
    build: (t) => {
      t.file('etc/passwd', debianPasswd(['_apt:x:42:65534::/nonexistent:/usr/sbin/nologin', 'postgres:x:999:999::/var/lib/postgresql:/bin/bash'])).file('etc/group', debianGroup(['postgres:x:999:'])).file('etc/gshadow', 'postgres:!::\n', 0o640).file('etc/shadow', shadowFor(debianPasswd(['_apt:x:42:65534::/nonexistent:/usr/sbin/nologin', 'postgres:x:999:999::/var/lib/postgresql:/bin/bash']), 20094), 0o640).file('etc/passwd-', debianPasswd(['_apt:x:42:65534::/nonexistent:/usr/sbin/nologin'])).file('etc/group-', debianGroup()).file('etc/shadow-', shadowFor(debianPasswd(['_apt:x:42:65534::/nonexistent:/usr/sbin/nologin']), 20094), 0o640);
      ROOT_OWNED_DIRS(t, 'var/lib/postgresql', 0o1777, 999);
    },
  }),
  sizedLayer({ createdBy: runText('set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgnupg \t\tless \t; \trm -rf /var/lib/apt/lists/*'), created: CREATED, bytes: 9_830_000, ratio: 0.46, platform, build: (t) => t.stub('usr/bin/gpg', 1_160_000).stub('usr/bin/less', 180_000), bulk: [['usr/lib/TRIPLET/libgnutls.so.30.34.3', 3], ['usr/bin/gpg-agent', 1], ['usr/lib/TRIPLET/libsqlite3.so.0.8.6', 2], ['var/lib/dpkg/status', 1]] }),
  ...env('GOSU_VERSION=1.17'),
  sizedLayer({ createdBy: runText(postgresGosuRun('debian')), created: CREATED, bytes: 4_110_000, ratio: 0.35, platform, build: (t) => t.stub('usr/local/bin/gosu', 2_285_568), bulk: [['var/lib/dpkg/status', 1], ['var/cache/debconf/templates.dat', 2]] }),
  sizedLayer({ createdBy: runText("set -eux; \tif [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then \t\tgrep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \t\tsed -ri '/\\/usr\\/share\\/locale/d' /etc/dpkg/dpkg.cfg.d/docker; \t\t! grep -q '/usr/share/locale' /etc/dpkg/dpkg.cfg.d/docker; \tfi; \tapt-get update; apt-get install -y --no-install-recommends locales; rm -rf /var/lib/apt/lists/*; \techo 'en_US.UTF-8 UTF-8' >> /etc/locale.gen; \tlocale-gen; \tlocale -a | grep 'en_US.utf8'"), created: CREATED, bytes: 24_570_000, ratio: 0.33, platform, build: (t) => t.file('etc/locale.gen', '# This file lists locales that you wish to have built. You can find a list\n# of valid supported locales at /usr/share/i18n/SUPPORTED, and you can add\n# user defined locales to /usr/local/share/i18n/SUPPORTED. If you change\n# this file, you need to rerun locale-gen.\n\nen_US.UTF-8 UTF-8\n').stub('usr/lib/locale/locale-archive', 3_052_896, 0o644), bulk: [['usr/share/i18n/charmaps/UTF-8.gz', 1], ['usr/share/i18n/locales/en_US', 1], ['usr/share/locale/de/LC_MESSAGES/libc.mo', 6], ['usr/share/locale/fr/LC_MESSAGES/libc.mo', 6]] }),
  ...env('LANG=en_US.utf8'),
  sizedLayer({ createdBy: runText('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibnss-wrapper \t\txz-utils \t\tzstd \t; \trm -rf /var/lib/apt/lists/*'), created: CREATED, bytes: 3_000_000, ratio: 0.4, platform, build: (t) => t.stub('usr/bin/zstd', 1_290_000).stub('usr/bin/xz', 84_000), bulk: [['usr/lib/TRIPLET/libnss_wrapper.so', 1], ['var/lib/dpkg/status', 1]] }),
  INITDB_DIR,
  PG_KEY,
]);

function debianPostgres(r: PgRelease): CatalogImage {
  const path = `PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/${r.major}/bin`;
  const install = perPlatform((platform) =>
    sizedLayer({
      createdBy: runText(DEBIAN_INSTALL),
      created: CREATED,
      bytes: r.serverBytes,
      ratio: 0.355,
      platform,
      build: (t) => {
        for (const b of ['postgres', 'initdb', 'pg_ctl', 'psql', 'pg_dump', 'pg_restore', 'createdb', 'pg_basebackup']) t.stub(`usr/lib/postgresql/${r.major}/bin/${b}`, b === 'postgres' ? 9_900_000 : 180_000);
        // pg_wrapper is postgresql-common's Perl dispatcher the /usr/bin tools link to.
        t.stub('usr/share/postgresql-common/pg_wrapper', 11_700);
        for (const b of ['psql', 'pg_dump', 'createdb', 'pg_ctlcluster', 'pg_lsclusters']) t.link(`usr/bin/${b}`, '../share/postgresql-common/pg_wrapper');
        t.file('etc/postgresql-common/createcluster.conf', '# Default values for pg_createcluster(8)\n# Occurrences of \'%v\' are replaced by the major version number,\n# and \'%c\' by the cluster name. Use \'%%\' for a literal \'%\'.\n\n# Create a "main" cluster when a new postgresql-x.y server package is installed\ncreate_main_cluster = false\n');
      },
      bulk: [[`usr/lib/postgresql/${r.major}/lib/llvmjit.so`, 1], ['usr/lib/TRIPLET/libLLVM-14.so.1', 14], ['usr/lib/TRIPLET/libicudata.so.72.1', 5], [`usr/share/postgresql/${r.major}/timezonesets/Default`, 1], ['usr/lib/TRIPLET/libperl.so.5.36.0', 2], ['usr/lib/python3.11/lib-dynload/_ssl.so', 4], [`usr/share/locale/de/LC_MESSAGES/postgres-${r.major}.mo`, 1], ['usr/lib/TRIPLET/libz3.so.4', 3]],
    }),
  );
  return {
    platforms: debianPlatforms('bookworm'),
    recipe: (platform) => ({
      created: CREATED,
      steps: [...debianPrelude(platform), ...env(`PG_MAJOR=${r.major}`, path, `PG_VERSION=${r.version}`), install(platform), ...tailSteps(false, 999)],
      config: config([path, 'GOSU_VERSION=1.17', 'LANG=en_US.utf8', `PG_MAJOR=${r.major}`, `PG_VERSION=${r.version}`, `PGDATA=${PGDATA}`]),
    }),
  };
}

function config(envs: string[]) {
  return { Env: envs, Entrypoint: ['docker-entrypoint.sh'], Cmd: ['postgres'], ExposedPorts: keySet('5432/tcp'), Volumes: keySet(PGDATA), StopSignal: 'SIGINT' };
}

function alpinePostgres(r: PgRelease): CatalogImage {
  const sha = 'c4605b73fea11963406699f949b966e5d173a7ee0ccaef8938dec0ca8a995fe7';
  const steps = perPlatform((platform): (LayerRecipe | EmptyHistory)[] => [
    ...alpineBase('3.21', platform),
    layer({
      createdBy: runText('set -eux; \taddgroup -g 70 -S postgres; \tadduser -u 70 -S -D -G postgres -H -h /var/lib/postgresql -s /bin/sh postgres; \tinstall --verbose --directory --owner postgres --group postgres --mode 1777 /var/lib/postgresql'),
      created: CREATED,
      ratio: 0.3,
      build: (t) => {
        t.file('etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\npostgres:x:70:70:Linux User,,,:/var/lib/postgresql:/bin/sh\n').file('etc/group', 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nnogroup:x:65533:\nnobody:x:65534:\npostgres:x:70:postgres\n');
        ROOT_OWNED_DIRS(t, 'var/lib/postgresql', 0o1777, 70);
      },
    }),
    ...env('GOSU_VERSION=1.17'),
    sizedLayer({ createdBy: runText(postgresGosuRun('alpine')), created: CREATED, bytes: 2_430_000, ratio: 0.42, platform, build: (t) => t.stub('usr/local/bin/gosu', 2_285_568), bulk: [['lib/apk/db/installed', 1]] }),
    ...env('LANG=en_US.utf8'),
    INITDB_DIR,
    ...env(`PG_MAJOR=${r.major}`, `PG_VERSION=${r.version}`, `PG_SHA256=${sha}`, 'DOCKER_PG_LLVM_DEPS=llvm19-dev \t\tclang19'),
    sizedLayer({
      createdBy: runText(ALPINE_BUILD),
      created: CREATED,
      bytes: r.serverBytes,
      ratio: 0.3,
      platform,
      build: (t) => {
        for (const b of ['postgres', 'initdb', 'pg_ctl', 'psql', 'pg_dump', 'pg_restore', 'createdb', 'pg_basebackup']) t.stub(`usr/local/bin/${b}`, b === 'postgres' ? 9_700_000 : 170_000);
        t.stub('bin/bash', 1_098_000);
      },
      bulk: [['usr/local/lib/postgresql/llvmjit.so', 1], ['usr/lib/libLLVM.so.19.1', 14], ['usr/share/icu/74.2/icudt74l.dat', 4], ['usr/local/share/postgresql/timezonesets/Default', 1], ['usr/share/zoneinfo/tzdata.zi', 1], ['usr/local/lib/postgresql/pgxs/src/Makefile.global', 1], ['lib/apk/db/installed', 1]],
    }),
    ...tailSteps(true, 70),
  ]);
  return {
    platforms: alpinePlatforms('3.21'),
    recipe: (platform) => ({
      created: CREATED,
      steps: steps(platform),
      config: config([DEFAULT_PATH, 'GOSU_VERSION=1.17', 'LANG=en_US.utf8', `PG_MAJOR=${r.major}`, `PG_VERSION=${r.version}`, `PG_SHA256=${sha}`, 'DOCKER_PG_LLVM_DEPS=llvm19-dev \t\tclang19', `PGDATA=${PGDATA}`]),
    }),
  };
}

/** The official postgres repository; latest and 17 are one image. */
export const postgres: CatalogRepo = {
  name: 'library/postgres',
  description: 'The PostgreSQL object-relational database system provides reliability and data integrity.',
  stars: 14137,
  official: true,
  tags: libraryTags([
    { image: '17', versions: versionAliases('17.4', '17', 'latest'), variants: ['', 'bookworm'] },
    { image: '17-alpine', versions: versionAliases('17.4', '17', 'latest'), variants: ['alpine', 'alpine3.21'] },
    { image: '16', versions: versionAliases('16.8', '16'), variants: ['', 'bookworm'] },
  ]),
  images: { '17': debianPostgres(PG17), '16': debianPostgres(PG16), '17-alpine': alpinePostgres(PG17_ALPINE) },
};
