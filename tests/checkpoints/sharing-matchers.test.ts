// Matchers for multi-stage builds, sharing and serving: noBuildTools, builtImageMatches, pushedToRegistry,
// pinnedFrom, loggedIn, portServes and the per-stream containerLogsContain — each passes on the right
// state and says why not otherwise, reading state only (no probe request, no image kept).
import { describe, expect, it } from 'vitest';
import { verdicts } from './verdicts.ts';

const ws = (files: Record<string, string>) => Object.entries(files).map(([path, content]) => ({ path, content }));

describe('noBuildTools and builtImageMatches', () => {
  const files = ws({
    'r/Dockerfile': 'FROM alpine:3.21 AS build\nRUN apk add --no-cache build-base\nRUN echo built > /out\nFROM alpine:3.21\nCOPY --from=build /out /out\n',
    'r/Fat': 'FROM alpine:3.21\nRUN apk add --no-cache build-base\n',
  });
  it('finds a toolchain on the PATH or in the package database, and grades a --target build it never keeps', async () => {
    const script = ['docker build -q -t slim:1 r', 'docker build -q -t fat:1 -f r/Fat r'];
    expect(
      await verdicts(script, [
        { matcher: 'noBuildTools', params: { ref: 'slim:1' } },
        { matcher: 'noBuildTools', params: { ref: 'fat:1' } },
        { matcher: 'builtImageMatches', params: { build: { path: 'r/Dockerfile', target: 'build' }, check: { matcher: 'imageFileContains', params: { path: '/usr/bin/gcc' } } } },
        { matcher: 'builtImageMatches', params: { build: { path: 'r/Dockerfile' }, check: { matcher: 'imageFileContains', params: { path: '/usr/bin/gcc' } } } },
      ], files),
    ).toEqual(['pass', 'fat:1 still has /usr/bin/gcc: the toolchain came along into the final image.', 'pass', expect.stringMatching(/^What docker build builds: .*usr\/bin\/gcc/)]);
  });
});

describe('pushedToRegistry, pinnedFrom and loggedIn', () => {
  it('reads a registry:2 container behind localhost:5000 and the Hub, and the pin in a Dockerfile', async () => {
    const script = [
      'docker run -d -p 5000:5000 --name registry registry:2',
      'docker pull -q alpine:3.21',
      'docker tag alpine:3.21 localhost:5000/base/alpine:1.0',
      'docker push localhost:5000/base/alpine:1.0',
      'echo "FROM localhost:5000/base/alpine@$(docker inspect -f \'{{index .RepoDigests 1}}\' alpine:3.21 | cut -d@ -f2)" > pinned/Dockerfile',
      "echo 'secret-pw' | docker login -u learner1 --password-stdin",
      'docker tag alpine:3.21 learner1/alpine:1.0',
      'docker push learner1/alpine:1.0',
    ];
    const files = ws({ 'pinned/.keep': '', 'tagged/Dockerfile': 'FROM localhost:5000/base/alpine:1.0\n' });
    expect(
      await verdicts(script, [
        { matcher: 'pushedToRegistry', params: { ref: 'localhost:5000/base/alpine:1.0', sameAs: 'alpine:3.21' } },
        { matcher: 'pushedToRegistry', params: { ref: 'localhost:5000/base/alpine:2.0' } },
        { matcher: 'pushedToRegistry', params: { ref: 'localhost:5001/base/alpine:1.0' } },
        { matcher: 'pushedToRegistry', params: { ref: '{user}/alpine:1.0', sameAs: 'alpine:3.21' } },
        { matcher: 'pinnedFrom', params: { path: 'pinned/Dockerfile', resolvesTo: 'localhost:5000/base/alpine:1.0' } },
        { matcher: 'pinnedFrom', params: { path: 'tagged/Dockerfile' } },
        { matcher: 'loggedIn', params: { registry: 'docker.io', user: 'learner1' } },
        { matcher: 'loggedIn', params: { registry: 'docker.io', expect: false } },
      ], files),
    ).toEqual([
      'pass',
      'the registry at localhost:5000 has no localhost:5000/base/alpine:2.0 yet.',
      'Nothing serves a registry at localhost:5001: run one with its port published.',
      'pass',
      'pass',
      'FROM localhost:5000/base/alpine:1.0 in ~/tagged/Dockerfile is not pinned: a tag can be moved by its publisher; a digest (@sha256:…) cannot.',
      'pass',
      'You are still logged in to Docker Hub as learner1: ~/.docker/config.json holds the credentials under https://index.docker.io/v1/, which only docker logout with no server removes.',
    ]);
  });
});

describe('portServes and containerLogsContain by stream', () => {
  it('follows a published port to a listening program, without sending it a request', async () => {
    const script = ['docker run -d -p 9090:5000 --name reg registry:2', 'docker run -d -p 8080:80 --name web nginx:alpine', 'docker run -d -p 8083:80 -p 8084:80 --name both nginx:alpine', 'docker run -d -p 8081:8081 --name wrong nginx:alpine', 'docker run -d --name talk alpine:3.21 sh -c "echo out; echo err >&2; sleep 100"'];
    expect(
      await verdicts(script, [
        { matcher: 'portServes', params: { port: 8080, ancestor: 'nginx:alpine' } },
        { matcher: 'portServes', params: { port: 8081 } },
        { matcher: 'portServes', params: { port: 8082 } },
        { matcher: 'portServes', params: { port: 8080, ancestor: 'alpine:3.21' } },
        { matcher: 'portServes', params: { port: 9090, ancestor: 'nginx:alpine' } },
        { matcher: 'portServes', params: { port: 8084, apartFrom: 8083 } },
        { matcher: 'portServes', params: { port: 8080, apartFrom: 8083 } },
        { matcher: 'not', params: { check: { matcher: 'containerLogsContain', params: { name: 'web', pattern: 'GET /', describe: 'a request' } }, why: 'a probe request was logged' } },
        { matcher: 'containerLogsContain', params: { name: 'talk', pattern: '^err$', describe: 'err', stream: 'stderr' } },
        { matcher: 'containerLogsContain', params: { name: 'talk', pattern: '^err$', describe: 'err', stream: 'stdout' } },
      ]),
    ).toEqual([
      'pass',
      'Port 8081 is published to port 8081 of wrong, but nothing listens there: check which port the program inside uses.',
      'Nothing is published on port 8082 of this machine yet.',
      // nginx:alpine is built FROM alpine:3.21, so its containers count, as docker ps --filter ancestor has it.
      'pass',
      'Port 9090 goes to reg, which runs registry:2, not nginx:alpine.',
      'Ports 8084 and 8083 both go to both: each port needs a container of its own.',
      'pass',
      'pass',
      'pass',
      'The logs of talk do not show err on stdout yet (see docker logs 2>/dev/null).',
    ]);
  });
});
