// Lesson 12: other two- and three-stage reports (WORKDIR and relative paths, a shared base stage, ENV
// written with quotes or in the legacy form), and wrong turns on what ships from which stage.
import { editor, heredoc, type Journey } from './journey.ts';

const v3 = 'docker build -t report:v3 report';

const TWO_STAGES_WORKDIR = `FROM alpine:3.21 AS build
ENV BUILD_MODE="release"
WORKDIR /app
RUN apk add --no-cache build-base
COPY src ./src
RUN sh src/build.sh

FROM alpine:3.21
RUN apk add --no-cache curl
COPY --from=build /usr/local/bin/report /usr/local/bin/
ENTRYPOINT ["report"]
`;

const SHARED_BASE = `# syntax=docker/dockerfile:1
FROM alpine:3.21 AS base
COPY packages.txt /tmp/packages.txt
RUN xargs apk add --no-cache < /tmp/packages.txt

FROM base AS build
ENV BUILD_MODE release
RUN apk add --no-cache build-base
COPY src /app/src
RUN sh /app/src/build.sh

FROM base AS final
COPY --from=build /usr/local/bin/report /usr/local/bin/report
CMD ["report"]
`;

/** Journeys through lesson 12's challenge. */
export const journeys: Journey[] = [
  { checkpoint: 'report-slim', name: 'WORKDIR and relative paths, ENV value in quotes, curl by name, ENTRYPOINT (editor)', steps: [editor('report/Dockerfile', TWO_STAGES_WORKDIR), v3], expect: 'pass' },
  { checkpoint: 'report-slim', name: 'three stages from a shared base, legacy ENV form, a named final stage (heredoc, -f)', steps: [...heredoc('report/Dockerfile', SHARED_BASE), 'docker build -f report/Dockerfile -t report:v3 report/'], expect: 'pass' },
  {
    checkpoint: 'report-slim',
    name: 'BUILD_MODE set in the final stage too',
    steps: [editor('report/Dockerfile', TWO_STAGES_WORKDIR.replace('FROM alpine:3.21\nRUN', 'FROM alpine:3.21\nENV BUILD_MODE=release\nRUN')), v3],
    expect: /BUILD_MODE in its environment/,
  },
  {
    checkpoint: 'report-slim',
    name: 'the final stage built FROM the build stage: the toolchain ships',
    steps: [editor('report/Dockerfile', TWO_STAGES_WORKDIR.replace('FROM alpine:3.21\nRUN apk add --no-cache curl', 'FROM build\nRUN apk add --no-cache curl')), v3],
    expect: /gcc|build-base|50|BUILD_MODE/,
  },
  {
    checkpoint: 'report-slim',
    name: 'the sources copied before the toolchain install',
    steps: [editor('report/Dockerfile', TWO_STAGES_WORKDIR.replace('RUN apk add --no-cache build-base\nCOPY src ./src', 'COPY src ./src\nRUN apk add --no-cache build-base')), v3],
    expect: /build-base.*runs again|runs again instead of coming from the cache/,
  },
  {
    checkpoint: 'report-slim',
    name: 'the build stage not named build',
    steps: [editor('report/Dockerfile', TWO_STAGES_WORKDIR.replace('AS build', 'AS builder').replace('--from=build', '--from=builder')), v3],
    expect: /build/,
  },
];
