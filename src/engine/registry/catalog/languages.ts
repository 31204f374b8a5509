// node, python and golang: the official language images on buildpack-deps:bookworm (full and -slim
// variants on debian:bookworm-slim) and on alpine:3.21, with the history their Dockerfiles write.
import type { CatalogImage, CatalogRepo, EmptyHistory, LayerRecipe } from './types.ts';
import { debianBaseLayer } from './debian-rootfs.ts';
import { alpineBase, alpinePlatforms } from './alpine.ts';
import { BUILDPACK_PLATFORMS, buildpackDeps, sizedLayer } from './buildpack-deps.ts';
import { DEFAULT_PATH, cmd, entrypoint, env, layer, meta, runText } from './steps.ts';
import { libraryTags, versionAliases } from './tag-aliases.ts';
import type { TreeBuilder } from './files.ts';

// Docker Library's variant names for images on Debian bookworm and on Alpine 3.21.
const FULL = ['', 'bookworm'];
const SLIM = ['slim', 'slim-bookworm'];
const ALPINE = ['alpine', 'alpine3.21'];

type Base = 'full' | 'slim' | 'alpine' | 'scm';

function baseSteps(base: Base, platform: string): (LayerRecipe | EmptyHistory)[] {
  if (base === 'alpine') return alpineBase('3.21', platform);
  if (base === 'slim') return [debianBaseLayer('bookworm', true, platform)];
  return buildpackDeps(base, platform);
}

function platformsOf(base: Base, own: string[]): string[] {
  const from = base === 'alpine' ? alpinePlatforms('3.21') : BUILDPACK_PLATFORMS;
  return own.filter((p) => from.includes(p));
}

// ---- node ----
// The tarball's npm, npx and corepack entry scripts that /usr/local/bin links to (npm runs as the
// workbook's npm; npx and corepack say they are not supported).
function nodeInstall(t: TreeBuilder): TreeBuilder {
  return t
    .file('usr/local/lib/node_modules/npm/bin/npm-cli.js', "#!/usr/bin/env node\nrequire('../lib/cli.js')(process)\n", 0o755)
    .stub('usr/local/lib/node_modules/npm/bin/npx-cli.js', 2_922)
    .stub('usr/local/lib/node_modules/corepack/dist/corepack.js', 244);
}

const NODE_ENTRYPOINT = '#!/bin/sh\nset -e\n\n# Run command with node if the first argument contains a "-" or is not a system command. The last\n# part inside the "{}" is a workaround for the following bug in ash/dash:\n# https://bugs.debian.org/cgi-bin/bugreport.cgi?bug=874264\nif [ "${1#-}" != "${1}" ] || [ -z "$(command -v "${1}")" ] || { [ -f "${1}" ] && ! [ -x "${1}" ]; }; then\n  set -- node "$@"\nfi\n\nexec "$@"\n';

function nodeImage(version: string, base: Base, created: string, nodeBytes: number): CatalogImage {
  const alpine = base === 'alpine';
  return {
    platforms: platformsOf(base, alpine ? ['linux/amd64', 'linux/arm/v6', 'linux/arm/v7', 'linux/arm64/v8', 'linux/s390x'] : ['linux/amd64', 'linux/arm/v7', 'linux/arm64/v8', 'linux/ppc64le', 'linux/s390x']),
    recipe: (platform) => ({
      created,
      steps: [
        ...baseSteps(base, platform),
        layer({ createdBy: runText(alpine ? 'addgroup -g 1000 node     && adduser -u 1000 -G node -s /bin/sh -D node' : 'groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node'), created, ratio: 0.3, build: (t) => t.dir('home/node').file('home/node/.bashrc', '# ~/.bashrc: executed by bash(1) for non-login shells.\n').file('etc/subuid', 'node:100000:65536\n').file('etc/subgid', 'node:100000:65536\n') }),
        ...env(`NODE_VERSION=${version}`),
        sizedLayer({ createdBy: runText('ARCH= && dpkgArch="$(dpkg --print-architecture)"   && case "${dpkgArch##*-}" in     amd64) ARCH=\'x64\';;     ppc64el) ARCH=\'ppc64le\';;     s390x) ARCH=\'s390x\';;     arm64) ARCH=\'arm64\';;     armhf) ARCH=\'armv7l\';;     i386) ARCH=\'x86\';;     *) echo "unsupported architecture"; exit 1 ;;   esac   && export GNUPGHOME="$(mktemp -d)"   && set -ex   && for key in $(curl -sL https://raw.githubusercontent.com/nodejs/docker-node/HEAD/keys/node.keys); do       gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$key" ||       gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key" ;   done   && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz"   && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/SHASUMS256.txt.asc"   && gpg --batch --decrypt --output SHASUMS256.txt SHASUMS256.txt.asc   && gpgconf --kill all   && rm -rf "$GNUPGHOME"   && grep " node-v$NODE_VERSION-linux-$ARCH.tar.xz\\$" SHASUMS256.txt | sha256sum -c -   && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner   && rm "node-v$NODE_VERSION-linux-$ARCH.tar.xz" SHASUMS256.txt.asc SHASUMS256.txt   && ln -s /usr/local/bin/node /usr/local/bin/nodejs   && node --version   && npm --version'), created, bytes: nodeBytes, ratio: 0.27, platform, build: (t) => nodeInstall(t.link('usr/local/bin/nodejs', '/usr/local/bin/node')).link('usr/local/bin/npm', '../lib/node_modules/npm/bin/npm-cli.js').link('usr/local/bin/npx', '../lib/node_modules/npm/bin/npx-cli.js').link('usr/local/bin/corepack', '../lib/node_modules/corepack/dist/corepack.js').file('usr/local/include/node/node_version.h', `#define NODE_MAJOR_VERSION ${version.split('.')[0]}\n#define NODE_MINOR_VERSION ${version.split('.')[1]}\n#define NODE_PATCH_VERSION ${version.split('.')[2]}\n`, 0o644), bulk: [['usr/local/bin/node', 8], ['usr/local/lib/node_modules/npm/index.js', 1], ['usr/local/include/node/v8.h', 1]] }),
        ...env('YARN_VERSION=1.22.22'),
        sizedLayer({ createdBy: runText('set -ex   && export GNUPGHOME="$(mktemp -d)"   && for key in     6A010C5166006599AA17F08146C2130DFD2497F5   ; do     gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$key" ||     gpg --batch --keyserver keyserver.ubuntu.com --recv-keys "$key" ;   done   && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz"   && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz.asc"   && gpg --batch --verify yarn-v$YARN_VERSION.tar.gz.asc yarn-v$YARN_VERSION.tar.gz   && gpgconf --kill all   && rm -rf "$GNUPGHOME"   && mkdir -p /opt   && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarnpkg /usr/local/bin/yarnpkg   && rm yarn-v$YARN_VERSION.tar.gz.asc yarn-v$YARN_VERSION.tar.gz   && yarn --version   && rm -rf /tmp/*'), created, bytes: 5_340_000, ratio: 0.23, platform, build: (t) => t.stub('opt/yarn-v1.22.22/bin/yarn', 1_015).stub('opt/yarn-v1.22.22/bin/yarnpkg', 42).link('usr/local/bin/yarn', '/opt/yarn-v1.22.22/bin/yarn').link('usr/local/bin/yarnpkg', '/opt/yarn-v1.22.22/bin/yarnpkg'), bulk: [['opt/yarn-v1.22.22/lib/cli.js', 1]] }),
        layer({ createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', created, ratio: 0.6, build: (t) => t.file('usr/local/bin/docker-entrypoint.sh', NODE_ENTRYPOINT, 0o755) }),
        entrypoint(['docker-entrypoint.sh']),
        cmd(['node']),
      ],
      config: { Env: [DEFAULT_PATH, `NODE_VERSION=${version}`, 'YARN_VERSION=1.22.22'], Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'] },
    }),
  };
}

/** The official node repository. */
export const node: CatalogRepo = {
  name: 'library/node',
  description: 'Node.js is a JavaScript-based platform for server-side and networking applications.',
  stars: 13745,
  official: true,
  tags: libraryTags([
    { image: '22', versions: versionAliases('22.14.0', '22', 'lts', 'jod', 'latest'), variants: FULL },
    { image: '22-slim', versions: versionAliases('22.14.0', '22', 'lts', 'jod', 'latest'), variants: ['slim', 'bookworm-slim'] },
    { image: '22-alpine', versions: versionAliases('22.14.0', '22', 'lts', 'jod', 'latest'), variants: ALPINE },
    { image: '20', versions: versionAliases('20.18.3', '20', 'iron'), variants: FULL },
    { image: '20-slim', versions: versionAliases('20.18.3', '20', 'iron'), variants: ['slim', 'bookworm-slim'] },
    { image: '20-alpine', versions: versionAliases('20.18.3', '20', 'iron'), variants: ALPINE },
  ]),
  images: {
    '22': nodeImage('22.14.0', 'full', '2025-02-25T02:30:39Z', 191_700_000),
    '22-slim': nodeImage('22.14.0', 'slim', '2025-02-25T02:30:39Z', 146_200_000),
    '22-alpine': nodeImage('22.14.0', 'alpine', '2025-02-14T12:45:31Z', 148_900_000),
    '20': nodeImage('20.18.3', 'full', '2025-02-25T02:30:39Z', 170_800_000),
    '20-slim': nodeImage('20.18.3', 'slim', '2025-02-25T02:30:39Z', 125_300_000),
    '20-alpine': nodeImage('20.18.3', 'alpine', '2025-02-14T12:45:31Z', 121_800_000),
  },
};

// ---- python ----
// A console script as pip writes it into /usr/local/bin (pip3, pip3.12).
const consoleScript = (minor: string, module: string) =>
  `#!/usr/local/bin/python${minor}\n# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom ${module} import main\nif __name__ == '__main__':\n    sys.argv[0] = re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])\n    sys.exit(main())\n`;

// What `make install` (with ensurepip) puts in /usr/local/bin: python3.12 and its versioned tools, the
// unversioned python3/idle3/pydoc3/python3-config links to them, and pip3/pip3.12. The next layer links
// python -> python3 and friends, so every name a learner types resolves to a file.
function pythonInstall(t: TreeBuilder, minor: string): void {
  const bin = 'usr/local/bin';
  t.stub(`${bin}/python${minor}`, 17_000).link(`${bin}/python3`, `python${minor}`);
  t.stub(`${bin}/python${minor}-config`, 3_100).link(`${bin}/python3-config`, `python${minor}-config`);
  t.stub(`${bin}/idle${minor}`, 100).link(`${bin}/idle3`, `idle${minor}`);
  t.stub(`${bin}/pydoc${minor}`, 85).link(`${bin}/pydoc3`, `pydoc${minor}`);
  // 2to3 left the standard library in 3.13.
  if (Number(minor.split('.')[1]) < 13) t.stub(`${bin}/2to3-${minor}`, 101).link(`${bin}/2to3`, `2to3-${minor}`);
  for (const pip of ['pip3', `pip${minor}`]) t.file(`${bin}/${pip}`, consoleScript(minor, 'pip._internal.cli.main'), 0o755);
  t.file(`usr/local/lib/python${minor}/os.py`, '# stand-in for the standard library module os\n', 0o644);
}

function pythonImage(version: string, base: Base, created: string, bytes: { deps: number; build: number }): CatalogImage {
  const alpine = base === 'alpine';
  const minor = version.split('.').slice(0, 2).join('.');
  const gpg = minor === '3.12' || minor === '3.13' ? '7169605F62C751356D054A26A821E680E5FA6305' : 'A035C8C19219BA821ECEA86B64E628F8D684696D';
  const steps = (platform: string): (LayerRecipe | EmptyHistory)[] => [
    ...baseSteps(base, platform),
    ...env('PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8'),
    ...(bytes.deps
      ? [sizedLayer({ createdBy: runText(alpine ? 'set -eux; \tapk add --no-cache \t\tca-certificates \t\ttzdata \t;' : base === 'slim' ? 'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tnetbase \t\ttzdata \t; \trm -rf /var/lib/apt/lists/*' : 'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibbluetooth-dev \t\ttk-dev \t\tuuid-dev \t; \trm -rf /var/lib/apt/lists/*'), created, bytes: bytes.deps, ratio: 0.4, platform, bulk: [['usr/lib/TRIPLET/libtk8.6.so', 2], ['usr/include/tk.h', 1], ['usr/share/zoneinfo/tzdata.zi', 1]].map(([p, w]) => [alpine ? String(p).replace('TRIPLET/', '') : String(p), Number(w)] as [string, number]) })]
      : []),
    ...env(`GPG_KEY=${gpg}`, `PYTHON_VERSION=${version}`),
    sizedLayer({ createdBy: runText('set -eux; \t\twget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \techo "$PYTHON_SHA256 *python.tar.xz" | sha256sum -c -; \twget -O python.tar.xz.asc "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz.asc"; \tGNUPGHOME="$(mktemp -d)"; export GNUPGHOME; \tgpg --batch --keyserver hkps://keys.openpgp.org --recv-keys "$GPG_KEY"; \tgpg --batch --verify python.tar.xz.asc python.tar.xz; \tgpgconf --kill all; \trm -rf "$GNUPGHOME" python.tar.xz.asc; \tmkdir -p /usr/src/python; \ttar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; \trm python.tar.xz; \t\tcd /usr/src/python; \tgnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \t./configure \t\t--build="$gnuArch" \t\t--enable-loadable-sqlite-extensions \t\t--enable-optimizations \t\t--enable-option-checking=fatal \t\t--enable-shared \t\t--with-lto \t\t--with-ensurepip \t; \tnproc="$(nproc)"; \tmake -j "$nproc"; \tmake install; \t\tcd /; \trm -rf /usr/src/python; \t\tldconfig; \t\texport PYTHONDONTWRITEBYTECODE=1; \tpython3 --version; \tpip3 --version'), created, bytes: bytes.build, ratio: 0.3, platform, build: (t) => pythonInstall(t, minor), bulk: [[`usr/local/lib/libpython${minor}.so.1.0`, 3], [`usr/local/lib/python${minor}/site-packages/pip/__init__.py`, 1], [`usr/local/lib/python${minor}/test/__init__.py`, 3], [`usr/local/lib/python${minor}/lib-dynload/_ssl.so`, 1], [`usr/local/lib/python${minor}/__pycache__/os.cpython.pyc`, 2]] }),
    layer({ createdBy: runText('set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do \t\tdst="$(echo "$src" | tr -d 3)"; \t\t[ -s "/usr/local/bin/$src" ]; \t\t[ ! -e "/usr/local/bin/$dst" ]; \t\tln -svT "$src" "/usr/local/bin/$dst"; \tdone'), created, ratio: 0.5, build: (t) => { for (const s of ['idle3', 'pip3', 'pydoc3', 'python3', 'python3-config']) t.link(`usr/local/bin/${s.replace('3', '')}`, s); } }),
    cmd(['python3']),
  ];
  return {
    platforms: platformsOf(base, alpine ? ['linux/amd64', 'linux/arm/v6', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'] : ['linux/amd64', 'linux/arm/v5', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/mips64le', 'linux/ppc64le', 'linux/s390x']),
    recipe: (platform) => ({ created, steps: steps(platform), config: { Env: ['PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'LANG=C.UTF-8', `GPG_KEY=${gpg}`, `PYTHON_VERSION=${version}`], Cmd: ['python3'] } }),
  };
}

// The python releases of Feb 2025, with the amd64 size of the layer that builds CPython per variant.
const PYTHON_RELEASES = [
  { version: '3.13.2', aliases: ['3', 'latest'], build: { full: 59_900_000, slim: 42_900_000, alpine: 43_300_000 } },
  { version: '3.12.9', aliases: [], build: { full: 60_900_000, slim: 46_800_000, alpine: 47_250_000 } },
  { version: '3.11.11', aliases: [], build: { full: 64_100_000, slim: 50_300_000, alpine: 48_900_000 } },
  { version: '3.10.16', aliases: [], build: { full: 62_800_000, slim: 49_100_000, alpine: 47_700_000 } },
];
const DEBIAN_BUILT = '2025-02-25T02:33:27Z';
const ALPINE_BUILT = '2025-02-14T12:45:31Z';

/** The official python repository. */
export const python: CatalogRepo = {
  name: 'library/python',
  description: 'Python is an interpreted, interactive, object-oriented, open-source programming language.',
  stars: 9954,
  official: true,
  tags: libraryTags(
    PYTHON_RELEASES.flatMap(({ version, aliases }) => {
      const minor = version.split('.').slice(0, 2).join('.');
      const versions = versionAliases(version, ...aliases);
      return [{ image: minor, versions, variants: FULL }, { image: `${minor}-slim`, versions, variants: SLIM }, { image: `${minor}-alpine`, versions, variants: ALPINE }];
    }),
  ),
  images: Object.fromEntries(
    PYTHON_RELEASES.flatMap(({ version, build }) => {
      const minor = version.split('.').slice(0, 2).join('.');
      return [
        [minor, pythonImage(version, 'full', DEBIAN_BUILT, { deps: 18_700_000, build: build.full })],
        [`${minor}-slim`, pythonImage(version, 'slim', DEBIAN_BUILT, { deps: 3_750_000, build: build.slim })],
        [`${minor}-alpine`, pythonImage(version, 'alpine', ALPINE_BUILT, { deps: 1_020_000, build: build.alpine })],
      ];
    }),
  ),
};

// ---- golang ----
function golangImage(version: string, base: Base, created: string, bytes: { deps: number; go: number }): CatalogImage {
  const alpine = base === 'alpine';
  const envs = ['GOLANG_VERSION=' + version, 'GOTOOLCHAIN=local', 'GOPATH=/go', 'PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'];
  return {
    platforms: platformsOf(base, alpine ? ['linux/amd64', 'linux/arm/v6', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'] : ['linux/amd64', 'linux/arm/v5', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/mips64le', 'linux/ppc64le', 'linux/s390x']),
    recipe: (platform) => ({
      created,
      steps: [
        ...baseSteps(alpine ? 'alpine' : 'scm', platform),
        ...(alpine ? [sizedLayer({ createdBy: runText('apk add --no-cache ca-certificates'), created, bytes: bytes.deps, ratio: 0.5, platform, bulk: [['etc/ssl/certs/ca-cert-bundle.pem', 1]] })] : [sizedLayer({ createdBy: runText('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tg++ \t\tgcc \t\tlibc6-dev \t\tmake \t\tpkg-config \t; \trm -rf /var/lib/apt/lists/*'), created, bytes: bytes.deps, ratio: 0.3, platform, build: (t, triplet) => t.stub('usr/bin/gcc-12', 1_230_000).link('usr/bin/gcc', 'gcc-12').stub('usr/bin/make', 253_000).stub(`usr/lib/gcc/${triplet}/12/cc1`, 33_900_000), bulk: [['usr/lib/TRIPLET/libasan.so.8.0.0', 3], ['usr/libexec/gcc/TRIPLET/12/lto1', 3], ['usr/lib/gcc/TRIPLET/12/cc1plus', 4], ['usr/include/TRIPLET/bits/stdio.h', 1]] })]),
        ...env('GOLANG_VERSION=' + version, 'GOTOOLCHAIN=local', 'GOPATH=/go', 'PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'),
        sizedLayer({ createdBy: `COPY /target/ / # buildkit`, created, bytes: bytes.go, ratio: 0.33, platform, build: (t) => t.file('usr/local/go/VERSION', `go${version}\ntime ${created}\n`, 0o644).stub('usr/local/go/bin/go', 14_400_000).stub('usr/local/go/bin/gofmt', 3_200_000), bulk: [['usr/local/go/pkg/tool/linux_amd64/compile', 3], ['usr/local/go/pkg/tool/linux_amd64/link', 1], ['usr/local/go/src/runtime/proc.go', 6], ['usr/local/go/pkg/include/textflag.h', 1], ['usr/local/go/lib/time/zoneinfo.zip', 1]] }),
        layer({ createdBy: runText('mkdir -p "$GOPATH/src" "$GOPATH/bin" && chmod -R 1777 "$GOPATH"'), created, ratio: 0.5, build: (t) => t.dir('go/src', 0o1777).dir('go/bin', 0o1777) }),
        meta('WORKDIR /go'),
      ],
      config: { Env: envs, Cmd: alpine ? ['/bin/sh'] : ['bash'], WorkingDir: '/go' },
    }),
  };
}

/** The official golang repository. */
export const golang: CatalogRepo = {
  name: 'library/golang',
  description: 'Go (golang) is a general purpose, higher-level, imperative programming language.',
  stars: 4889,
  official: true,
  tags: libraryTags([
    { image: '1.24', versions: versionAliases('1.24.0', '1', 'latest'), variants: FULL },
    { image: '1.24-alpine', versions: versionAliases('1.24.0', '1', 'latest'), variants: ALPINE },
    { image: '1.23', versions: versionAliases('1.23.6'), variants: FULL },
    { image: '1.23-alpine', versions: versionAliases('1.23.6'), variants: ALPINE },
  ]),
  images: {
    '1.24': golangImage('1.24.0', 'full', '2025-02-12T01:13:02Z', { deps: 234_500_000, go: 413_000_000 }),
    '1.24-alpine': golangImage('1.24.0', 'alpine', '2025-02-14T12:45:31Z', { deps: 430_000, go: 248_000_000 }),
    '1.23': golangImage('1.23.6', 'full', '2025-02-12T01:13:02Z', { deps: 234_500_000, go: 398_000_000 }),
    '1.23-alpine': golangImage('1.23.6', 'alpine', '2025-02-14T12:45:31Z', { deps: 430_000, go: 233_000_000 }),
  },
};
