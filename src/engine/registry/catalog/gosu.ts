// The RUN scripts with which the official database images fetch gosu 1.17 (their step-down from root),
// as their history shows them: redis pins each architecture's sha256, postgres verifies the signature only.

const RELEASE = 'https://github.com/tianon/gosu/releases/download/1.17';
const SUMS: [string, string, string][] = [
  ['amd64', 'x86_64', 'bbc4136d03ab138b1ad66fa4fc051bafc6cc7ffae632b069a53657279a450de3'],
  ['arm64', 'aarch64', 'c3805a85d17f4454c23d7059bcb97e1ec1af272b90126e79ed002342de08389b'],
  ['armel', '', 'f9969910fa141140438c998cfa02f603bf213b11afd466dcde8fa940e700945d'],
  ['armhf', 'armhf', 'e5866286277ff2a2159fb9196fea13e0a59d3f1091ea46ddb985160b94b6841b'],
  ['i386', 'x86', '087dbb8fe479537e64f9c86fa49ff3b41dee1cbd28739a19aaef83dc8186b1ca'],
  ['mips64el', '', '87140029d792595e660be0015341dfa1c02d1181459ae40df9f093e471d75b70'],
  ['ppc64el', 'ppc64le', '1891acdcfa70046818ab6ed3c52b9d42fa10fbb7b340eb429c8c7849691dbd76'],
  ['riscv64', 'riscv64', '38a6444b57adce135c42d5a3689f616fc7803ddc7a07ff6f946f2ebc67a26ba6'],
  ['s390x', 's390x', '69873bab588192f760547ca1f75b27cfcf106e9f7403fee6fd0600bc914979d0'],
];

const VERIFY = 'export GNUPGHOME="$(mktemp -d)"; \tgpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \tgpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \tgpgconf --kill all; \trm -rf "$GNUPGHOME" /usr/local/bin/gosu.asc; \t';
const APT_CLEANUP = 'apt-mark auto \'.*\' > /dev/null; \t[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \t';
const CHECK = 'chmod +x /usr/local/bin/gosu; \tgosu --version; \tgosu nobody true';

/** redis's gosu step (the script after `RUN /bin/sh -c`), on debian or alpine. */
export function gosuRun(base: 'debian' | 'alpine'): string {
  const alpine = base === 'alpine';
  // redis's alpine list maps armv7 to the armhf build too, after the others.
  const rows = alpine ? [...SUMS.filter(([, apk]) => apk).map(([deb, apk, sum]) => [apk, deb, sum]), ['armv7', 'armhf', SUMS[3][2]]] : [...SUMS.filter(([deb]) => deb !== 'armhf').map(([deb, , sum]) => [deb, deb, sum]), ['armhf', 'armhf', SUMS[3][2]]];
  const cases = rows.map(([name, file, sum]) => `\t\t'${name}') url='${RELEASE}/gosu-${file}'; sha256='${sum}' ;; `).join('');
  return [
    alpine ? 'set -eux; \tapk add --no-cache --virtual .gosu-fetch gnupg; \tarch="$(apk --print-arch)"; \t' : 'set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates gnupg wget; \trm -rf /var/lib/apt/lists/*; \tarch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"; \t',
    `case "$arch" in ${cases}\t\t*) echo >&2 "error: unsupported gosu architecture: '$arch'"; exit 1 ;; \tesac; \t`,
    'wget -O /usr/local/bin/gosu.asc "$url.asc"; \twget -O /usr/local/bin/gosu "$url"; \techo "$sha256 */usr/local/bin/gosu" | sha256sum -c -; \t',
    VERIFY,
    alpine ? 'apk del --no-network .gosu-fetch; \t' : APT_CLEANUP,
    CHECK,
  ].join('');
}

/** postgres's gosu step (the script after `RUN /bin/sh -c`), on debian or alpine. */
export function postgresGosuRun(base: 'debian' | 'alpine'): string {
  const fetch = 'dpkgArch="$(dpkg --print-architecture | awk -F- \'{ print $NF }\')"; \twget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \twget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc"; \t';
  return base === 'alpine'
    ? `set -eux; \t\tapk add --no-cache --virtual .gosu-deps \t\tca-certificates \t\tdpkg \t\tgnupg \t; \t\t${fetch}\t${VERIFY}\tapk del --no-network .gosu-deps; \t\t${CHECK}`
    : `set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends ca-certificates wget; \trm -rf /var/lib/apt/lists/*; \t${fetch}${VERIFY}${APT_CLEANUP}${CHECK}`;
}
