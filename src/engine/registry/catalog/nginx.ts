// nginx: mainline (1.27.4) and stable (1.26.3), on debian:bookworm-slim and on alpine:3.21, built the
// way the official Dockerfiles build them (nginx.org packages, the entrypoint and its scripts).
import type { CatalogImage, CatalogRepo, EmptyHistory, LayerRecipe } from './types.ts';
import { debianBaseLayer, debianPlatforms } from './debian-rootfs.ts';
import { alpineBase, alpinePlatforms, ALPINE_RELEASES } from './alpine.ts';
import { alpineAccounts, apkInstalled } from './alpine-files.ts';
import { sizedLayer } from './buildpack-deps.ts';
import { debianGroup, debianPasswd } from './dpkg.ts';
import { ENTRYPOINT, ENTRYPOINT_D, nginxPackageFiles } from './nginx-files.ts';
import { DEFAULT_PATH, cmd, entrypoint, env, expose, keySet, layer, meta, runText } from './steps.ts';
import { epoch } from './files.ts';
import { libraryTags, versionAliases } from './tag-aliases.ts';

interface NginxRelease {
  version: string;
  njs: string;
  created: string;
  /** amd64 bytes of the package-install RUN layers: debian, alpine-slim, alpine's njs layer. */
  debianRun: number;
  alpineSlimRun: number;
  alpineNjsRun: number;
}

const MAINLINE: NginxRelease = { version: '1.27.4', njs: '0.8.9', created: '2025-02-25T18:04:51Z', debianRun: 117_190_000, alpineSlimRun: 5_020_000, alpineNjsRun: 35_040_000 };
const STABLE: NginxRelease = { version: '1.26.3', njs: '0.8.9', created: '2025-02-25T18:04:51Z', debianRun: 113_190_000, alpineSlimRun: 4_950_000, alpineNjsRun: 34_610_000 };

const LABEL = meta('LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>');

function copies(r: NginxRelease): LayerRecipe[] {
  const one = (name: string, dest: string, text: string): LayerRecipe =>
    layer({ createdBy: `COPY ${name} ${dest} # buildkit`, created: r.created, ratio: 0.5, build: (t) => t.file(`${dest === '/' ? '' : dest.slice(1) + '/'}${name}`, text, 0o775) });
  return [one('docker-entrypoint.sh', '/', ENTRYPOINT), ...Object.entries(ENTRYPOINT_D).map(([name, text]) => one(name, '/docker-entrypoint.d', text))];
}

function tail(): EmptyHistory[] {
  return [entrypoint(['/docker-entrypoint.sh']), expose('80'), meta('STOPSIGNAL SIGQUIT'), cmd(['nginx', '-g', 'daemon off;'])];
}

const config = (extra: string[]) => ({
  Env: [DEFAULT_PATH, ...extra],
  Entrypoint: ['/docker-entrypoint.sh'],
  Cmd: ['nginx', '-g', 'daemon off;'],
  ExposedPorts: keySet('80/tcp'),
  Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' },
  StopSignal: 'SIGQUIT',
});

function debianNginx(r: NginxRelease): CatalogImage {
  const envs = [`NGINX_VERSION=${r.version}`, `NJS_VERSION=${r.njs}`, 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm'];
  return {
    platforms: debianPlatforms('bookworm'),
    recipe: (platform) => ({
      created: r.created,
      steps: [
        debianBaseLayer('bookworm', true, platform),
        LABEL,
        ...env(...envs),
        sizedLayer({
          createdBy: runText('set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y gnupg1 ca-certificates     &&     NGINX_GPGKEYS="573BFD6B3D8FBC641079A6ABABF5BD827BD9BF62 8540A6F18833A80E9C1653A42FD21310B49F6B46 9E9BE90EACBCDE69FE9B204CBCDCD8A38D88A2B3";     NGINX_GPGKEY_PATH=/etc/apt/keyrings/nginx-archive-keyring.gpg;     export GNUPGHOME="$(mktemp -d)";     found="";     for NGINX_GPGKEY in $NGINX_GPGKEYS; do     for server in         hkp://keyserver.ubuntu.com:80         pgp.mit.edu     ; do         echo "Fetching GPG key $NGINX_GPGKEY from $server";         gpg1 --batch --keyserver "$server" --keyserver-options timeout=10 --recv-keys "$NGINX_GPGKEY" && found=yes && break;     done;     test -z "$found" && echo >&2 "error: failed to fetch GPG key $NGINX_GPGKEY" && exit 1;     done;     gpg1 --batch --export $NGINX_GPGKEYS > "$NGINX_GPGKEY_PATH" ;     rm -rf "$GNUPGHOME";     apt-get remove --purge --auto-remove -y gnupg1 && rm -rf /var/lib/apt/lists/*     && dpkgArch="$(dpkg --print-architecture)"     && nginxPackages="         nginx=${NGINX_VERSION}-${PKG_RELEASE}         nginx-module-xslt=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-geoip=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-image-filter=${NGINX_VERSION}-${DYNPKG_RELEASE}         nginx-module-njs=${NGINX_VERSION}+${NJS_VERSION}-${NJS_RELEASE}     "     && echo "deb [signed-by=$NGINX_GPGKEY_PATH] https://nginx.org/packages/mainline/debian/ bookworm nginx" >> /etc/apt/sources.list.d/nginx.list     && apt-get update     && apt-get install --no-install-recommends --no-install-suggests -y                         $nginxPackages                         gettext-base                         curl     && apt-get remove --purge --auto-remove -y && rm -rf /var/lib/apt/lists/* /etc/apt/sources.list.d/nginx.list     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d'),
          created: r.created, bytes: r.debianRun, ratio: 0.25, platform,
          build: (t) => {
            nginxPackageFiles(t, { binary: 1_514_000, modulesDir: '../../usr/lib/nginx/modules' });
            t.file('etc/passwd', debianPasswd(['_apt:x:42:65534::/nonexistent:/usr/sbin/nologin', 'nginx:x:101:101:nginx user:/nonexistent:/bin/false'])).file('etc/group', debianGroup(['nginx:x:101:']));
            t.stub('usr/bin/curl', 305_000).stub('usr/bin/envsubst', 35_000);
            for (const m of ['ngx_http_xslt_filter_module.so', 'ngx_http_geoip_module.so', 'ngx_http_image_filter_module.so', 'ngx_http_js_module.so', 'ngx_stream_js_module.so']) t.stub(`usr/lib/nginx/modules/${m}`, m.includes('js') ? 2_900_000 : 120_000);
          },
          bulk: [['usr/lib/TRIPLET/libLLVM-like-gd-deps.so', 1], ['usr/lib/TRIPLET/libxml2.so.2.9.14', 2], ['usr/lib/TRIPLET/libicudata.so.72.1', 10], ['usr/lib/TRIPLET/libcrypto.so.3', 5], ['usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 1], ['usr/lib/TRIPLET/libavif.so.15', 3], ['usr/lib/TRIPLET/libx265.so.199', 6], ['usr/lib/TRIPLET/libaom.so.3', 5]],
        }),
        ...copies(r),
        ...tail(),
      ],
      config: config(envs),
    }),
  };
}

const ALPINE_EXTRA = (r: NginxRelease) => [
  { name: 'nginx', version: `${r.version}-r1`, size: 1_431_552, description: 'High performance web server', license: '2-clause BSD-like license' },
  { name: 'pcre2', version: '10.43-r0', size: 630_784, description: 'Perl-compatible regular expression library', license: 'BSD-3-Clause' },
  { name: 'tzdata', version: '2025a-r0', size: 1_331_200, description: 'Timezone data', license: 'Public-Domain' },
  { name: 'gettext-envsubst', version: '0.22.5-r0', size: 36_864, description: 'GNU envsubst', license: 'GPL-3.0-or-later' },
];

function alpineNginx(r: NginxRelease): CatalogImage {
  const envs = [`NGINX_VERSION=${r.version}`, 'PKG_RELEASE=1', 'DYNPKG_RELEASE=1'];
  const njsEnvs = [`NJS_VERSION=${r.njs}`, 'NJS_RELEASE=1'];
  const release = ALPINE_RELEASES['3.21'];
  return {
    platforms: alpinePlatforms('3.21'),
    recipe: (platform) => ({
      created: r.created,
      steps: [
        ...alpineBase('3.21', platform),
        LABEL,
        ...env(...envs),
        sizedLayer({
          createdBy: runText('set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="         nginx=${NGINX_VERSION}-r${PKG_RELEASE}     "     && apk add --no-cache --virtual .checksum-deps         openssl     && case "$apkArch" in         x86_64|aarch64)             set -x             && KEY_SHA512="e09fa32f0a0eab2b879ccbbc4d0e4fb9751486eedda75e35fac65802cc9faa266425edf83e261137a2f4d16281ce2c1a5f4502930fe75154723da014214f0655"             && wget -O /tmp/nginx_signing.rsa.pub https://nginx.org/keys/nginx_signing.rsa.pub             && apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o \'^[0-9]+\\.[0-9]+\' /etc/alpine-release)/main" --no-cache $nginxPackages             ;;     esac     && apk del --no-network .checksum-deps     && apk add --no-cache tzdata     && ln -sf /dev/stdout /var/log/nginx/access.log     && ln -sf /dev/stderr /var/log/nginx/error.log     && mkdir /docker-entrypoint.d'),
          created: r.created, bytes: r.alpineSlimRun, ratio: 0.42, platform,
          build: (t) => {
            // addgroup -g 101 -S nginx && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx
            alpineAccounts(t, [{ name: 'nginx', id: 101, home: '/var/cache/nginx', shell: '/sbin/nologin' }], Math.floor(epoch(r.created) / 86_400));
            nginxPackageFiles(t, { binary: 1_290_000, modulesDir: '../../usr/lib/nginx/modules' });
            t.file('lib/apk/db/installed', apkInstalled(release, platform, ALPINE_EXTRA(r)));
            t.stub('usr/bin/envsubst', 38_000);
          },
          bulk: [['usr/lib/libpcre2-8.so.0.13.0', 1], ['usr/share/zoneinfo/tzdata.zi', 2]],
        }),
        ...copies(r),
        ...tail(),
        ...env(...njsEnvs),
        sizedLayer({
          createdBy: runText('set -x     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="         nginx=${NGINX_VERSION}-r${PKG_RELEASE}         nginx-module-xslt=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-geoip=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-image-filter=${NGINX_VERSION}-r${DYNPKG_RELEASE}         nginx-module-njs=${NGINX_VERSION}.${NJS_VERSION}-r${NJS_RELEASE}     "     && apk add --no-cache --virtual .checksum-deps         openssl     && apk add -X "https://nginx.org/packages/mainline/alpine/v$(egrep -o \'^[0-9]+\\.[0-9]+\' /etc/alpine-release)/main" --no-cache $nginxPackages     && apk del --no-network .checksum-deps     && apk add --no-cache curl ca-certificates'),
          created: r.created, bytes: r.alpineNjsRun, ratio: 0.4, platform,
          build: (t) => {
            for (const m of ['ngx_http_xslt_filter_module.so', 'ngx_http_geoip_module.so', 'ngx_http_image_filter_module.so', 'ngx_http_js_module.so', 'ngx_stream_js_module.so']) t.stub(`usr/lib/nginx/modules/${m}`, m.includes('js') ? 2_700_000 : 110_000);
            t.stub('usr/bin/curl', 251_000);
          },
          bulk: [['usr/lib/libxml2.so.2.13.4', 2], ['usr/lib/libgd.so.3.0.11', 1], ['usr/lib/libavif.so.16', 2], ['usr/lib/libaom.so.3', 5], ['usr/lib/libx265.so.209', 5], ['usr/share/GeoIP/GeoIP.dat', 1]],
        }),
      ],
      config: config([...envs, ...njsEnvs]),
    }),
  };
}

/** The official nginx repository; latest and mainline are one image. */
export const nginx: CatalogRepo = {
  name: 'library/nginx',
  description: 'Official build of Nginx.',
  stars: 20781,
  official: true,
  tags: libraryTags([
    { image: 'mainline', versions: versionAliases('1.27.4', '1', 'mainline', 'latest'), variants: ['', 'bookworm'] },
    { image: 'mainline-alpine', versions: versionAliases('1.27.4', '1', 'mainline', 'latest'), variants: ['alpine', 'alpine3.21'] },
    { image: 'stable', versions: versionAliases('1.26.3', 'stable'), variants: ['', 'bookworm'] },
    { image: 'stable-alpine', versions: versionAliases('1.26.3', 'stable'), variants: ['alpine', 'alpine3.21'] },
  ]),
  images: { mainline: debianNginx(MAINLINE), stable: debianNginx(STABLE), 'mainline-alpine': alpineNginx(MAINLINE), 'stable-alpine': alpineNginx(STABLE) },
};
