// What `docker version` and GET /version report for the simulated daemon.

/** The Engine and client versions the simulator is faithful to. */
export const DOCKER_VERSION = {
  Version: '28.2.2',
  ApiVersion: '1.50',
  MinAPIVersion: '1.24',
  GitCommit: '45873be',
  GoVersion: 'go1.24.3',
  Os: 'linux',
  Arch: 'amd64',
  KernelVersion: '6.8.0-workbook',
  BuildTime: '2025-05-30T12:07:26.000000000+00:00',
} as const;

/** The client's `docker --version` line (docker/cli 28.2.2). */
export const CLIENT_VERSION_LINE = 'Docker version 28.2.2, build e6534b4';

/** types.Version of the simulated daemon: one component, the Engine. */
export function versionDocument() {
  const v = DOCKER_VERSION;
  return {
    Platform: { Name: 'Docker Engine - Community' },
    Components: [
      {
        Name: 'Engine',
        Version: v.Version,
        Details: {
          ApiVersion: v.ApiVersion,
          Arch: v.Arch,
          BuildTime: v.BuildTime,
          Experimental: 'false',
          GitCommit: v.GitCommit,
          GoVersion: v.GoVersion,
          KernelVersion: v.KernelVersion,
          MinAPIVersion: v.MinAPIVersion,
          Os: v.Os,
        },
      },
    ],
    Version: v.Version,
    ApiVersion: v.ApiVersion,
    MinAPIVersion: v.MinAPIVersion,
    GitCommit: v.GitCommit,
    GoVersion: v.GoVersion,
    Os: v.Os,
    Arch: v.Arch,
    KernelVersion: v.KernelVersion,
    BuildTime: v.BuildTime,
  };
}

/** The buildx plugin Docker 28.2.2's packages ship, as `docker buildx version` prints it. */
export const BUILDX_VERSION_LINE = 'github.com/docker/buildx v0.24.0 d0e5e86c8b88ae4865040bc96917c338f4dd673c';

/** The BuildKit that dockerd 28.2 embeds (buildx ls's BUILDKIT column for the default builder). */
export const BUILDKIT_VERSION = 'v0.22.0';

/** What the daemon's builder can build for on an amd64 host without emulation. */
export const BUILDER_PLATFORMS = ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3', 'linux/386'];
