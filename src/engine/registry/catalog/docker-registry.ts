// registry: the Distribution registry 2.8.3 (2, 2.8, latest) on alpine, as the official image builds it:
// ca-certificates, the release binary in /bin, the example config and the entrypoint that runs `registry serve`.
import type { CatalogRepo, EmptyHistory, LayerRecipe } from './types.ts';
import { alpineBase, alpinePlatforms } from './alpine.ts';
import { sizedLayer } from './buildpack-deps.ts';
import { copyText, redated } from './image-kit.ts';
import { scaledSize } from './files.ts';
import { DEFAULT_PATH, cmd, entrypoint, expose, keySet, layer, perPlatform, runText, volume } from './steps.ts';
import { libraryTags, versionAliases } from './tag-aliases.ts';

// The image is built with SOURCE_DATE_EPOCH set to the 2.8.3 release commit, so every history line has it.
const CREATED = '2023-10-02T18:42:41Z';
// The 2.8.3 image is built FROM alpine:3.18 (its rootfs layer is alpine:3.18's, byte for byte).
const ALPINE = '3.18';

/** /etc/docker/registry/config.yml: filesystem storage under /var/lib/registry, HTTP on :5000. */
export const REGISTRY_CONFIG = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`;

/** /entrypoint.sh: a config path (the default CMD) becomes `registry serve <path>`; subcommands go to `registry`. */
export const REGISTRY_ENTRYPOINT = `#!/bin/sh

set -e

case "$1" in
    *.yaml|*.yml) set -- registry serve "$@" ;;
    serve|garbage-collect|help|-*) set -- registry "$@" ;;
esac

exec "$@"
`;

const DOWNLOAD = runText('set -eux; \tversion=\'2.8.3\'; \tapkArch="$(apk --print-arch)"; \tcase "$apkArch" in \t\tx86_64)  arch=\'amd64\';   sha256=\'b1f750ecbe09f38e2143e22c61a25e3da2afe1510d9522859230b480e642ceff\' ;; \t\taarch64) arch=\'arm64\';   sha256=\'7d2252eeeac97dd60fb9b36bebd15b95d7f947c4c82b8e0824cb55233ece9cd0\' ;; \t\tarmhf)   arch=\'armv6\';   sha256=\'b00606466f976b6757268f1e7691918cbeca4af6fd4093a114b9186744ee8ef0\' ;; \t\tarmv7)   arch=\'armv7\';   sha256=\'d3d7d958a7cc04159d43871261b1ed470ba72531d345fada311068962b967517\' ;; \t\tppc64le) arch=\'ppc64le\'; sha256=\'9003659e5571bee89ee6d686057d02e9c0896d327276f268189922036e1ca84b\' ;; \t\ts390x)   arch=\'s390x\';   sha256=\'2c1347c73f881c320ff707055aecf649a888df39252e8bdc4fdfac7f59a383f1\' ;; \t\t*) echo >&2 "error: unsupported architecture: $apkArch"; exit 1 ;; \tesac; \twget -O registry.tar.gz "https://github.com/distribution/distribution/releases/download/v${version}/registry_${version}_linux_${arch}.tar.gz"; \techo "$sha256 *registry.tar.gz" | sha256sum -c -; \ttar --extract --verbose --file registry.tar.gz --directory /bin/ registry; \trm registry.tar.gz; \tregistry --version');

const CONFIG_LAYER = copyText('COPY ./config-example.yml /etc/docker/registry/config.yml # buildkit', CREATED, 'etc/docker/registry/config.yml', REGISTRY_CONFIG, 0o644);
const ENTRYPOINT_LAYER = copyText('COPY docker-entrypoint.sh /entrypoint.sh # buildkit', CREATED, 'entrypoint.sh', REGISTRY_ENTRYPOINT);

const steps = perPlatform((platform): (LayerRecipe | EmptyHistory)[] => [
  ...redated(alpineBase(ALPINE, platform), CREATED),
  sizedLayer({ createdBy: runText('apk add --no-cache ca-certificates'), created: CREATED, bytes: 682_000, ratio: 0.43, platform, build: (t) => t.stub('etc/ssl/certs/ca-certificates.crt', 221_000, 0o644), bulk: [['usr/share/ca-certificates/mozilla/bundle.crt', 3], ['lib/apk/db/installed', 1]] }),
  layer({ createdBy: DOWNLOAD, created: CREATED, ratio: 0.37, build: (t) => t.stub('bin/registry', scaledSize(17_330_000, platform)) }),
  CONFIG_LAYER,
  volume('/var/lib/registry'),
  expose('5000'),
  ENTRYPOINT_LAYER,
  entrypoint(['/entrypoint.sh']),
  cmd(['/etc/docker/registry/config.yml']),
]);

/** The official registry repository: 2, 2.8, 2.8.3 and latest are one image. */
export const registry: CatalogRepo = {
  name: 'library/registry',
  description: 'Distribution implementation for storing and distributing of container images and artifacts',
  stars: 4127,
  official: true,
  tags: libraryTags([{ image: '2.8.3', versions: versionAliases('2.8.3', '2', 'latest'), variants: [''] }]),
  images: {
    '2.8.3': {
      platforms: alpinePlatforms(ALPINE).filter((p) => p !== 'linux/386'),
      recipe: (platform) => ({
        created: CREATED,
        steps: steps(platform),
        config: { Env: [DEFAULT_PATH], Entrypoint: ['/entrypoint.sh'], Cmd: ['/etc/docker/registry/config.yml'], ExposedPorts: keySet('5000/tcp'), Volumes: keySet('/var/lib/registry'), WorkingDir: '/' },
      }),
    },
  },
};
