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

const pyapp = ['docker build -t pyapp:v1 seedfix', 'docker run -d -p 8000:8000 --name pyapp pyapp:v1'];

const SEED_SYSTEM = `FROM python:3.12.9-alpine AS builder
RUN pip install --no-cache-dir pipenv
WORKDIR /app
COPY Pipfile Pipfile.lock ./
RUN pipenv install --deploy --system

FROM python:3.12.9-alpine
COPY --from=builder /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages
WORKDIR /app
COPY app.py .
EXPOSE 8000
CMD ["python", "app.py"]
`;

const SEED_VENV_ON_PATH = `FROM python:3.12.9-alpine AS builder
RUN pip install pipenv
ENV PIPENV_VENV_IN_PROJECT=1
WORKDIR /app
COPY Pipfile Pipfile.lock /app/
RUN pipenv sync

FROM python:3.12.9-alpine
WORKDIR /app
COPY --from=builder /app/.venv/ /app/.venv/
ENV PATH=/app/.venv/bin:$PATH
COPY app.py /app/
CMD ["python", "app.py"]
`;

// pipenv's default place: ~/.local/share/virtualenvs/<project>-<hash of /app/Pipfile>, as pipenv --venv prints it.
const SEED_DEFAULT_VENV = `FROM python:3.12.9-alpine AS builder
RUN pip install pipenv
WORKDIR /app
COPY Pipfile Pipfile.lock ./
RUN pipenv install --deploy && pipenv --venv

FROM python:3.12.9-alpine
WORKDIR /app
COPY --from=builder /root/.local/share/virtualenvs/app-4PlAip0Q /root/.local/share/virtualenvs/app-4PlAip0Q
COPY app.py ./
CMD ["/root/.local/share/virtualenvs/app-4PlAip0Q/bin/python", "app.py"]
`;

/** Journeys through lesson 12's challenges. */
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
  { checkpoint: 'fix-the-seed', name: 'pipenv install --deploy --system in the builder, site-packages copied (editor)', steps: [editor('seedfix/Dockerfile', SEED_SYSTEM), ...pyapp], expect: 'pass' },
  { checkpoint: 'fix-the-seed', name: 'an in-project environment put first on PATH, pipenv sync (heredoc)', steps: [...heredoc('seedfix/Dockerfile', SEED_VENV_ON_PATH), ...pyapp], expect: 'pass' },
  { checkpoint: 'fix-the-seed', name: "the environment copied from pipenv's default place under ~/.local/share/virtualenvs", steps: [editor('seedfix/Dockerfile', SEED_DEFAULT_VENV), ...pyapp], expect: 'pass' },
  {
    checkpoint: 'fix-the-seed',
    name: 'the final stage on the full Debian python image',
    steps: [editor('seedfix/Dockerfile', SEED_SYSTEM.replace('\n\nFROM python:3.12.9-alpine\n', '\n\nFROM python:3.12.9\n')), ...pyapp],
    expect: /gcc|build-essential|at most 75MB/,
  },
  {
    checkpoint: 'fix-the-seed',
    name: 'the app published on another host port',
    steps: [editor('seedfix/Dockerfile', SEED_SYSTEM), 'docker build -t pyapp:v1 seedfix', 'docker run -d -p 8080:8000 pyapp:v1'],
    expect: /Nothing is published on port 8000/,
  },
];
