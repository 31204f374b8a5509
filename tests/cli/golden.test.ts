// What each docker command prints, against a fake Engine API holding fixed answers: one golden file per
// case under tests/golden/<command>/<case>.txt (refresh with UPDATE_GOLDEN=1 and review the diff).
import { describe, it } from 'vitest';
import { NoSuchContainer, versionDocument, type ContainerSummary, type EngineApi, type ImageSummary } from '../../src/engine/index.ts';
import { expectGolden } from '../support/golden.ts';
import { fakeEngine, runDocker, transcript } from '../support/fake-engine.ts';

// The machine's clock: 2026-01-01T00:00:00Z.
const NOW = Date.UTC(2026, 0, 1);
const DAY = 24 * 3600;
const ALPINE = 'sha256:8d591b0b7dea080ea3be9e12ae563eebf9869168ffced1cb25b2470a3d9fe15e';
const NGINX = 'sha256:4e1b6bae1e48bbd0e8bb1f7efb9e5f1f7d48b6b7bb0c5f2c0ab1ba46b3d3a7f2';

const images: ImageSummary[] = [
  { Id: NGINX, ParentId: '', RepoTags: ['nginx:alpine'], RepoDigests: [], Created: NOW / 1000 - 3 * DAY, Size: 52_400_000, SharedSize: -1, Labels: {}, Containers: -1 },
  { Id: ALPINE, ParentId: '', RepoTags: ['alpine:3.21', 'alpine:latest'], RepoDigests: [], Created: NOW / 1000 - 60 * DAY, Size: 8_300_000, SharedSize: -1, Labels: {}, Containers: -1 },
];

const web: ContainerSummary = {
  Id: 'f2a9c1d0e3b4a5968778695a4b3c2d1e0f9e8d7c6b5a49382716051f2e3d4c5b',
  Names: ['/web'],
  Image: 'nginx:alpine',
  ImageID: NGINX,
  Command: "/docker-entrypoint.sh nginx -g 'daemon off;'",
  Created: NOW / 1000 - 7200,
  Ports: [{ IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' }],
  Labels: {},
  State: 'running',
  Status: 'Up 2 hours',
  HostConfig: { NetworkMode: 'bridge' },
  NetworkSettings: { Networks: {} },
  Mounts: [],
};
const job: ContainerSummary = { ...web, Id: '0b1c2d3e4f5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0', Names: ['/job'], Image: 'alpine', ImageID: ALPINE, Command: 'echo hi', Ports: [], State: 'exited', Status: 'Exited (0) 5 minutes ago' };

const fakes: Partial<EngineApi> = {
  imageList: () => images,
  containerList: (options) => (options?.all ? [web, job] : [web]),
  imageHistory: () => [
    { Id: ALPINE, Created: NOW / 1000 - 60 * DAY, CreatedBy: 'CMD ["/bin/sh"]', Tags: ['alpine:latest'], Size: 0, Comment: 'buildkit.dockerfile.v0' },
    { Id: '<missing>', Created: NOW / 1000 - 60 * DAY, CreatedBy: 'ADD alpine-minirootfs-3.21.3-x86_64.tar.gz / # buildkit', Tags: null, Size: 8_300_000, Comment: 'buildkit.dockerfile.v0' },
  ],
  volumeList: () => [{ Name: 'data', Driver: 'local', Mountpoint: '/var/lib/docker/volumes/data/_data', CreatedAt: '2025-12-31T22:00:00Z', Labels: null, Scope: 'local', Options: null }],
  containerChanges: () => [
    { Kind: 0, Path: '/etc' },
    { Kind: 2, Path: '/etc/motd' },
    { Kind: 1, Path: '/x' },
  ],
  containerLogs: () => {
    let done = false;
    return {
      tty: false,
      read: () => {
        const chunks = done ? [] : [{ stream: 'stdout' as const, at: NOW - 1000, text: 'hello\nworld\n' }, { stream: 'stderr' as const, at: NOW, text: 'oops\n' }];
        done = true;
        return { chunks, running: false };
      },
    };
  },
  imageDelete: () => [{ Untagged: 'alpine:latest' }, { Untagged: 'alpine@sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c' }, { Deleted: ALPINE }],
  containerRemove: async (ref) => {
    throw new NoSuchContainer(ref);
  },
  systemVersion: () => versionDocument(),
  imageSearch: () => [
    { name: 'nginx', description: 'Official build of Nginx.', is_official: true, is_automated: false, star_count: 20_000 },
    { name: 'bitnami/nginx', description: 'Bitnami container image for NGINX', is_official: false, is_automated: false, star_count: 190 },
  ],
};

const cases: Record<string, Record<string, string[]>> = {
  images: { default: ['images'], quiet: ['images', '-q'], format: ['images', '--format', '{{.Repository}}:{{.Tag}} {{.Size}}'], 'no-trunc': ['images', '--no-trunc'] },
  ps: { default: ['ps'], all: ['ps', '-a'], quiet: ['ps', '-aq'], format: ['ps', '-a', '--format', '{{.Names}}\t{{.Status}}'] },
  history: { default: ['history', 'alpine'], quiet: ['history', '-q', 'alpine'] },
  volume: { ls: ['volume', 'ls'] },
  diff: { default: ['diff', 'web'] },
  logs: { default: ['logs', 'job'], timestamps: ['logs', '-t', 'job'] },
  rmi: { default: ['rmi', 'alpine'] },
  rm: { missing: ['rm', 'ghost'] },
  version: { format: ['version', '--format', '{{.Server.Version}} {{.Client.APIVersion}}'] },
  search: { default: ['search', 'nginx'] },
  tag: { 'invalid-target': ['tag', 'alpine', 'Foo'] },
};

describe('docker output (golden files, fake engine)', () => {
  for (const [command, byCase] of Object.entries(cases)) {
    for (const [name, argv] of Object.entries(byCase)) {
      it(`${command}/${name}`, async () => {
        const run = await runDocker(fakeEngine(fakes), argv, NOW);
        expectGolden(`tests/golden/${command}/${name}.txt`, transcript(argv, run));
      });
    }
  }
});
