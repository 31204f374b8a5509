// The seeded public registries (ghcr.io, quay.io, gcr.io, registry.k8s.io, mcr.microsoft.com) through
// the Engine API: the real CLI and ours pull, list, inspect and run their images alike, with the hosts'
// full names (no library/ prefix); an unknown host keeps the real DNS error.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();

describe.skipIf(skip)('differential: public registries', () => {
  it('pulls and runs images from the seeded hosts like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull registry.k8s.io/pause:3.10',
      'docker pull gcr.io/distroless/static-debian12',
      'docker pull -q ghcr.io/containerd/busybox:1.36',
      'docker pull -q mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine',
      "docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}'",
      // After the listing: quay's busybox is ghcr's image under a second repository, and the real CLI
      // prints one image's repositories in Go's random map order.
      'docker pull -q quay.io/prometheus/busybox',
      "docker image inspect registry.k8s.io/pause:3.10 --format '{{.Config.User}} {{json .Config.Entrypoint}} {{.RepoTags}}'",
      "docker image inspect gcr.io/distroless/static-debian12 --format '{{.Created}} {{.Config.User}} {{.Config.Env}}'",
      'docker run --rm ghcr.io/containerd/busybox:1.36 echo hello from ghcr',
      'docker run --rm gcr.io/distroless/static-debian12',
      "docker run --rm mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine sh -c 'echo $ASPNETCORE_HTTP_PORTS'",
      'docker pull registry.k8s.io/pause:9.9',
      'docker pull nosuch.example.com/foo',
      'docker rmi registry.k8s.io/pause:3.10',
    ]);
    expect(ours).toEqual(real);
    expect(real[8].stdout).toBe('hello from ghcr\n');
    expect(real[10].stdout).toBe('8080\n');
    expect(real[12].stderr).toContain('lookup nosuch.example.com: no such host');
  });
});
