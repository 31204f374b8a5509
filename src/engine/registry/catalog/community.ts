// Images tutorials pull from organisations and people rather than the official library:
// jpetazzo/clock (a busybox shell loop that prints the date every second) and grafana/grafana-oss.
import type { CatalogRepo, EmptyHistory, LayerRecipe } from './types.ts';
import { busybox } from './distros.ts';
import { alpineBase, alpinePlatforms } from './alpine.ts';
import { sizedLayer } from './buildpack-deps.ts';
import { copyText } from './image-kit.ts';
import { DEFAULT_PATH, entrypoint, expose, keySet, layer, meta, perPlatform } from './steps.ts';

// ---- jpetazzo/clock ----
const CLOCK_CREATED = '2017-08-24T20:25:37Z';
const CLOCK_CMD = ['/bin/sh', '-c', 'while date; do sleep 1; done'];

// The busybox base, layer for layer: the same file arrays as busybox:latest, so the same diffID.
const busyboxSteps = perPlatform((platform) => busybox.images[busybox.tags.latest].recipe(platform).steps);

/** jpetazzo/clock: `FROM busybox` and `CMD while date; do sleep 1; done`, built with the classic builder. */
export const clock: CatalogRepo = {
  name: 'jpetazzo/clock',
  description: 'Print the date and time every second (for Docker workshops).',
  stars: 32,
  official: false,
  tags: { latest: 'latest' },
  images: {
    latest: {
      platforms: ['linux/amd64'],
      recipe: (platform) => ({
        created: CLOCK_CREATED,
        steps: [...busyboxSteps(platform), { createdBy: `/bin/sh -c #(nop)  CMD ["/bin/sh" "-c" "while date; do sleep 1; done"]` }],
        config: { Env: [DEFAULT_PATH], Cmd: CLOCK_CMD },
      }),
    },
  },
};

// ---- grafana/grafana-oss ----
const GRAFANA_CREATED = '2025-02-18T13:57:05Z';
const GRAFANA_VERSION = '11.5.2';
const ARGS = '|2 GF_UID=472 GF_GID=0 /bin/sh -c';
const GF_ENV = ['PATH=/usr/share/grafana/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'GF_PATHS_CONFIG=/etc/grafana/grafana.ini', 'GF_PATHS_DATA=/var/lib/grafana', 'GF_PATHS_HOME=/usr/share/grafana', 'GF_PATHS_LOGS=/var/log/grafana', 'GF_PATHS_PLUGINS=/var/lib/grafana/plugins', 'GF_PATHS_PROVISIONING=/etc/grafana/provisioning'];

/** /run.sh: checks the data and config paths, then execs `grafana server` with the docker packaging paths. */
export const GRAFANA_RUN_SH = `#!/bin/bash -e

PERMISSIONS_OK=0

if [ ! -r "$GF_PATHS_CONFIG" ]; then
    echo "GF_PATHS_CONFIG='$GF_PATHS_CONFIG' is not readable."
    PERMISSIONS_OK=1
fi

if [ ! -w "$GF_PATHS_DATA" ]; then
    echo "GF_PATHS_DATA='$GF_PATHS_DATA' is not writable."
    PERMISSIONS_OK=1
fi

if [ ! -r "$GF_PATHS_HOME" ]; then
    echo "GF_PATHS_HOME='$GF_PATHS_HOME' is not readable."
    PERMISSIONS_OK=1
fi

if [ $PERMISSIONS_OK -eq 1 ]; then
    echo "You may have issues with file permissions, more information here: http://docs.grafana.org/installation/docker/#migrate-to-v51-or-later"
fi

if [ ! -d "$GF_PATHS_PLUGINS" ]; then
    mkdir "$GF_PATHS_PLUGINS"
fi

exec grafana server                                         \\
  --homepath="$GF_PATHS_HOME"                               \\
  --config="$GF_PATHS_CONFIG"                               \\
  --packaging=docker                                        \\
  "$@"                                                      \\
  cfg:default.log.mode="console"                            \\
  cfg:default.paths.data="$GF_PATHS_DATA"                   \\
  cfg:default.paths.logs="$GF_PATHS_LOGS"                   \\
  cfg:default.paths.plugins="$GF_PATHS_PLUGINS"             \\
  cfg:default.paths.provisioning="$GF_PATHS_PROVISIONING"
`;

const GRAFANA_INI = `##################### Grafana Configuration Defaults #####################
#
# Do not modify this file in grafana installs
#

# possible values : production, development
app_mode = production

#################################### Paths ###############################
[paths]
# Path to where grafana can store temp files, sessions, and the sqlite3 db (if that is used)
data = data

# Directory where grafana can store logs
logs = data/log

#################################### Server ##############################
[server]
# Protocol (http, https, h2, socket)
protocol = http

# The http port to use
http_port = 3000

#################################### Security ############################
[security]
# default admin user, created on startup
admin_user = admin

# default admin password, can be changed before first start of grafana, or in profile settings
admin_password = admin
`;

const RUN_SH_LAYER = copyText('COPY ./packaging/docker/run.sh /run.sh # buildkit', GRAFANA_CREATED, 'run.sh', GRAFANA_RUN_SH);

const grafanaSteps = perPlatform((platform): (LayerRecipe | EmptyHistory)[] => [
  ...alpineBase('3.21', platform),
  meta('LABEL maintainer=Grafana Labs <hello@grafana.com>'),
  meta('LABEL org.opencontainers.image.source=https://github.com/grafana/grafana'),
  meta('ARG GF_UID=472'),
  meta('ARG GF_GID=0'),
  meta(`ENV ${GF_ENV.join(' ')}`),
  layer({ createdBy: 'WORKDIR /usr/share/grafana', created: GRAFANA_CREATED, ratio: 1, build: (t) => t.dir('usr/share/grafana') }),
  sizedLayer({ createdBy: `RUN ${ARGS} if grep -i -q alpine /etc/issue; then       apk add --no-cache ca-certificates bash curl tzdata musl-utils &&       apk info -vv | sort;     elif grep -i -q ubuntu /etc/issue; then       DEBIAN_FRONTEND=noninteractive &&       apt-get update &&       apt-get install -y ca-certificates curl tzdata musl &&       apt-get autoremove -y &&       rm -rf /var/lib/apt/lists/*;     else       echo 'ERROR: Unsupported base image' && /bin/false;     fi # buildkit`, created: GRAFANA_CREATED, bytes: 9_960_000, ratio: 0.42, platform, build: (t) => t.stub('bin/bash', 1_098_000).stub('usr/bin/curl', 251_000), bulk: [['usr/lib/libcurl.so.4.8.0', 2], ['usr/share/zoneinfo/tzdata.zi', 1], ['lib/apk/db/installed', 1]] }),
  sizedLayer({ createdBy: `RUN ${ARGS} if grep -i -q alpine /etc/issue && [ \`arch\` = "x86_64" ]; then       wget https://github.com/sgerrand/alpine-pkg-glibc/releases/download/2.35-r1/glibc-2.35-r1.apk       -O /tmp/glibc-2.35-r1.apk &&       wget https://github.com/sgerrand/alpine-pkg-glibc/releases/download/2.35-r1/glibc-bin-2.35-r1.apk       -O /tmp/glibc-bin-2.35-r1.apk &&       apk add --force-overwrite --no-cache --allow-untrusted /tmp/glibc-2.35-r1.apk /tmp/glibc-bin-2.35-r1.apk &&       rm -f /lib64/ld-linux-x86-64.so.2 &&       ln -s /usr/glibc-compat/lib64/ld-linux-x86-64.so.2 /lib64/ld-linux-x86-64.so.2 &&       rm -f /tmp/glibc-2.35-r1.apk &&       rm -f /tmp/glibc-bin-2.35-r1.apk &&       rm -f /lib/ld-linux-x86-64.so.2 &&       rm -f /etc/ld.so.cache;     fi # buildkit`, created: GRAFANA_CREATED, bytes: platform === 'linux/amd64' ? 11_620_000 : 0, ratio: 0.4, platform, bulk: [['usr/glibc-compat/lib/libc.so.6', 3], ['usr/glibc-compat/lib/ld-linux-x86-64.so.2', 1]] }),
  sizedLayer({ createdBy: 'COPY /tmp/grafana/conf ./conf # buildkit', created: GRAFANA_CREATED, bytes: 118_000, ratio: 0.3, platform, build: (t) => t.file('usr/share/grafana/conf/defaults.ini', GRAFANA_INI), bulk: [['usr/share/grafana/conf/sample.ini', 1], ['usr/share/grafana/conf/ldap.toml', 1]] }),
  layer({ createdBy: `RUN ${ARGS} if [ ! $(getent group "$GF_GID") ]; then       if grep -i -q alpine /etc/issue; then         addgroup -S -g $GF_GID grafana;       else         addgroup --system --gid $GF_GID grafana;       fi;     fi &&     GF_GID_NAME=$(getent group $GF_GID | cut -d':' -f1) &&     mkdir -p "$GF_PATHS_HOME/.aws" &&     if grep -i -q alpine /etc/issue; then       adduser -S -u $GF_UID -G "$GF_GID_NAME" grafana;     else       adduser --system --uid $GF_UID --ingroup "$GF_GID_NAME" grafana;     fi &&     mkdir -p "$GF_PATHS_PROVISIONING/datasources"              "$GF_PATHS_PROVISIONING/dashboards"              "$GF_PATHS_PROVISIONING/notifiers"              "$GF_PATHS_PROVISIONING/plugins"              "$GF_PATHS_PROVISIONING/access-control"              "$GF_PATHS_PROVISIONING/alerting"              "$GF_PATHS_LOGS"              "$GF_PATHS_PLUGINS"              "$GF_PATHS_DATA" &&     cp conf/sample.ini "$GF_PATHS_CONFIG" &&     cp conf/ldap.toml /etc/grafana/ldap.toml &&     chown -R "grafana:$GF_GID_NAME" "$GF_PATHS_DATA" "$GF_PATHS_HOME/.aws" "$GF_PATHS_LOGS" "$GF_PATHS_PLUGINS" "$GF_PATHS_PROVISIONING" &&     chmod -R 777 "$GF_PATHS_DATA" "$GF_PATHS_HOME/.aws" "$GF_PATHS_LOGS" "$GF_PATHS_PLUGINS" "$GF_PATHS_PROVISIONING" # buildkit`, created: GRAFANA_CREATED, ratio: 0.2, build: (t) => {
    t.file('etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/sbin/nologin\ngrafana:x:472:0:Linux User,,,:/home/grafana:/sbin/nologin\n').file('etc/grafana/grafana.ini', GRAFANA_INI).file('etc/grafana/ldap.toml', '# To troubleshoot and get more log info enable ldap debug logging in grafana.ini\n');
    for (const d of ['usr/share/grafana/.aws', 'etc/grafana/provisioning/datasources', 'etc/grafana/provisioning/dashboards', 'etc/grafana/provisioning/notifiers', 'etc/grafana/provisioning/plugins', 'etc/grafana/provisioning/access-control', 'etc/grafana/provisioning/alerting', 'var/log/grafana', 'var/lib/grafana/plugins']) t.dir(d, 0o777);
    for (const e of t.entries) if (/^(var\/lib\/grafana|var\/log\/grafana|etc\/grafana\/provisioning|usr\/share\/grafana\/\.aws)/.test(e.path)) Object.assign(e, { uid: 472, gid: 0 });
  } }),
  sizedLayer({ createdBy: 'COPY /tmp/grafana/bin/grafana* /tmp/grafana/bin/*/grafana* ./bin/ # buildkit', created: GRAFANA_CREATED, bytes: 196_400_000, ratio: 0.3, platform, build: (t) => t.stub('usr/share/grafana/bin/grafana-server', 1_210_000).stub('usr/share/grafana/bin/grafana-cli', 1_210_000), bulk: [['usr/share/grafana/bin/grafana', 1]] }),
  sizedLayer({ createdBy: 'COPY /tmp/grafana/public ./public # buildkit', created: GRAFANA_CREATED, bytes: 396_300_000, ratio: 0.24, platform, build: (t) => t.file('usr/share/grafana/public/robots.txt', 'User-agent: *\nDisallow: /\n'), bulk: [['usr/share/grafana/public/build/app.js', 6], ['usr/share/grafana/public/build/vendors.js', 4], ['usr/share/grafana/public/app/plugins/datasource/prometheus/module.js', 2], ['usr/share/grafana/public/img/grafana_icon.svg', 1], ['usr/share/grafana/public/locales/en-US/grafana.json', 1]] }),
  layer({ createdBy: 'COPY /tmp/grafana/LICENSE ./ # buildkit', created: GRAFANA_CREATED, ratio: 0.35, build: (t) => t.stub('usr/share/grafana/LICENSE', 34_523, 0o644) }),
  expose('3000'),
  meta('ARG RUN_SH=./packaging/docker/run.sh'),
  RUN_SH_LAYER,
  meta('USER 472'),
  entrypoint(['/run.sh']),
]);

/** grafana/grafana-oss: the open-source Grafana server on alpine, running as user 472 on port 3000. */
export const grafana: CatalogRepo = {
  name: 'grafana/grafana-oss',
  description: 'The official Grafana docker container',
  stars: 241,
  official: false,
  tags: { latest: GRAFANA_VERSION, [GRAFANA_VERSION]: GRAFANA_VERSION, '11.5': GRAFANA_VERSION },
  images: {
    [GRAFANA_VERSION]: {
      platforms: alpinePlatforms('3.21').filter((p) => ['linux/amd64', 'linux/arm/v6', 'linux/arm/v7', 'linux/arm64/v8'].includes(p)),
      recipe: (platform) => ({
        created: GRAFANA_CREATED,
        steps: grafanaSteps(platform),
        config: { User: '472', ExposedPorts: keySet('3000/tcp'), Env: GF_ENV, Entrypoint: ['/run.sh'], WorkingDir: '/usr/share/grafana', Labels: { maintainer: 'Grafana Labs <hello@grafana.com>', 'org.opencontainers.image.source': 'https://github.com/grafana/grafana' } },
      }),
    },
  },
};
