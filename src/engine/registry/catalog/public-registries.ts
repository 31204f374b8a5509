// The other public registries learners meet in documentation, each seeded with a few real, small,
// well-known images (their configs and histories as published; the layer bytes are the workbook's):
// registry.k8s.io/pause, gcr.io/distroless/static-debian12, ghcr.io/containerd/busybox (a mirror of
// the official busybox), quay.io/prometheus/busybox and mcr.microsoft.com/dotnet/runtime-deps. Their
// names are full (no `library/`), and `docker search` never reaches them, as with Docker.
import type { CatalogImage, CatalogRepo, EmptyHistory, LayerRecipe } from './types.ts';
import { TreeBuilder, epoch, scaledSize } from './files.ts';
import { busybox } from './distros.ts';
import { alpineBase } from './alpine.ts';
import { BUILDKIT, DEFAULT_PATH, layer, meta, runText } from './steps.ts';

/** registry.k8s.io/pause: the sandbox container of every Kubernetes pod, one static binary. */
const PAUSE_CREATED = '2024-05-14T09:30:11Z';
const pause: CatalogRepo = {
  name: 'pause',
  description: '',
  stars: 0,
  official: false,
  tags: { '3.10': '3.10', '3.9': '3.10', latest: '3.10' },
  images: {
    '3.10': {
      platforms: ['linux/amd64', 'linux/arm', 'linux/arm64', 'linux/ppc64le', 'linux/s390x'],
      recipe: (platform) => ({
        created: PAUSE_CREATED,
        steps: [
          { createdBy: 'ARG BASE', comment: BUILDKIT },
          { files: new TreeBuilder(epoch(PAUSE_CREATED)).stub('pause', scaledSize(736_000, platform)).entries, compressRatio: 0.45, createdBy: `ADD bin/pause-linux-${platform.split('/')[1]} /pause # buildkit`, comment: BUILDKIT },
          { createdBy: 'USER 65535:65535', comment: BUILDKIT },
          { createdBy: 'ENTRYPOINT ["/pause"]', comment: BUILDKIT },
        ],
        config: { User: '65535:65535', Env: [DEFAULT_PATH], Entrypoint: ['/pause'], WorkingDir: '/', ArgsEscaped: true },
      }),
    },
  },
};

// Distroless images are built by Bazel (rules_oci), dated the Unix epoch, with no shell at all.
const BAZEL = '1970-01-01T00:00:00Z';
const DISTROLESS_PLATFORMS = ['linux/amd64', 'linux/arm64', 'linux/arm', 'linux/s390x', 'linux/ppc64le'];

function distrolessRoot(): LayerRecipe {
  return {
    files: new TreeBuilder(0)
      .dir('bin').dir('boot').dir('dev').dir('etc').dir('home').dir('home/nonroot', 0o700).dir('lib').dir('proc').dir('root', 0o700).dir('run').dir('sbin').dir('sys').dir('tmp', 0o1777).dir('usr').dir('var')
      .file('etc/passwd', 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n')
      .file('etc/group', 'root:x:0:\nnobody:x:65534:\ntty:x:5:\nstaff:x:50:\nnonroot:x:65532:\n')
      .file('etc/nsswitch.conf', 'hosts: files dns\n')
      .file('etc/os-release', 'PRETTY_NAME="Distroless"\nNAME="Debian GNU/Linux"\nID="debian"\nVERSION_ID="12"\nVERSION="Debian GNU/Linux 12 (bookworm)"\nHOME_URL="https://github.com/GoogleContainerTools/distroless"\nSUPPORT_URL="https://github.com/GoogleContainerTools/distroless/blob/master/README.md"\nBUG_REPORT_URL="https://github.com/GoogleContainerTools/distroless/issues/new"\n')
      .stub('etc/ssl/certs/ca-certificates.crt', 214_000, 0o644)
      .stub('usr/share/zoneinfo/UTC', 114, 0o644)
      .stub('usr/share/zoneinfo/tzdata.zi', 1_490_000, 0o644)
      .entries,
    compressRatio: 0.38,
    createdBy: 'bazel build @distroless//base:static_root',
    created: BAZEL,
  };
}

function distroless(user: string): CatalogImage {
  return {
    platforms: DISTROLESS_PLATFORMS,
    recipe: () => ({
      created: BAZEL,
      steps: [distrolessRoot()],
      config: { User: user, Env: [DEFAULT_PATH, 'SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt'], WorkingDir: user === '0' ? '/' : '/home/nonroot' },
    }),
  };
}

/** gcr.io/distroless/static-debian12: CA certificates, tzdata and users for static binaries; nothing to run. */
const distrolessStatic: CatalogRepo = {
  name: 'distroless/static-debian12',
  description: '',
  stars: 0,
  official: false,
  tags: { latest: 'root', nonroot: 'nonroot' },
  images: { root: distroless('0'), nonroot: distroless('65532') },
};

/** ghcr.io/containerd/busybox: the official busybox images, mirrored for containerd's tests. */
const containerdBusybox: CatalogRepo = {
  name: 'containerd/busybox',
  description: '',
  stars: 0,
  official: false,
  tags: { '1.36': '1.36', '1.37': '1.37' },
  images: { '1.36': busybox.images['1.36-glibc'], '1.37': busybox.images['1.37-glibc'] },
};

/** quay.io/prometheus/busybox: the glibc busybox the Prometheus images are built on. */
const prometheusBusybox: CatalogRepo = {
  name: 'prometheus/busybox',
  description: '',
  stars: 0,
  official: false,
  tags: { latest: 'glibc', glibc: 'glibc' },
  images: { glibc: busybox.images['1.36-glibc'] },
};

// runtime-deps: what a self-contained .NET app needs on top of Alpine (no .NET itself).
const DOTNET_CREATED = '2025-02-11T17:43:09Z';
const DOTNET_ENV = ['APP_UID=1654', 'ASPNETCORE_HTTP_PORTS=8080', 'DOTNET_RUNNING_IN_CONTAINER=true', 'DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true'];
const dotnetSteps = (platform: string): (LayerRecipe | EmptyHistory)[] => [
  ...alpineBase('3.21', platform),
  layer({
    createdBy: runText('apk add --upgrade --no-cache ca-certificates-bundle libgcc libssl3 libstdc++ zlib'),
    created: DOTNET_CREATED,
    ratio: 0.42,
    build: (t) => t.stub('usr/lib/libstdc++.so.6.0.33', scaledSize(2_580_000, platform)).stub('usr/lib/libgcc_s.so.1', scaledSize(90_000, platform)).stub('lib/libssl.so.3', scaledSize(560_000, platform)).link('usr/lib/libstdc++.so.6', 'libstdc++.so.6.0.33'),
  }),
  meta(`ENV ${DOTNET_ENV.join(' ')}`, DOTNET_CREATED),
  layer({
    createdBy: runText('addgroup --gid=$APP_UID app && adduser --uid=$APP_UID --ingroup=app --disabled-password app'),
    created: DOTNET_CREATED,
    ratio: 0.3,
    build: (t) => t.dir('home/app', 0o2755),
  }),
];
const dotnetRuntimeDeps: CatalogRepo = {
  name: 'dotnet/runtime-deps',
  description: '',
  stars: 0,
  official: false,
  tags: { '8.0-alpine': '8.0-alpine', '8.0-alpine3.21': '8.0-alpine' },
  images: {
    '8.0-alpine': {
      platforms: ['linux/amd64', 'linux/arm/v7', 'linux/arm64/v8'],
      recipe: (platform) => ({
        created: DOTNET_CREATED,
        steps: dotnetSteps(platform),
        config: { Env: [DEFAULT_PATH, ...DOTNET_ENV], Cmd: ['/bin/sh'], WorkingDir: '/' },
      }),
    },
  },
};

/** Each seeded public registry host and its repositories, by path. */
export const publicRegistryCatalogs: ReadonlyMap<string, ReadonlyMap<string, CatalogRepo>> = new Map([
  ['registry.k8s.io', new Map([[pause.name, pause]])],
  ['gcr.io', new Map([[distrolessStatic.name, distrolessStatic]])],
  ['ghcr.io', new Map([[containerdBusybox.name, containerdBusybox]])],
  ['quay.io', new Map([[prometheusBusybox.name, prometheusBusybox]])],
  ['mcr.microsoft.com', new Map([[dotnetRuntimeDeps.name, dotnetRuntimeDeps]])],
]);
