// hello-world: one tiny static binary whose output the containers engine prints when it runs.
import type { CatalogRepo } from './types.ts';
import { TreeBuilder, epoch } from './files.ts';

const CREATED = '2025-08-13T22:17:52Z';
const PLATFORMS = ['linux/amd64', 'linux/arm/v5', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/mips64le', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'];

/** The official hello-world repository. */
export const helloWorld: CatalogRepo = {
  name: 'library/hello-world',
  description: 'Hello World! (an example of minimal Dockerization)',
  stars: 2351,
  official: true,
  tags: { latest: 'latest', linux: 'latest' },
  images: {
    latest: {
      platforms: PLATFORMS,
      recipe: () => ({
        created: CREATED,
        steps: [
          { files: new TreeBuilder(epoch(CREATED)).stub('hello', 10_072).entries, compressRatio: 0.35, createdBy: 'COPY hello / # buildkit', comment: 'buildkit.dockerfile.v0' },
          { createdBy: 'CMD ["/hello"]', comment: 'buildkit.dockerfile.v0' },
        ],
        config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/hello'], WorkingDir: '/' },
      }),
    },
  },
};
