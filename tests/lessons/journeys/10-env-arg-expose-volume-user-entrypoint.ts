// Lesson 10: other greeters (another user, a numeric USER, JSON VOLUME, no CMD at all) and other ways
// to a named volume; wrong turns on ARG scope, USER and the volume's owner.
import { editor, heredoc, type Journey } from './journey.ts';

const build = 'docker build -t greeter:v1 greeter';

// A group and a system user, the absolute path, JSON VOLUME, ENV with quotes.
const SYSTEM_USER = [
  'ARG ALPINE_VERSION=3.21',
  'FROM alpine:${ALPINE_VERSION}',
  'ENV GREETING="Hello"',
  'RUN addgroup -S app && adduser -S -G app app && mkdir -p /data && chown app:app /data',
  'COPY --chown=app:app greet.sh /usr/local/bin/greet',
  'VOLUME ["/data"]',
  'USER app',
  'ENTRYPOINT ["/usr/local/bin/greet"]',
  'CMD ["world"]',
].join('\n') + '\n';

// A numeric user with no passwd entry, $VAR without braces, ENTRYPOINT and no CMD (greet.sh defaults to world).
const NUMERIC_USER = [
  '# syntax=docker/dockerfile:1',
  'ARG ALPINE_VERSION=3.21',
  'FROM alpine:$ALPINE_VERSION',
  'COPY greet.sh /usr/local/bin/greet',
  'RUN mkdir /data && chown 1000:1000 /data',
  'USER 1000:1000',
  'VOLUME /data',
  'ENTRYPOINT ["greet"]',
].join('\n') + '\n';

/** Journeys through lesson 10's challenges. */
export const journeys: Journey[] = [
  { checkpoint: 'greeter', name: 'a system user in a group, COPY --chown, JSON VOLUME (editor)', steps: [editor('greeter/Dockerfile', SYSTEM_USER), build], expect: 'pass' },
  { checkpoint: 'greeter', name: 'a numeric USER, ENTRYPOINT without CMD (heredoc)', steps: [...heredoc('greeter/Dockerfile', NUMERIC_USER), 'docker build --tag greeter:v1 ./greeter'], expect: 'pass' },
  {
    checkpoint: 'greeter',
    name: 'the ARG declared after FROM: it cannot pick the base',
    steps: [editor('greeter/Dockerfile', SYSTEM_USER.replace('ARG ALPINE_VERSION=3.21\nFROM alpine:${ALPINE_VERSION}', 'FROM alpine:3.21\nARG ALPINE_VERSION=3.21')), build],
    expect: /3\.20|ALPINE_VERSION|alpine-release/,
  },
  {
    checkpoint: 'greeter',
    name: 'CMD with the program and its argument: a name replaces both',
    steps: [editor('greeter/Dockerfile', SYSTEM_USER.replace('ENTRYPOINT ["/usr/local/bin/greet"]\nCMD ["world"]', 'CMD ["greet", "world"]')), build],
    expect: /program called Ada/,
  },
  {
    checkpoint: 'greeter',
    name: 'USER names a user that was never created',
    steps: [editor('greeter/Dockerfile', SYSTEM_USER.replace('RUN addgroup -S app && adduser -S -G app app && mkdir -p /data && chown app:app /data', 'RUN mkdir -p /data').replace('COPY --chown=app:app', 'COPY')), build],
    expect: /app|user/,
  },
  {
    checkpoint: 'keep-data',
    name: 'the volume created first, the greeter named Ada',
    steps: [editor('greeter/Dockerfile', SYSTEM_USER), build, 'docker volume create greeter-data', 'docker run --rm -v greeter-data:/data greeter:v1 Ada'],
    expect: 'pass',
  },
  {
    checkpoint: 'keep-data',
    name: 'a numeric user, a container kept and run twice',
    steps: [...heredoc('greeter/Dockerfile', NUMERIC_USER), build, 'docker run --name g1 -v greeter-data:/data greeter:v1', 'docker start -a g1'],
    expect: 'pass',
  },
  {
    checkpoint: 'keep-data',
    name: 'a bind mount of a host folder instead of a named volume',
    steps: [editor('greeter/Dockerfile', SYSTEM_USER), build, 'mkdir -p data', 'docker run --rm -v "$HOME/data:/data" greeter:v1'],
    expect: /no volume named greeter-data/,
  },
  {
    checkpoint: 'keep-data',
    name: '/data left to root, the named volume mounted anyway',
    steps: [editor('greeter/Dockerfile', SYSTEM_USER.replace(' && chown app:app /data', '')), build, 'docker run --rm -v greeter-data:/data greeter:v1'],
    expect: /belongs to UID 0/,
  },
];
