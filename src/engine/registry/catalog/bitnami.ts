// Bitnami's non-root images: bitnami/nginx and bitnami/wordpress on bitnami/minideb:bookworm (Debian 12
// trimmed by Bitnami's own script), installed from Bitnami's component tarballs, run as user 1001.
import type { CatalogImage, CatalogRepo, EmptyHistory, LayerRecipe } from './types.ts';
import { TreeBuilder, epoch } from './files.ts';
import { sizedLayer } from './buildpack-deps.ts';
import { debianGroup, debianPasswd } from './dpkg.ts';
import { BUILDKIT, DEFAULT_PATH, cmd, entrypoint, expose, keySet, meta, perPlatform } from './steps.ts';

const PLATFORMS = ['linux/amd64', 'linux/arm64'];
const MINIDEB_CREATED = '2025-02-16T03:34:07Z';
const BASH = '/bin/bash -o errexit -o nounset -o pipefail -c';

// minideb is `docker import`ed by Bitnami's build script, hence the empty created_by and its comment.
const minideb = perPlatform((platform): LayerRecipe => {
  const t = new TreeBuilder(epoch(MINIDEB_CREATED));
  for (const d of ['bin', 'boot', 'dev', 'etc/apt/sources.list.d', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'run', 'sbin', 'srv', 'sys', 'usr/local/bin', 'usr/sbin', 'usr/share', 'var/lib/dpkg', 'var/log']) t.dir(d);
  t.dir('root', 0o700).dir('tmp', 0o1777);
  t.dir('run/lock', 0o1777).link('var/run', '/run').link('var/lock', '/run/lock');
  t.file('etc/os-release', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n');
  t.file('etc/debian_version', '12.9\n').file('etc/passwd', debianPasswd(['_apt:x:42:65534::/nonexistent:/usr/sbin/nologin'])).file('etc/group', debianGroup());
  t.file('etc/apt/sources.list', 'deb http://deb.debian.org/debian bookworm main\ndeb http://deb.debian.org/debian-security bookworm-security main\ndeb http://deb.debian.org/debian bookworm-updates main\n');
  // The helpers every Bitnami Dockerfile calls.
  t.file('usr/sbin/install_packages', '#!/bin/sh\nset -eu\n\nn=0\nmax=2\nexport DEBIAN_FRONTEND=noninteractive\n\nuntil [ $n -gt $max ]; do\n    set +e\n    (\n      apt-get update -qq &&\n      apt-get install -y --no-install-recommends "$@"\n    )\n    CODE=$?\n    set -e\n    if [ $CODE -eq 0 ]; then\n        break\n    fi\n    if [ $n -eq $max ]; then\n        exit $CODE\n    fi\n    echo "apt failed, retrying"\n    n=$(($n + 1))\ndone\napt-get clean && rm -rf /var/lib/apt/lists /var/cache/apt/archives\n', 0o755);
  t.stub('bin/bash', 1_265_648).link('bin/sh', 'dash').stub('bin/dash', 125_560).stub('usr/bin/apt-get', 64_000).stub('usr/lib/x86_64-linux-gnu/libc.so.6'.replace('x86_64', platform === 'linux/arm64' ? 'aarch64' : 'x86_64'), 1_922_136);
  const target = platform === 'linux/arm64' ? 78_900_000 : 78_100_000;
  t.stub('usr/lib/x86_64-linux-gnu/perl-base/unicore/Name.pl'.replace('x86_64', platform === 'linux/arm64' ? 'aarch64' : 'x86_64'), 12_000_000, 0o644);
  t.stub('var/lib/dpkg/status', 120_000, 0o644);
  t.stub('usr/share/zoneinfo/zone1970.tab', target - t.declaredBytes(), 0o644);
  return { files: t.entries, compressRatio: 0.36, createdBy: '', comment: 'from Bitnami with love', created: MINIDEB_CREATED };
});

interface BitnamiApp {
  name: string; // nginx
  version: string; // 1.27.4
  revision: string; // debian-12-r3
  created: string;
  packages: string;
  components: string[];
  /** amd64 bytes of: install_packages, the component tarballs, apt upgrade. */
  bytes: [number, number, number];
  env: string[];
  ports: string[];
  entrypoint: string;
  cmd: string;
  bulk: [string, number][];
}

function labels(a: BitnamiApp): Record<string, string> {
  return {
    'com.vmware.cp.artifact.flavor': 'sha256:c50c90cfd9d12b445b011e6ad529f1ad3daea45c26d20b00732fae3cd71f6a83',
    'org.opencontainers.image.base.name': 'docker.io/bitnami/minideb:bookworm',
    'org.opencontainers.image.created': a.created,
    'org.opencontainers.image.description': 'Application packaged by Broadcom, Inc.',
    'org.opencontainers.image.documentation': `https://github.com/bitnami/containers/tree/main/bitnami/${a.name}/README.md`,
    'org.opencontainers.image.licenses': 'Apache-2.0',
    'org.opencontainers.image.ref.name': `${a.version}-${a.revision}`,
    'org.opencontainers.image.source': `https://github.com/bitnami/containers/tree/main/bitnami/${a.name}`,
    'org.opencontainers.image.title': a.name,
    'org.opencontainers.image.vendor': 'Broadcom, Inc.',
    'org.opencontainers.image.version': a.version,
  };
}

function run(script: string, a: BitnamiApp, o: { bytes: number; platform: string; ratio: number; build?: (t: TreeBuilder) => void; bulk: [string, number][] }): LayerRecipe {
  const arch = o.platform === 'linux/arm64' ? 'arm64' : 'amd64';
  return sizedLayer({ createdBy: `RUN |2 DOWNLOADS_URL=downloads.bitnami.com/files/stacksmith TARGETARCH=${arch} ${BASH} ${script} # buildkit`, created: a.created, bytes: o.bytes, ratio: o.ratio, platform: o.platform, build: o.build, bulk: o.bulk });
}

function small(createdBy: string, a: BitnamiApp, build: (t: TreeBuilder) => void): LayerRecipe {
  const t = new TreeBuilder(epoch(a.created));
  build(t);
  return { files: t.entries, compressRatio: 0.4, createdBy, comment: BUILDKIT, created: a.created };
}

function bitnamiImage(a: BitnamiApp): CatalogImage {
  const arch = (p: string) => (p === 'linux/arm64' ? 'arm64' : 'amd64');
  const lbl = labels(a);
  const steps = perPlatform((platform): (LayerRecipe | EmptyHistory)[] => [
    minideb(platform),
    meta('ARG DOWNLOADS_URL=downloads.bitnami.com/files/stacksmith'),
    meta('ARG TARGETARCH'),
    meta(`LABEL ${Object.entries(lbl).map(([k, v]) => `${k}=${v}`).join(' ')}`),
    meta(`ENV HOME=/ OS_ARCH=${arch(platform)} OS_FLAVOUR=debian-12 OS_NAME=linux`),
    small('COPY prebuildfs / # buildkit', a, (t) => t.file('opt/bitnami/scripts/liblog.sh', '#!/bin/bash\n#\n# Library for logging functions\n\n# Constants\nRESET=\'\\033[0m\'\nGREEN=\'\\033[38;5;2m\'\n\ninfo() {\n    stderr_print "${GREEN}INFO ${RESET} ==> ${*}"\n}\n', 0o755).file('opt/bitnami/.bitnami_components.json', '{}\n')),
    meta(`SHELL [${BASH}]`),
    run(`install_packages ${a.packages}`, a, { bytes: a.bytes[0], platform, ratio: 0.38, bulk: [['usr/lib/TRIPLET/libcrypto.so.3', 2], ['usr/bin/curl', 1], ['var/lib/dpkg/status', 1]] }),
    run(`mkdir -p /tmp/bitnami/pkg/cache/ ; cd /tmp/bitnami/pkg/cache/ ;     COMPONENTS=(       ${a.components.map((c) => `"${c}-linux-\${OS_ARCH}-debian-12"`).join('       ')}     ) ;     for COMPONENT in "\${COMPONENTS[@]}"; do       if [ ! -f "\${COMPONENT}.tar.gz" ]; then         curl -SsLf "https://\${DOWNLOADS_URL}/\${COMPONENT}.tar.gz" -O ;         curl -SsLf "https://\${DOWNLOADS_URL}/\${COMPONENT}.tar.gz.sha256" -O ;       fi ;       sha256sum -c "\${COMPONENT}.tar.gz.sha256" ;       tar -zxf "\${COMPONENT}.tar.gz" -C /opt/bitnami --strip-components=2 --no-same-owner --wildcards '*/files' ;       rm -rf "\${COMPONENT}".tar.gz{,.sha256} ;     done`, a, { bytes: a.bytes[1], platform, ratio: 0.3, bulk: a.bulk }),
    run('apt-get update && apt-get upgrade -y && apt-get clean && rm -rf /var/lib/apt/lists /var/cache/apt/archives', a, { bytes: a.bytes[2], platform, ratio: 0.4, bulk: [['var/lib/dpkg/status', 1]] }),
    run('chmod g+rwX /opt/bitnami', a, { bytes: 0, platform, ratio: 1, bulk: [] }),
    run('find / -perm /6000 -type f -exec chmod a-s {} \\; || true', a, { bytes: 0, platform, ratio: 1, bulk: [] }),
    small('COPY rootfs / # buildkit', a, (t) => {
      t.file(`opt/bitnami/scripts/${a.name}/entrypoint.sh`, `#!/bin/bash\n# Copyright Broadcom, Inc. All Rights Reserved.\n# SPDX-License-Identifier: APACHE-2.0\n\n# shellcheck disable=SC1091\n\nset -o errexit\nset -o nounset\nset -o pipefail\n# set -o xtrace # Uncomment this line for debugging purposes\n\n# Load libraries\n. /opt/bitnami/scripts/liblog.sh\n\nprint_welcome_page\n\nif [[ "$1" = "${a.cmd}" ]]; then\n    info "** Starting ${a.name === 'nginx' ? 'NGINX' : 'WordPress'} setup **"\n    /opt/bitnami/scripts/${a.name}/setup.sh\n    info "** ${a.name === 'nginx' ? 'NGINX' : 'WordPress'} setup finished! **"\nfi\n\necho ""\nexec "$@"\n`, 0o775);
      t.file(`opt/bitnami/scripts/${a.name}/setup.sh`, '#!/bin/bash\nset -o errexit\nset -o nounset\nset -o pipefail\n', 0o775);
      t.file(a.cmd.slice(1), `#!/bin/bash\nset -o errexit\nset -o nounset\nset -o pipefail\n\n. /opt/bitnami/scripts/liblog.sh\n\ninfo "** Starting ${a.name === 'nginx' ? 'NGINX' : 'Apache'} **"\n${a.name === 'nginx' ? 'exec /opt/bitnami/nginx/sbin/nginx -c /opt/bitnami/nginx/conf/nginx.conf -g "daemon off;"' : 'exec /opt/bitnami/apache/bin/httpd -f /opt/bitnami/apache/conf/httpd.conf -D FOREGROUND'}\n`, 0o775);
    }),
    run(`/opt/bitnami/scripts/${a.name}/postunpack.sh`, a, { bytes: 0, platform, ratio: 1, bulk: [] }),
    meta(`ENV ${a.env.join(' ')}`),
    expose(...a.ports),
    ...(a.name === 'nginx' ? [meta('WORKDIR /app')] : []),
    meta('USER 1001'),
    entrypoint([a.entrypoint]),
    cmd([a.cmd]),
  ]);
  return {
    platforms: PLATFORMS,
    recipe: (platform) => ({
      created: a.created,
      steps: steps(platform),
      config: {
        User: '1001',
        ExposedPorts: keySet(...a.ports.map((p) => `${p}/tcp`)),
        Env: [DEFAULT_PATH.replace('PATH=', 'PATH=' + (a.name === 'nginx' ? '/opt/bitnami/common/bin:/opt/bitnami/nginx/sbin:' : '/opt/bitnami/common/bin:/opt/bitnami/php/bin:/opt/bitnami/php/sbin:/opt/bitnami/apache/bin:/opt/bitnami/mysql/bin:/opt/bitnami/wp-cli/bin:')), 'HOME=/', `OS_ARCH=${arch(platform)}`, 'OS_FLAVOUR=debian-12', 'OS_NAME=linux', ...a.env.filter((e) => !e.startsWith('PATH='))],
        Entrypoint: [a.entrypoint],
        Cmd: [a.cmd],
        ...(a.name === 'nginx' ? { WorkingDir: '/app' } : {}),
        Labels: lbl,
        Shell: BASH.split(' '),
      },
    }),
  };
}

const NGINX: BitnamiApp = {
  name: 'nginx', version: '1.27.4', revision: 'debian-12-r3', created: '2025-02-20T06:14:22Z',
  packages: 'ca-certificates curl libcrypt1 libgeoip1 libpcre3 libssl3 openssl procps zlib1g',
  components: ['render-template-1.0.7-13', 'nginx-1.27.4-1'],
  bytes: [24_300_000, 68_900_000, 12_600_000],
  env: ['APP_VERSION=1.27.4', 'BITNAMI_APP_NAME=nginx', 'NGINX_HTTPS_PORT_NUMBER=', 'NGINX_HTTP_PORT_NUMBER=', 'PATH=/opt/bitnami/common/bin:/opt/bitnami/nginx/sbin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  ports: ['8080', '8443'],
  entrypoint: '/opt/bitnami/scripts/nginx/entrypoint.sh', cmd: '/opt/bitnami/scripts/nginx/run.sh',
  bulk: [['opt/bitnami/nginx/sbin/nginx', 3], ['opt/bitnami/common/bin/render-template', 2], ['opt/bitnami/nginx/modules/ngx_http_geoip2_module.so', 1], ['opt/bitnami/nginx/html/index.html', 0.01]],
};

const WORDPRESS: BitnamiApp = {
  name: 'wordpress', version: '6.7.2', revision: 'debian-12-r5', created: '2025-02-22T10:26:51Z',
  packages: 'acl ca-certificates curl libaudit1 libbrotli1 libbsd0 libbz2-1.0 libcap-ng0 libcom-err2 libcrypt1 libcurl4 libexpat1 libffi8 libfftw3-double3 libfontconfig1 libfreetype6 libgcc-s1 libgcrypt20 libglib2.0-0 libgmp10 libgnutls30 libgomp1 libgpg-error0 libgssapi-krb5-2 libhogweed6 libicu72 libidn2-0 libjpeg62-turbo libk5crypto3 libkeyutils1 libkrb5-3 libkrb5support0 liblcms2-2 libldap-2.5-0 liblqr-1-0 libltdl7 liblzma5 libmagickcore-6.q16-6 libmagickwand-6.q16-6 libmd0 libmemcached11 libncurses6 libnettle8 libnghttp2-14 libonig5 libp11-kit0 libpam0g libpcre2-8-0 libpcre3 libpng16-16 libpq5 libpsl5 libreadline8 librtmp1 libsasl2-2 libsodium23 libsqlite3-0 libssh2-1 libssl3 libstdc++6 libtasn1-6 libtidy5deb1 libtinfo6 libunistring2 libuuid1 libwebp7 libx11-6 libxau6 libxcb1 libxdmcp6 libxext6 libxml2 libxslt1.1 libzip4 libzstd1 procps zlib1g',
  components: ['php-8.2.27-4', 'apache-2.4.63-1', 'mysql-client-11.4.5-0', 'libphp-8.2.27-2', 'render-template-1.0.7-13', 'wp-cli-2.11.0-13', 'wordpress-6.7.2-0'],
  bytes: [135_800_000, 783_000_000, 23_400_000],
  env: ['APACHE_HTTPS_PORT_NUMBER=', 'APACHE_HTTP_PORT_NUMBER=', 'APP_VERSION=6.7.2', 'BITNAMI_APP_NAME=wordpress', 'PATH=/opt/bitnami/common/bin:/opt/bitnami/php/bin:/opt/bitnami/php/sbin:/opt/bitnami/apache/bin:/opt/bitnami/mysql/bin:/opt/bitnami/wp-cli/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  ports: ['8080', '8443'],
  entrypoint: '/opt/bitnami/scripts/wordpress/entrypoint.sh', cmd: '/opt/bitnami/scripts/apache/run.sh',
  bulk: [['opt/bitnami/php/bin/php', 3], ['opt/bitnami/apache/bin/httpd', 1], ['opt/bitnami/mysql/bin/mariadb', 4], ['opt/bitnami/wordpress/wp-includes/js/dist/block-editor.js', 2], ['opt/bitnami/php/lib/php/extensions/imagick.so', 1], ['opt/bitnami/wp-cli/bin/wp-cli.phar', 1], ['opt/bitnami/apache/modules/libphp.so', 3]],
};

/** bitnami/nginx: NGINX as user 1001 on ports 8080 and 8443. */
export const bitnamiNginx: CatalogRepo = {
  name: 'bitnami/nginx',
  description: 'Bitnami container image for NGINX',
  stars: 198,
  official: false,
  tags: { latest: '1.27', '1.27': '1.27', '1.27.4': '1.27', '1.27.4-debian-12-r3': '1.27' },
  images: { '1.27': bitnamiImage(NGINX) },
};

/** bitnami/wordpress: WordPress with Apache and PHP as user 1001 on ports 8080 and 8443. */
export const bitnamiWordpress: CatalogRepo = {
  name: 'bitnami/wordpress',
  description: 'Bitnami container image for WordPress',
  stars: 293,
  official: false,
  tags: { latest: '6', '6': '6', '6.7': '6', '6.7.2': '6', '6.7.2-debian-12-r5': '6' },
  images: { '6': bitnamiImage(WORDPRESS) },
};
