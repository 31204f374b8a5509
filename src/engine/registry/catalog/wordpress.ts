// wordpress:latest (= php8.3-apache): php:8.3-apache's layers on debian:bookworm-slim (memoised, so any
// image built on php:8.3-apache shares them), then the extensions, ini files and WordPress itself.
import type { CatalogRepo, EmptyHistory, LayerRecipe } from './types.ts';
import { debianBaseLayer, debianPlatforms } from './debian-rootfs.ts';
import { sizedLayer } from './buildpack-deps.ts';
import { chownEntries, copyText, emptyLayer } from './image-kit.ts';
import { DEFAULT_PATH, cmd, entrypoint, env, expose, keySet, layer, meta, perPlatform, runText, volume } from './steps.ts';
import { libraryTags, versionAliases } from './tag-aliases.ts';

const PHP_CREATED = '2025-02-14T01:36:51Z';
const CREATED = '2025-02-14T01:36:51Z';
const PHP_VERSION = '8.3.17';
const WP_VERSION = '6.7.2';

const PHP_ENV = [
  'PHPIZE_DEPS=autoconf \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\tlibc-dev \t\tmake \t\tpkg-config \t\tre2c',
  'PHP_INI_DIR=/usr/local/etc/php',
  'APACHE_CONFDIR=/etc/apache2',
  'APACHE_ENVVARS=/etc/apache2/envvars',
  'PHP_CFLAGS=-fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64',
  'PHP_CPPFLAGS=-fstack-protector-strong -fpic -fpie -O2 -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64',
  'PHP_LDFLAGS=-Wl,-O1 -pie',
  'GPG_KEYS=1198C0117593497A5EC5C199286AF1F9897469DC C28D937575603EB4ABB725861C0779DC5C0A9DE4 AFD8691FDAEDF03BDF6E460563F15A9B715376CA',
  `PHP_VERSION=${PHP_VERSION}`,
  `PHP_URL=https://www.php.net/distributions/php-${PHP_VERSION}.tar.xz`,
  `PHP_ASC_URL=https://www.php.net/distributions/php-${PHP_VERSION}.tar.xz.asc`,
  'PHP_SHA256=6158ee678e698395da13d72c7679a406d2b7554323432f14d37b60ed7a8ea301',
];

/** /usr/local/bin/apache2-foreground: clears a stale pid file and runs Apache in the foreground. */
export const APACHE2_FOREGROUND = `#!/bin/bash
set -e

# Note: we don't just use "apache2ctl" here because it itself is just a shell-script wrapper around apache2 which provides extra functionality like "apache2ctl start" for launching apache2 in the background.
# (also, when run as "apache2ctl <apache args>", it does not use "exec", which leaves an undesirable resident shell process)

: "\${APACHE_CONFDIR:=/etc/apache2}"
: "\${APACHE_ENVVARS:=$APACHE_CONFDIR/envvars}"
if test -f "$APACHE_ENVVARS"; then
	. "$APACHE_ENVVARS"
fi

# Apache gets grumpy about PID files pre-existing
: "\${APACHE_RUN_DIR:=/var/run/apache2}"
: "\${APACHE_PID_FILE:=$APACHE_RUN_DIR/apache2.pid}"
rm -f "$APACHE_PID_FILE"

exec apache2 -DFOREGROUND "$@"
`;

/** docker-php-entrypoint: a first argument that is a flag is given to apache2-foreground. */
const PHP_ENTRYPOINT = `#!/bin/sh
set -e

# first arg is \`-f\` or \`--some-option\`
if [ "\${1#-}" != "$1" ]; then
	set -- apache2-foreground "$@"
fi

exec "$@"
`;

/** The WordPress entrypoint, condensed: copies /usr/src/wordpress into an empty /var/www/html, then execs Apache. */
export const WORDPRESS_ENTRYPOINT = `#!/usr/bin/env bash
set -Eeuo pipefail

if [[ "$1" == apache2* ]] || [ "$1" = 'php-fpm' ]; then
	uid="$(id -u)"
	gid="$(id -g)"
	if [ "$uid" = '0' ]; then
		user='www-data'
		group='www-data'
	else
		user="$uid"
		group="$gid"
	fi

	if [ ! -e index.php ] && [ ! -e wp-includes/version.php ]; then
		# if the directory exists and WordPress doesn't appear to be installed AND the permissions of it are root:root, let's chown it (likely a Docker-created directory)
		if [ "$uid" = '0' ] && [ "$(stat -c '%u:%g' .)" = '0:0' ]; then
			chown "$user:$group" .
		fi

		echo >&2 "WordPress not found in $PWD - copying now..."
		if [ -n "$(find -mindepth 1 -maxdepth 1 -not -name wp-content)" ]; then
			echo >&2 "WARNING: $PWD is not empty! (copying anyhow)"
		fi
		tar --create --file - --directory /usr/src/wordpress --owner "$user" --group "$group" . | tar --extract --file -
		echo >&2 "Complete! WordPress has been successfully copied to $PWD"
	fi

	wpEnvs=( "\${!WORDPRESS_@}" )
	if [ ! -s wp-config.php ] && [ "\${#wpEnvs[@]}" -gt 0 ]; then
		for wpConfigDocker in wp-config-docker.php /usr/src/wordpress/wp-config-docker.php; do
			if [ -s "$wpConfigDocker" ]; then
				echo >&2 "No 'wp-config.php' found in $PWD, but 'WORDPRESS_...' variables supplied; copying '$wpConfigDocker' (\${wpEnvs[*]})"
				awk '
					/put your unique phrase here/ {
						cmd = "head -c1m /dev/urandom | sha1sum | cut -d\\\\  -f1"
						cmd | getline str
						close(cmd)
						gsub("put your unique phrase here", str)
					}
					{ print }
				' "$wpConfigDocker" > wp-config.php
				if [ "$uid" = '0' ]; then
					chown "$user:$group" wp-config.php || true
				fi
				break
			fi
		done
	fi
fi

exec "$@"
`;

// php:8.3-apache on bookworm-slim, layer by layer (every image FROM it carries these same arrays).
export const phpApacheLayers = perPlatform((platform): (LayerRecipe | EmptyHistory)[] => [
  debianBaseLayer('bookworm', true, platform),
  layer({ createdBy: runText("set -eux; \t{ \t\techo 'Package: php*'; \t\techo 'Pin: release *'; \t\techo 'Pin-Priority: -1'; \t} > /etc/apt/preferences.d/no-debian-php"), created: PHP_CREATED, ratio: 0.5, build: (t) => t.file('etc/apt/preferences.d/no-debian-php', 'Package: php*\nPin: release *\nPin-Priority: -1\n') }),
  ...env(PHP_ENV[0]),
  sizedLayer({ createdBy: runText('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\t$PHPIZE_DEPS \t\tca-certificates \t\tcurl \t\txz-utils \t; \trm -rf /var/lib/apt/lists/*'), created: PHP_CREATED, bytes: 283_400_000, ratio: 0.368, platform, build: (t, triplet) => t.stub('usr/bin/gcc-12', 1_230_000).link('usr/bin/gcc', 'gcc-12').stub('usr/bin/make', 253_000).stub('usr/bin/curl', 305_000).stub(`usr/lib/gcc/${triplet}/12/cc1`, 33_900_000).stub(`usr/lib/gcc/${triplet}/12/cc1plus`, 36_200_000), bulk: [['usr/lib/TRIPLET/libasan.so.8.0.0', 3], ['usr/libexec/gcc/TRIPLET/12/lto1', 4], ['usr/lib/TRIPLET/libperl.so.5.36.0', 1], ['usr/share/perl/5.36.0/unicore/Name.pl', 1], ['usr/lib/TRIPLET/libcrypto.so.3', 1], ['usr/include/TRIPLET/bits/stdio.h', 1], ['usr/bin/re2c', 1]] }),
  ...env(PHP_ENV[1]),
  layer({ createdBy: runText('set -eux; \tmkdir -p "$PHP_INI_DIR/conf.d"; \t[ ! -d /var/www/html ]; \tmkdir -p /var/www/html; \tchown www-data:www-data /var/www/html; \tchmod 1777 /var/www/html'), created: PHP_CREATED, ratio: 1, build: (t) => { t.dir('usr/local/etc/php/conf.d').dir('var/www/html', 0o1777); chownEntries(t.entries, 'var/www/html', 33, 33); } }),
  ...env(PHP_ENV[2], PHP_ENV[3]),
  sizedLayer({ createdBy: runText('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends apache2; \trm -rf /var/lib/apt/lists/*; \t\tsed -ri \'s/^export ([^=]+)=(.*)$/: ${\\1:=\\2}\\nexport \\1/\' "$APACHE_ENVVARS"; \t\t. "$APACHE_ENVVARS"; \tfor dir in \t\t"$APACHE_LOCK_DIR" \t\t"$APACHE_RUN_DIR" \t\t"$APACHE_LOG_DIR" \t\t"$APACHE_RUN_DIR/socks" \t; do \t\trm -rvf "$dir"; \t\tmkdir -p "$dir"; \t\tchown "$APACHE_RUN_USER:$APACHE_RUN_GROUP" "$dir"; \t\tchmod 1777 "$dir"; \tdone; \t\trm -rvf /var/www/html/*; \t\tln -sfT /dev/stderr "$APACHE_LOG_DIR/error.log"; \tln -sfT /dev/stdout "$APACHE_LOG_DIR/access.log"; \tln -sfT /dev/stdout "$APACHE_LOG_DIR/other_vhosts_access.log"; \tchown -R --no-dereference "$APACHE_RUN_USER:$APACHE_RUN_GROUP" "$APACHE_LOG_DIR"'), created: PHP_CREATED, bytes: 57_800_000, ratio: 0.35, platform, build: (t) => t.stub('usr/sbin/apache2', 700_000).file('etc/apache2/envvars', ': ${APACHE_RUN_USER:=www-data}\nexport APACHE_RUN_USER\n: ${APACHE_RUN_GROUP:=www-data}\nexport APACHE_RUN_GROUP\n: ${APACHE_PID_FILE:=/var/run/apache2$SUFFIX/apache2.pid}\nexport APACHE_PID_FILE\n: ${APACHE_RUN_DIR:=/var/run/apache2$SUFFIX}\nexport APACHE_RUN_DIR\n: ${APACHE_LOCK_DIR:=/var/lock/apache2$SUFFIX}\nexport APACHE_LOCK_DIR\n: ${APACHE_LOG_DIR:=/var/log/apache2$SUFFIX}\nexport APACHE_LOG_DIR\n').file('etc/apache2/ports.conf', 'Listen 80\n\n<IfModule ssl_module>\n\tListen 443\n</IfModule>\n').link('var/log/apache2/error.log', '/dev/stderr').link('var/log/apache2/access.log', '/dev/stdout').link('var/log/apache2/other_vhosts_access.log', '/dev/stdout'), bulk: [['usr/lib/apache2/modules/mod_ssl.so', 1], ['usr/lib/TRIPLET/libicudata.so.72.1', 5], ['usr/lib/TRIPLET/libxml2.so.2.9.14', 1], ['usr/share/apache2/error/HTTP_NOT_FOUND.html.var', 1], ['usr/lib/TRIPLET/libperl.so.5.36.0', 1]] }),
  layer({ createdBy: runText('a2dismod mpm_event && a2enmod mpm_prefork'), created: PHP_CREATED, ratio: 0.5, build: (t) => t.link('etc/apache2/mods-enabled/mpm_prefork.conf', '../mods-available/mpm_prefork.conf').link('etc/apache2/mods-enabled/mpm_prefork.load', '../mods-available/mpm_prefork.load') }),
  layer({ createdBy: runText("{ \t\techo '<FilesMatch \\.php$>'; \t\techo '\\tSetHandler application/x-httpd-php'; \t\techo '</FilesMatch>'; \t\techo; \t\techo 'DirectoryIndex disabled'; \t\techo 'DirectoryIndex index.php index.html'; \t\techo; \t\techo '<Directory /var/www/>'; \t\techo '\\tOptions -Indexes'; \t\techo '\\tAllowOverride All'; \t\techo '</Directory>'; \t} | tee \"$APACHE_CONFDIR/conf-available/docker-php.conf\" \t&& a2enconf docker-php"), created: PHP_CREATED, ratio: 0.5, build: (t) => t.file('etc/apache2/conf-available/docker-php.conf', '<FilesMatch \\.php$>\n\tSetHandler application/x-httpd-php\n</FilesMatch>\n\nDirectoryIndex disabled\nDirectoryIndex index.php index.html\n\n<Directory /var/www/>\n\tOptions -Indexes\n\tAllowOverride All\n</Directory>\n').link('etc/apache2/conf-enabled/docker-php.conf', '../conf-available/docker-php.conf') }),
  ...env(...PHP_ENV.slice(4, 9)),
  meta(`ENV ${PHP_ENV[9]} ${PHP_ENV[10]}`),
  ...env(PHP_ENV[11]),
  layer({ createdBy: runText('set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends gnupg; \trm -rf /var/lib/apt/lists/*; \t\tmkdir -p /usr/src; \tcd /usr/src; \t\tcurl -fsSL -o php.tar.xz "$PHP_URL"; \t\tif [ -n "$PHP_SHA256" ]; then \t\techo "$PHP_SHA256 *php.tar.xz" | sha256sum -c -; \tfi; \t\tif [ -n "$PHP_ASC_URL" ]; then \t\tcurl -fsSL -o php.tar.xz.asc "$PHP_ASC_URL"; \t\texport GNUPGHOME="$(mktemp -d)"; \t\tfor key in $GPG_KEYS; do \t\t\tgpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key"; \t\tdone; \t\tgpg --batch --verify php.tar.xz.asc php.tar.xz; \t\tgpgconf --kill all; \t\trm -rf "$GNUPGHOME"; \tfi; \t\tapt-mark auto \'.*\' > /dev/null; \tapt-mark manual $savedAptMark > /dev/null; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false'), created: PHP_CREATED, ratio: 0.99, build: (t) => t.stub('usr/src/php.tar.xz', 12_700_000, 0o644).stub('usr/src/php.tar.xz.asc', 833, 0o644) }),
  copyText('COPY docker-php-source /usr/local/bin/ # buildkit', PHP_CREATED, 'usr/local/bin/docker-php-source', '#!/bin/sh\nset -e\n\ndir=/usr/src/php\n\nusage() {\n\techo "usage: $0 COMMAND"\n\techo\n\techo "Manage php source tarball lifecycle."\n\techo\n\techo "Commands:"\n\techo "   extract  extract php source tarball into directory $dir if not already done."\n\techo "   delete   delete extracted php source located into $dir if not already done."\n\techo\n}\n\ncase "$1" in\n\textract)\n\t\tmkdir -p "$dir"\n\t\tif [ ! -f "$dir/.docker-extracted" ]; then\n\t\t\ttar -Jxf /usr/src/php.tar.xz -C "$dir" --strip-components=1\n\t\t\ttouch "$dir/.docker-extracted"\n\t\tfi\n\t\t;;\n\n\tdelete)\n\t\trm -rf "$dir"\n\t\t;;\n\n\t*)\n\t\tusage\n\t\texit 1\n\t\t;;\nesac\n'),
  sizedLayer({ createdBy: runText('set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tapache2-dev \t\tlibargon2-dev \t\tlibcurl4-openssl-dev \t\tlibonig-dev \t\tlibreadline-dev \t\tlibsodium-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tlibxml2-dev \t\tzlib1g-dev \t; \t\texport \t\tCFLAGS="$PHP_CFLAGS" \t\tCPPFLAGS="$PHP_CPPFLAGS" \t\tLDFLAGS="$PHP_LDFLAGS" \t\tPHP_BUILD_PROVIDER=\'https://github.com/docker-library/php\' \t\tPHP_UNAME=\'Linux - Docker\' \t; \tdocker-php-source extract; \tcd /usr/src/php; \tgnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \tdebMultiarch="$(dpkg-architecture --query DEB_BUILD_MULTIARCH)"; \tif [ ! -d /usr/include/curl ]; then \t\tln -sT "/usr/include/$debMultiarch/curl" /usr/local/include/curl; \tfi; \t./configure \t\t--build="$gnuArch" \t\t--with-config-file-path="$PHP_INI_DIR" \t\t--with-config-file-scan-dir="$PHP_INI_DIR/conf.d" \t\t\t\t--enable-option-checking=fatal \t\t\t\t--with-mhash \t\t\t\t--with-pic \t\t\t\t--enable-mbstring \t\t--enable-mysqlnd \t\t--with-password-argon2 \t\t--with-sodium=shared \t\t--with-pdo-sqlite=/usr \t\t--with-sqlite3=/usr \t\t\t\t--with-curl \t\t--with-iconv \t\t--with-openssl \t\t--with-readline \t\t--with-zlib \t\t\t\t--disable-phpdbg \t\t\t\t--with-pear \t\t\t\t--with-libdir="lib/$debMultiarch" \t\t\t\t--disable-cgi \t\t\t\t--with-apxs2 \t; \tmake -j "$(nproc)"; \tfind -type f -name \'*.a\' -delete; \tmake install; \tfind \t\t/usr/local \t\t-type f \t\t-perm \'/0111\' \t\t-exec sh -euxc \' \t\t\tstrip --strip-all "$@" || : \t\t\' -- \'{}\' + \t; \tmake clean; \t\tcp -v php.ini-* "$PHP_INI_DIR/"; \t\tcd /; \tdocker-php-source delete; \t\tapt-mark auto \'.*\' > /dev/null; \t[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; \tfind /usr/local -type f -executable -exec ldd \'{}\' \';\' \t\t| awk \'/=>/ { so = $(NF-1); if (index(so, "/usr/local/") == 1) { next }; gsub("^/(usr/)?", "", so); printf "*%s\\n", so }\' \t\t| sort -u \t\t| xargs -r dpkg-query --search \t\t| cut -d: -f1 \t\t| sort -u \t\t| xargs -r apt-mark manual \t; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \trm -rf /var/lib/apt/lists/*; \t\tpecl update-channels; \trm -rf /tmp/pear ~/.pearrc; \t\tphp --version'), created: PHP_CREATED, bytes: 45_600_000, ratio: 0.255, platform, build: (t) => t.stub('usr/local/bin/php', 21_400_000).stub('usr/lib/apache2/modules/libphp.so', 21_900_000).file('usr/local/etc/php/php.ini-production', '[PHP]\n\n;;;;;;;;;;;;;;;;;;;\n; About php.ini   ;\n;;;;;;;;;;;;;;;;;;;\nmemory_limit = 128M\nupload_max_filesize = 2M\n').file('usr/local/etc/php/php.ini-development', '[PHP]\nmemory_limit = 128M\ndisplay_errors = On\n'), bulk: [['usr/local/lib/php/extensions/no-debug-non-zts-20230831/sodium.so', 1], ['usr/local/lib/php/PEAR.php', 1]] }),
  layer({ createdBy: 'COPY docker-php-ext-* docker-php-entrypoint /usr/local/bin/ # buildkit', created: PHP_CREATED, ratio: 0.35, build: (t) => { t.file('usr/local/bin/docker-php-entrypoint', PHP_ENTRYPOINT, 0o775); for (const s of ['docker-php-ext-configure', 'docker-php-ext-enable', 'docker-php-ext-install']) t.stub(`usr/local/bin/${s}`, s.endsWith('enable') ? 3_500 : 2_200, 0o775); } }),
  layer({ createdBy: runText('docker-php-ext-enable sodium'), created: PHP_CREATED, ratio: 0.5, build: (t) => t.file('usr/local/etc/php/conf.d/docker-php-ext-sodium.ini', 'extension=sodium\n') }),
  entrypoint(['docker-php-entrypoint']),
  meta('STOPSIGNAL SIGWINCH'),
  copyText('COPY apache2-foreground /usr/local/bin/ # buildkit', PHP_CREATED, 'usr/local/bin/apache2-foreground', APACHE2_FOREGROUND),
  emptyLayer('WORKDIR /var/www/html', PHP_CREATED),
  expose('80'),
  cmd(['apache2-foreground']),
]);

const WP_SETUP = "set -eux; \tversion='" + WP_VERSION + "'; \tsha1='ff727df89b694749e91e357dc2329fac620b3906'; \t\tcurl -o wordpress.tar.gz -fL \"https://wordpress.org/wordpress-$version.tar.gz\"; \techo \"$sha1 *wordpress.tar.gz\" | sha1sum -c -; \t\ttar -xzf wordpress.tar.gz -C /usr/src/; \trm wordpress.tar.gz; \t\t[ ! -e /usr/src/wordpress/.htaccess ]; \t{ \t\techo '# BEGIN WordPress'; \t\techo ''; \t\techo 'RewriteEngine On'; \t\techo 'RewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]'; \t\techo 'RewriteBase /'; \t\techo 'RewriteRule ^index\\.php$ - [L]'; \t\techo 'RewriteCond %{REQUEST_FILENAME} !-f'; \t\techo 'RewriteCond %{REQUEST_FILENAME} !-d'; \t\techo 'RewriteRule . /index.php [L]'; \t\techo ''; \t\techo '# END WordPress'; \t} > /usr/src/wordpress/.htaccess; \t\tchown -R www-data:www-data /usr/src/wordpress; \tmkdir wp-content; \tfor dir in /usr/src/wordpress/wp-content/*/ cache; do \t\tdir=\"$(basename \"${dir%/}\")\"; \t\tmkdir \"wp-content/$dir\"; \tdone; \tchown -R www-data:www-data wp-content; \tchmod -R 1777 wp-content";

const WP_CONFIG_DOCKER = `<?php
/**
 * The base configuration for WordPress, reading its settings from the environment
 * (WORDPRESS_DB_HOST, WORDPRESS_DB_USER, WORDPRESS_DB_PASSWORD, WORDPRESS_DB_NAME, ...).
 */

// a helper function to lookup "env_FILE", "env", then fallback
if (!function_exists('getenv_docker')) {
	function getenv_docker($env, $default) {
		if ($fileEnv = getenv($env . '_FILE')) {
			return rtrim(file_get_contents($fileEnv), "\\r\\n");
		}
		else if (($val = getenv($env)) !== false) {
			return $val;
		}
		else {
			return $default;
		}
	}
}

define( 'DB_NAME', getenv_docker('WORDPRESS_DB_NAME', 'wordpress') );
define( 'DB_USER', getenv_docker('WORDPRESS_DB_USER', 'example username') );
define( 'DB_PASSWORD', getenv_docker('WORDPRESS_DB_PASSWORD', 'example password') );
define( 'DB_HOST', getenv_docker('WORDPRESS_DB_HOST', 'mysql') );
define( 'DB_CHARSET', getenv_docker('WORDPRESS_DB_CHARSET', 'utf8') );
define( 'DB_COLLATE', getenv_docker('WORDPRESS_DB_COLLATE', '') );

define( 'AUTH_KEY',         getenv_docker('WORDPRESS_AUTH_KEY',         'put your unique phrase here') );
define( 'SECURE_AUTH_KEY',  getenv_docker('WORDPRESS_SECURE_AUTH_KEY',  'put your unique phrase here') );

$table_prefix = getenv_docker('WORDPRESS_TABLE_PREFIX', 'wp_');

define( 'WP_DEBUG', !!getenv_docker('WORDPRESS_DEBUG', '') );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}

require_once ABSPATH . 'wp-settings.php';
`;

const wordpressSteps = perPlatform((platform): (LayerRecipe | EmptyHistory)[] => [
  ...phpApacheLayers(platform),
  sizedLayer({ createdBy: runText('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tghostscript \t; \trm -rf /var/lib/apt/lists/*'), created: CREATED, bytes: 88_000_000, ratio: 0.3, platform, build: (t) => t.stub('usr/bin/gs', 16_000), bulk: [['usr/lib/TRIPLET/libgs.so.10.00', 4], ['usr/share/fonts/type1/urw-base35/NimbusSans-Regular.t1', 2], ['usr/lib/TRIPLET/libicudata.so.72.1', 1], ['usr/share/ghostscript/10.00.0/Resource/Init/gs_init.ps', 1]] }),
  sizedLayer({ createdBy: runText('set -ex; \t\tsavedAptMark="$(apt-mark showmanual)"; \t\tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibavif-dev \t\tlibfreetype6-dev \t\tlibicu-dev \t\tlibjpeg-dev \t\tlibmagickwand-dev \t\tlibpng-dev \t\tlibwebp-dev \t\tlibzip-dev \t; \t\tdocker-php-ext-configure gd \t\t--with-avif \t\t--with-freetype \t\t--with-jpeg \t\t--with-webp \t; \tdocker-php-ext-install -j "$(nproc)" \t\tbcmath \t\texif \t\tgd \t\tintl \t\tmysqli \t\tzip \t; \tpecl install imagick-3.7.0; \tdocker-php-ext-enable imagick; \trm -r /tmp/pear; \t\tout="$(php -r \'exit(0);\')"; \t[ -z "$out" ]; \terr="$(php -r \'exit(0);\' 3>&1 1>&2 2>&3)"; \t[ -z "$err" ]; \t\textDir="$(php -r \'echo ini_get("extension_dir");\')"; \t[ -d "$extDir" ]; \tapt-mark auto \'.*\' > /dev/null; \tapt-mark manual $savedAptMark; \tldd "$extDir"/*.so \t\t| awk \'/=>/ { so = $(NF-1); if (index(so, "/usr/local/") == 1) { next }; gsub("^/(usr/)?", "", so); printf "*%s\\n", so }\' \t\t| sort -u \t\t| xargs -r dpkg-query --search \t\t| cut -d: -f1 \t\t| sort -u \t\t| xargs -rt apt-mark manual; \t\tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \trm -rf /var/lib/apt/lists/*; \t\t! { ldd "$extDir"/*.so | grep \'not found\'; }; \terr="$(php --version 3>&1 1>&2 2>&3)"; \t[ -z "$err" ]'), created: CREATED, bytes: 58_300_000, ratio: 0.3, platform, build: (t) => { for (const e of ['bcmath', 'exif', 'gd', 'intl', 'mysqli', 'zip', 'imagick']) t.file(`usr/local/etc/php/conf.d/docker-php-ext-${e}.ini`, `extension=${e}\n`); }, bulk: [['usr/local/lib/php/extensions/no-debug-non-zts-20230831/intl.so', 1], ['usr/lib/TRIPLET/libMagickCore-6.Q16.so.6.0.0', 2], ['usr/lib/TRIPLET/libicui18n.so.72.1', 1], ['usr/lib/TRIPLET/libavif.so.15', 1], ['usr/lib/TRIPLET/libx265.so.199', 2]] }),
  layer({ createdBy: runText("set -eux; \tdocker-php-ext-enable opcache; \t{ \t\techo 'opcache.memory_consumption=128'; \t\techo 'opcache.interned_strings_buffer=8'; \t\techo 'opcache.max_accelerated_files=4000'; \t\techo 'opcache.revalidate_freq=2'; \t} > /usr/local/etc/php/conf.d/opcache-recommended.ini"), created: CREATED, ratio: 0.5, build: (t) => t.file('usr/local/etc/php/conf.d/docker-php-ext-opcache.ini', 'zend_extension=opcache\n').file('usr/local/etc/php/conf.d/opcache-recommended.ini', 'opcache.memory_consumption=128\nopcache.interned_strings_buffer=8\nopcache.max_accelerated_files=4000\nopcache.revalidate_freq=2\n') }),
  layer({ createdBy: runText("{ \t\techo 'error_reporting = E_ERROR | E_WARNING | E_PARSE | E_CORE_ERROR | E_CORE_WARNING | E_COMPILE_ERROR | E_COMPILE_WARNING | E_RECOVERABLE_ERROR'; \t\techo 'display_errors = Off'; \t\techo 'display_startup_errors = Off'; \t\techo 'log_errors = On'; \t\techo 'error_log = /dev/stderr'; \t\techo 'log_errors_max_len = 1024'; \t\techo 'ignore_repeated_errors = On'; \t\techo 'ignore_repeated_source = Off'; \t\techo 'html_errors = Off'; \t} > /usr/local/etc/php/conf.d/error-logging.ini"), created: CREATED, ratio: 0.5, build: (t) => t.file('usr/local/etc/php/conf.d/error-logging.ini', 'error_reporting = E_ERROR | E_WARNING | E_PARSE | E_CORE_ERROR | E_CORE_WARNING | E_COMPILE_ERROR | E_COMPILE_WARNING | E_RECOVERABLE_ERROR\ndisplay_errors = Off\ndisplay_startup_errors = Off\nlog_errors = On\nerror_log = /dev/stderr\nlog_errors_max_len = 1024\nignore_repeated_errors = On\nignore_repeated_source = Off\nhtml_errors = Off\n') }),
  layer({ createdBy: runText("set -eux; \ta2enmod rewrite expires; \t\ta2enmod remoteip; \t{ \t\techo 'RemoteIPHeader X-Forwarded-For'; \t\techo 'RemoteIPInternalProxy 10.0.0.0/8'; \t\techo 'RemoteIPInternalProxy 172.16.0.0/12'; \t\techo 'RemoteIPInternalProxy 192.168.0.0/16'; \t\techo 'RemoteIPInternalProxy 169.254.0.0/16'; \t\techo 'RemoteIPInternalProxy 127.0.0.0/8'; \t} > /etc/apache2/conf-available/remoteip.conf; \ta2enconf remoteip; \tfind /etc/apache2 -type f -name '*.conf' -exec sed -ri 's/([[:space:]]*LogFormat[[:space:]]+\"[^\"]*)%h([^\"]*\")/\\1%a\\2/g' '{}' +"), created: CREATED, ratio: 0.4, build: (t) => { t.file('etc/apache2/conf-available/remoteip.conf', 'RemoteIPHeader X-Forwarded-For\nRemoteIPInternalProxy 10.0.0.0/8\nRemoteIPInternalProxy 172.16.0.0/12\nRemoteIPInternalProxy 192.168.0.0/16\nRemoteIPInternalProxy 169.254.0.0/16\nRemoteIPInternalProxy 127.0.0.0/8\n').link('etc/apache2/conf-enabled/remoteip.conf', '../conf-available/remoteip.conf'); for (const m of ['rewrite', 'expires', 'remoteip']) t.link(`etc/apache2/mods-enabled/${m}.load`, `../mods-available/${m}.load`); } }),
  sizedLayer({ createdBy: runText(WP_SETUP), created: CREATED, bytes: 79_000_000, ratio: 0.3, platform, build: (t) => {
    t.file('usr/src/wordpress/wp-includes/version.php', `<?php\n/**\n * WordPress Version\n */\n$wp_version = '${WP_VERSION}';\n$wp_db_version = 58975;\n$tinymce_version = '49110-20201110';\n$required_php_version = '7.2.24';\n$required_mysql_version = '5.5.5';\n`).file('usr/src/wordpress/index.php', "<?php\n/**\n * Front to the WordPress application.\n */\ndefine( 'WP_USE_THEMES', true );\nrequire __DIR__ . '/wp-blog-header.php';\n").file('usr/src/wordpress/.htaccess', '# BEGIN WordPress\n\nRewriteEngine On\nRewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]\nRewriteBase /\nRewriteRule ^index\\.php$ - [L]\nRewriteCond %{REQUEST_FILENAME} !-f\nRewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule . /index.php [L]\n\n# END WordPress\n');
    for (const d of ['cache', 'plugins', 'themes', 'upgrade', 'uploads']) t.dir(`var/www/html/wp-content/${d}`, 0o1777);
    chownEntries(t.entries, 'var/www/html/wp-content', 33, 33);
  }, bulk: [['usr/src/wordpress/wp-includes/js/dist/block-editor.js', 3], ['usr/src/wordpress/wp-admin/css/common.css', 1], ['usr/src/wordpress/wp-content/themes/twentytwentyfive/style.css', 2], ['usr/src/wordpress/wp-includes/class-wpdb.php', 1]] }),
  volume('/var/www/html'),
  layer({ createdBy: 'COPY --chown=www-data:www-data wp-config-docker.php /usr/src/wordpress/ # buildkit', created: CREATED, ratio: 0.4, build: (t) => { t.file('usr/src/wordpress/wp-config-docker.php', WP_CONFIG_DOCKER); chownEntries(t.entries, 'usr/src/wordpress/wp-config-docker.php', 33, 33); } }),
  copyText('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', CREATED, 'usr/local/bin/docker-entrypoint.sh', WORDPRESS_ENTRYPOINT),
  entrypoint(['docker-entrypoint.sh']),
  cmd(['apache2-foreground']),
]);

/** The official wordpress repository: latest, php8.3 and php8.3-apache are one image. */
export const wordpress: CatalogRepo = {
  name: 'library/wordpress',
  description: 'The WordPress rich content management system can utilize plugins, widgets, and themes.',
  stars: 5718,
  official: true,
  tags: libraryTags([{ image: 'php8.3-apache', versions: versionAliases('6.7.2', '6', 'latest'), variants: ['', 'apache', 'php8.3', 'php8.3-apache'] }]),
  images: {
    'php8.3-apache': {
      platforms: debianPlatforms('bookworm'),
      recipe: (platform) => ({
        created: CREATED,
        steps: wordpressSteps(platform),
        config: { Env: [DEFAULT_PATH, ...PHP_ENV], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['apache2-foreground'], ExposedPorts: keySet('80/tcp'), Volumes: keySet('/var/www/html'), WorkingDir: '/var/www/html', StopSignal: 'SIGWINCH' },
      }),
    },
  },
};
