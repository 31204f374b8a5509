// redis: 7.4.2 on debian:bookworm-slim (7.4, 7, latest) and on alpine:3.21 (7.4-alpine, alpine), built
// the way the official Dockerfiles build them: a redis user, gosu, the compiled server, /data, the entrypoint.
import type { CatalogImage, CatalogRepo, EmptyHistory, LayerRecipe } from './types.ts';
import type { TreeBuilder } from './files.ts';
import { debianBaseLayer, debianPlatforms } from './debian-rootfs.ts';
import { alpineBase, alpinePlatforms, ALPINE_RELEASES } from './alpine.ts';
import { apkInstalled } from './alpine-files.ts';
import { sizedLayer } from './buildpack-deps.ts';
import { debianGroup, debianPasswd, shadowFor } from './dpkg.ts';
import { chownEntries, copyText, emptyLayer } from './image-kit.ts';
import { DEFAULT_PATH, cmd, entrypoint, env, expose, keySet, layer, perPlatform, runText, volume } from './steps.ts';
import { gosuRun } from './gosu.ts';
import { libraryTags, versionAliases } from './tag-aliases.ts';

// The Dockerfiles build with SOURCE_DATE_EPOCH, so every history entry carries the commit time.
const CREATED = '2025-01-06T16:14:31Z';
const VERSION = '7.4.2';
const ENVS = [`REDIS_VERSION=${VERSION}`, `REDIS_DOWNLOAD_URL=http://download.redis.io/releases/redis-${VERSION}.tar.gz`, 'REDIS_DOWNLOAD_SHA=4ddebbf09061cbb589011786febdb34f29767dd7f89dbe712d2b68e808af6a1f'];

/** /usr/local/bin/docker-entrypoint.sh: steps down from root to the redis user with gosu, then runs the command. */
export const REDIS_ENTRYPOINT = `#!/bin/sh
set -e

# first arg is \`-f\` or \`--some-option\`
# or first arg is \`something.conf\`
if [ "\${1#-}" != "$1" ] || [ "\${1%.conf}" != "$1" ]; then
	set -- redis-server "$@"
fi

# allow the container to be started with \`--user\`
if [ "$1" = 'redis-server' -a "$(id -u)" = '0' ]; then
	find . \\! -user redis -exec chown redis '{}' +
	exec gosu redis "$0" "$@"
fi

# set an appropriate umask (if one isn't set already)
# - https://github.com/docker-library/redis/issues/305
# - https://github.com/redis/redis/blob/bb875603fb7ff3f9d19aad906bd45d7db98d9a39/utils/systemd-redis_server.service#L37
um="$(umask)"
if [ "$um" = '0022' ]; then
	umask 0077
fi

exec "$@"
`;

const BUILD_SCRIPT = (alpine: boolean) =>
  'set -eux; \t\t' +
  (alpine
    ? 'apk add --no-cache --virtual .build-deps \t\tcoreutils \t\tdpkg-dev dpkg \t\tgcc \t\tlinux-headers \t\tmake \t\tmusl-dev \t\topenssl-dev \t\twget \t; \t\t'
    : 'savedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\twget \t\t\t\tdpkg-dev \t\tgcc \t\tlibc6-dev \t\tlibssl-dev \t\tmake \t; \trm -rf /var/lib/apt/lists/*; \t\t') +
  'wget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; \techo "$REDIS_DOWNLOAD_SHA *redis.tar.gz" | sha256sum -c -; \tmkdir -p /usr/src/redis; \ttar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; \trm redis.tar.gz; \t\tgrep -E \'^ *createBoolConfig[(]"protected-mode",.*, *1 *,.*[)],$\' /usr/src/redis/src/config.c; \tsed -ri \'s!^( *createBoolConfig[(]"protected-mode",.*, *)1( *,.*[)],)$!\\10\\2!\' /usr/src/redis/src/config.c; \tgrep -E \'^ *createBoolConfig[(]"protected-mode",.*, *0 *,.*[)],$\' /usr/src/redis/src/config.c; \t\tgnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \textraJemallocConfigureFlags="--build=$gnuArch"; \tdpkgArch="$(dpkg --print-architecture)"; \tcase "${dpkgArch##*-}" in \t\tamd64 | i386 | x32) extraJemallocConfigureFlags="$extraJemallocConfigureFlags --with-lg-page=12" ;; \t\t*) extraJemallocConfigureFlags="$extraJemallocConfigureFlags --with-lg-page=16" ;; \tesac; \textraJemallocConfigureFlags="$extraJemallocConfigureFlags --with-lg-hugepage=21"; \tgrep -F \'cd jemalloc && ./configure \' /usr/src/redis/deps/Makefile; \tsed -ri \'s!cd jemalloc && ./configure !&\'"$extraJemallocConfigureFlags"\' !\' /usr/src/redis/deps/Makefile; \tgrep -F "cd jemalloc && ./configure $extraJemallocConfigureFlags " /usr/src/redis/deps/Makefile; \t\texport BUILD_TLS=yes; \tmake -C /usr/src/redis -j "$(nproc)" all; \tmake -C /usr/src/redis install; \t\tserverMd5="$(md5sum /usr/local/bin/redis-server | cut -d\' \' -f1)"; export serverMd5; \tfind /usr/local/bin/redis* -maxdepth 0 \t\t-type f -not -name redis-server \t\t-exec sh -eux -c \' \t\t\tmd5="$(md5sum "$1" | cut -d" " -f1)"; \t\t\ttest "$md5" = "$serverMd5"; \t\t\' -- \'{}\' \';\' \t\t-exec ln -svfT \'redis-server\' \'{}\' \';\' \t; \t\trm -r /usr/src/redis; \t\t' +
  (alpine
    ? 'runDeps="$( \t\tscanelf --needed --nobanner --format \'%n#p\' --recursive /usr/local \t\t\t| tr \',\' \'\\n\' \t\t\t| sort -u \t\t\t| awk \'system("[ -e /usr/local/lib/" $1 " ]") == 0 { next } { print "so:" $1 }\' \t)"; \tapk add --no-network --virtual .redis-rundeps $runDeps; \tapk del --no-network .build-deps; \t\t'
    : 'apt-mark auto \'.*\' > /dev/null; \t[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \tfind /usr/local -type f -executable -exec ldd \'{}\' \';\' \t\t| awk \'/=>/ { so = $(NF-1); if (index(so, "/usr/local/") == 1) { next }; gsub("^/(usr/)?", "", so); printf "*%s\\n", so }\' \t\t| sort -u \t\t| xargs -r dpkg-query --search \t\t| cut -d: -f1 \t\t| sort -u \t\t| xargs -r apt-mark manual \t; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \t\t') +
  'redis-cli --version; \tredis-server --version';

// The redis binaries `make install` puts in /usr/local/bin; the check and sentinel tools are links to the server.
function redisBinaries(t: TreeBuilder, scale: number): void {
  t.stub('usr/local/bin/redis-server', Math.round(15_920_000 * scale)).stub('usr/local/bin/redis-cli', Math.round(8_140_000 * scale)).stub('usr/local/bin/redis-benchmark', Math.round(7_690_000 * scale));
  for (const tool of ['redis-check-aof', 'redis-check-rdb', 'redis-sentinel']) t.link(`usr/local/bin/${tool}`, 'redis-server');
}

const debianLayers = perPlatform((platform): (LayerRecipe | EmptyHistory)[] => [
  debianBaseLayer('bookworm', true, platform),
  layer({ createdBy: runText('set -eux; \tgroupadd -r -g 999 redis; \tuseradd -r -g redis -u 999 redis'), created: CREATED, ratio: 0.25, build: (t) => t.file('etc/passwd', debianPasswd(['_apt:x:42:65534::/nonexistent:/usr/sbin/nologin', 'redis:x:999:999::/home/redis:/bin/sh'])).file('etc/group', debianGroup(['redis:x:999:'])).file('etc/gshadow', 'redis:!::\n', 0o640).file('etc/shadow', shadowFor(debianPasswd(['_apt:x:42:65534::/nonexistent:/usr/sbin/nologin', 'redis:x:999:999::/home/redis:/bin/sh']), 20094), 0o640).file('etc/passwd-', debianPasswd(['_apt:x:42:65534::/nonexistent:/usr/sbin/nologin'])).file('etc/group-', debianGroup()).file('etc/shadow-', shadowFor(debianPasswd(['_apt:x:42:65534::/nonexistent:/usr/sbin/nologin']), 20094), 0o640) }),
  sizedLayer({ createdBy: runText('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\ttzdata \t; \trm -rf /var/lib/apt/lists/*'), created: CREATED, bytes: 5_080, ratio: 0.2, platform, bulk: [['var/cache/debconf/config.dat', 1]] }),
  ...env('GOSU_VERSION=1.17'),
  sizedLayer({ createdBy: runText(gosuRun('debian')), created: CREATED, bytes: 4_120_000, ratio: 0.35, platform, build: (t) => t.stub('usr/local/bin/gosu', 2_285_568), bulk: [['var/lib/dpkg/status', 1], ['var/log/apt/eipp.log.xz', 2], ['var/cache/debconf/templates.dat', 4]] }),
  ...env(...ENVS),
  sizedLayer({ createdBy: runText(BUILD_SCRIPT(false)), created: CREATED, bytes: 38_100_000, ratio: 0.4, platform, build: (t) => redisBinaries(t, 1), bulk: [['usr/lib/TRIPLET/libssl.so.3', 1], ['usr/lib/TRIPLET/libcrypto.so.3', 4], ['var/lib/dpkg/status', 1]] }),
]);

const alpineLayers = perPlatform((platform): (LayerRecipe | EmptyHistory)[] => {
  const release = ALPINE_RELEASES['3.21'];
  const tzdata = { name: 'tzdata', version: '2025a-r0', size: 1_331_200, description: 'Timezone data', license: 'Public-Domain' };
  return [
    ...alpineBase('3.21', platform),
    layer({ createdBy: runText('set -eux; \taddgroup -S -g 1000 redis; \tadduser -S -G redis -u 999 redis'), created: CREATED, ratio: 0.3, build: (t) => t.file('etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\nredis:x:999:1000:Linux User,,,:/home/redis:/sbin/nologin\n').file('etc/group', 'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nnogroup:x:65533:\nnobody:x:65534:\nredis:x:1000:redis\n').file('etc/shadow', 'root:*::0:::::\nredis:!:20094:0:99999:7:::\n', 0o640).dir('home/redis') }),
    sizedLayer({ createdBy: runText('set -eux; \tapk add --no-cache \t\ttzdata \t;'), created: CREATED, bytes: 1_480_000, ratio: 0.12, platform, build: (t) => t.file('lib/apk/db/installed', apkInstalled(release, platform, [tzdata])).file('etc/apk/world', 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nca-certificates-bundle\nlibc-utils\ntzdata\n'), bulk: [['usr/share/zoneinfo/tzdata.zi', 1], ['usr/share/zoneinfo/leap-seconds.list', 1]] }),
    ...env('GOSU_VERSION=1.17'),
    sizedLayer({ createdBy: runText(gosuRun('alpine')), created: CREATED, bytes: 2_400_000, ratio: 0.42, platform, build: (t) => t.stub('usr/local/bin/gosu', 2_285_568), bulk: [['lib/apk/db/scripts.tar', 1]] }),
    ...env(...ENVS),
    sizedLayer({ createdBy: runText(BUILD_SCRIPT(true)), created: CREATED, bytes: 29_260_000, ratio: 0.42, platform, build: (t) => redisBinaries(t, 0.8), bulk: [['usr/lib/libssl.so.3', 1], ['usr/lib/libcrypto.so.3', 1]] }),
  ];
});

// `mkdir /data && chown redis:redis /data`: the redis group is 999 on debian, 1000 on alpine.
const dataLayer = (gid: number): LayerRecipe => {
  const step = layer({ createdBy: runText('mkdir /data && chown redis:redis /data'), created: CREATED, ratio: 1, build: (t) => t.dir('data') });
  chownEntries(step.files, 'data', 999, gid);
  return step;
};
const DATA = { debian: dataLayer(999), alpine: dataLayer(1000) };
const ENTRYPOINT_LAYER = copyText('COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', CREATED, 'usr/local/bin/docker-entrypoint.sh', REDIS_ENTRYPOINT);
const WORKDIR = emptyLayer('WORKDIR /data', CREATED);

function tail(alpine: boolean): (LayerRecipe | EmptyHistory)[] {
  return [alpine ? DATA.alpine : DATA.debian, volume('/data'), WORKDIR, ENTRYPOINT_LAYER, entrypoint(['docker-entrypoint.sh']), expose('6379'), cmd(['redis-server'])];
}

function redisImage(alpine: boolean): CatalogImage {
  return {
    platforms: alpine ? alpinePlatforms('3.21') : debianPlatforms('bookworm'),
    recipe: (platform) => ({
      created: CREATED,
      steps: [...(alpine ? alpineLayers(platform) : debianLayers(platform)), ...tail(alpine)],
      config: { Env: [DEFAULT_PATH, 'GOSU_VERSION=1.17', ...ENVS], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['redis-server'], ExposedPorts: keySet('6379/tcp'), Volumes: keySet('/data'), WorkingDir: '/data' },
    }),
  };
}

/** The official redis repository; latest, 7 and 7.4 are one image. */
export const redis: CatalogRepo = {
  name: 'library/redis',
  description: 'Redis is the world’s fastest data platform for caching, vector search, and NoSQL databases.',
  stars: 13012,
  official: true,
  tags: libraryTags([
    { image: '7.4', versions: versionAliases('7.4.2', '7', 'latest'), variants: ['', 'bookworm'] },
    { image: '7.4-alpine', versions: versionAliases('7.4.2', '7', 'latest'), variants: ['alpine', 'alpine3.21'] },
  ]),
  images: { '7.4': redisImage(false), '7.4-alpine': redisImage(true) },
};
