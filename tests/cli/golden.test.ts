// What each docker command prints, against a fake Engine API holding fixed answers (tests/cli/fixtures/):
// one golden file per case under tests/golden/<command>/<case>.txt (refresh with UPDATE_GOLDEN=1 and
// review the diff). The machine's clock is fixed, so the files are the same on any day, in any zone.
import { describe, it } from 'vitest';
import { expectGolden } from '../support/golden.ts';
import { runDocker, transcript, type DockerMachine } from '../support/fake-engine.ts';
import { goldenEngine } from './fixtures/engine.ts';
import { NOW } from './fixtures/images.ts';

const workspace: DockerMachine = {
  files: {
    Dockerfile: 'FROM alpine:3.21\nCOPY app.txt /app/\nENV MODE=prod\nCMD cat /app/app.txt\n',
    'Dockerfile.fail': 'FROM alpine:3.21\nRUN echo building && exit 3\n',
    'app.txt': 'hi\n',
    'alpine.tar': 'a docker-archive',
    'empty.tar': '',
    'ctx/.keep': '',
  },
};

const cases: Record<string, Record<string, string[]>> = {
  images: { default: ['images'], quiet: ['images', '-q'], format: ['images', '--format', '{{.Repository}}:{{.Tag}} {{.Size}}'], 'no-trunc': ['images', '--no-trunc'] },
  ps: { default: ['ps'], all: ['ps', '-a'], quiet: ['ps', '-aq'], format: ['ps', '-a', '--format', '{{.Names}}\t{{.Status}}'] },
  history: { default: ['history', 'alpine'], quiet: ['history', '-q', 'alpine'] },
  volume: { ls: ['volume', 'ls'], 'ls-format': ['volume', 'ls', '--format', '{{.Name}} on {{.Driver}}'] },
  diff: { default: ['diff', 'web'] },
  logs: { default: ['logs', 'job'], timestamps: ['logs', '-t', 'job'] },
  rmi: { default: ['rmi', 'alpine'] },
  rm: { missing: ['rm', 'ghost'] },
  version: { format: ['version', '--format', '{{.Server.Version}} {{.Client.APIVersion}}'] },
  search: { default: ['search', 'nginx'] },
  tag: { 'invalid-target': ['tag', 'alpine', 'Foo'] },
  pull: {
    default: ['pull', 'alpine'], quiet: ['pull', '-q', 'alpine'], denied: ['pull', 'ghost'],
    'all-tags-with-tag': ['pull', '-a', 'alpine:3.21'], 'invalid-reference': ['pull', 'Alpine'],
  },
  push: { default: ['push', 'learner1/app:v1'], quiet: ['push', '-q', 'learner1/app:v1'], denied: ['push', 'otheruser/app'], 'quiet-denied': ['push', '-q', 'otheruser/app'] },
  load: { input: ['load', '-i', 'alpine.tar'], 'missing-file': ['load', '-i', 'nope.tar'], 'is-directory': ['load', '-i', 'ctx'], empty: ['load', '-i', 'empty.tar'] },
  run: {
    detached: ['run', '-d', '--name', 'web2', '-p', '8081:80', 'nginx:alpine'], attached: ['run', '--rm', 'alpine', 'echo', 'hello'],
    'pulls-first': ['run', '--pull', 'always', 'alpine'], 'missing-image': ['run', 'ghost'], 'bad-publish': ['run', '-p', '1:2:3:4', 'alpine'],
    'no-image': ['run'],
  },
  build: {
    default: ['build', '-t', 'app', '.'], quiet: ['build', '-q', '.'], failed: ['build', '-f', 'Dockerfile.fail', '.'],
    'invalid-tag': ['build', '-t', 'App', '.'], 'missing-context': ['build', 'nope'], 'bad-progress': ['build', '--progress', 'fancy', '.'],
  },
  inspect: {
    image: ['image', 'inspect', 'alpine'], 'image-format': ['inspect', '-f', '{{.Config.Cmd}} {{json .RootFS}}', 'alpine'],
    container: ['container', 'inspect', 'web'], 'container-format': ['inspect', '-f', '{{.State.Status}} {{.NetworkSettings.IPAddress}}', 'web'],
    missing: ['inspect', 'ghost'], 'bad-template': ['inspect', '-f', '{{.Nope', 'web'],
  },
  info: { default: ['info'], format: ['info', '--format', '{{.ServerVersion}} {{.Containers}} {{.Images}}'] },
  port: { all: ['port', 'web'], one: ['port', 'web', '80'], 'not-published': ['port', 'web', '81/udp'], 'no-container': ['port', 'ghost'] },
};

describe('docker output (golden files, fake engine)', () => {
  for (const [command, byCase] of Object.entries(cases)) {
    for (const [name, argv] of Object.entries(byCase)) {
      it(`${command}/${name}`, async () => {
        const run = await runDocker(goldenEngine(), argv, NOW, workspace);
        expectGolden(`tests/golden/${command}/${name}.txt`, transcript(argv, run));
      });
    }
  }
});
