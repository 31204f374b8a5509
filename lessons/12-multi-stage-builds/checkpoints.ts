// Lesson 12's checkpoints: read the sources' broken multi-stage example, look inside a build stage with
// --target, then a challenge graded by the final image, a throwaway build of the build stage, and the cache.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

/** What the learner must reach in lesson 12, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('12-multi-stage-builds', {
  checkpoints: [
    {
      id: 'predict-seed',
      title: 'Predict what stops the sources\' example, then try to build it',
      kind: 'predict',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/seed.txt', before: '^docker (image )?build\\b.*seedfix' } },
        { matcher: 'not', params: { check: { matcher: 'dockerfileBuilds', params: { path: 'seedfix/Dockerfile' } }, why: '~/seedfix/Dockerfile builds: it should not, as the sources wrote it.' } },
      ],
      hints: [
        'Write your guess into predictions/seed.txt before you build anything.',
        'Read the Dockerfile line by line: which tools does each stage assume, and what does COPY do with ~?',
        'echo "<what you expect to fail>" > predictions/seed.txt, then docker build -t <name> <context>',
      ],
      solution: "echo 'pipenv is missing, and COPY does not expand ~' > predictions/seed.txt\ndocker build -t seed seedfix",
    },
    {
      id: 'look-inside-build',
      title: 'report:builder is the build stage of ~/report/Dockerfile.stages, with gcc in it',
      kind: 'guided',
      checks: [
        { matcher: 'matchesBuild', params: { ref: 'report:builder', path: 'report/Dockerfile.stages', context: 'report', target: 'build' } },
        { matcher: 'imageFileContains', params: { ref: 'report:builder', path: '/usr/bin/gcc' } },
      ],
      hints: [
        'A multi-stage Dockerfile can be built only up to one of its stages.',
        '--target NAME stops after the stage named NAME and makes it the image; -f picks the Dockerfile.',
        'docker build --target <stage> -t <name:tag> -f <file> <context>',
      ],
      solution: 'docker build -q --target build -t report:builder -f report/Dockerfile.stages report',
    },
    {
      id: 'report-slim',
      title: 'report:v3 is built in two stages and ships without its toolchain',
      kind: 'challenge',
      checks: [
        { matcher: 'stageCount', params: { path: 'report/Dockerfile', min: 2 } },
        // Graded on the stage's environment, so ENV BUILD_MODE="release" and the legacy ENV BUILD_MODE release count too.
        { matcher: 'builtImageMatches', params: { build: { path: 'report/Dockerfile', target: 'build' }, check: { matcher: 'imageConfigHas', params: { field: 'Env', contains: 'BUILD_MODE=release' } } } },
        { matcher: 'matchesBuild', params: { ref: 'report:v3', path: 'report/Dockerfile' } },
        { matcher: 'imageSizeAtMost', params: { ref: 'report:v3', bytes: 50_000_000 } },
        { matcher: 'noBuildTools', params: { ref: 'report:v3' } },
        { matcher: 'imageRunPrints', params: { ref: 'report:v3', pattern: '^== report ==$' } },
        { matcher: 'not', params: { check: { matcher: 'imageConfigHas', params: { ref: 'report:v3', field: 'Env', contains: 'BUILD_MODE' } }, why: 'report:v3 still has BUILD_MODE in its environment: set it only in the build stage.' } },
        { matcher: 'dockerfileCachesAfterChange', params: { path: 'report/Dockerfile', file: 'src/report.sh', keepCached: 'build-base' } },
        { matcher: 'builtImageMatches', params: { build: { path: 'report/Dockerfile', target: 'build' }, check: { matcher: 'imageFileContains', params: { path: '/usr/bin/gcc' } } } },
      ],
      hints: [
        'Start from Dockerfile.stages: it has the shape, but not everything this challenge asks for.',
        'Only the final stage ships: its files and its configuration. Everything a stage needs only while building belongs in the named build stage, installed before the sources are copied.',
        'FROM <base> AS build, ENV <name>=<value>, RUN <install the toolchain>, COPY <sources>, RUN <build>; then FROM <base> with the runtime packages and COPY --from=build <the tool> <where it goes>',
      ],
      solution:
        "printf 'FROM alpine:3.21 AS build\\nENV BUILD_MODE=release\\nRUN apk add --no-cache build-base\\nCOPY src /app/src\\nRUN sh /app/src/build.sh\\n\\nFROM alpine:3.21\\nCOPY packages.txt /app/packages.txt\\nRUN xargs apk add --no-cache < /app/packages.txt\\nCOPY --from=build /usr/local/bin/report /usr/local/bin/report\\nCMD [\"report\"]\\n' > report/Dockerfile\ndocker build -t report:v3 report",
    },
    {
      id: 'fix-the-seed',
      title: "pyapp:v1 is the sources' pipenv example, repaired: two pinned stages, no compiler, small, and serving on port 8000",
      kind: 'challenge',
      checks: [
        { matcher: 'not', params: { check: { matcher: 'dockerfileHas', params: { path: 'seedfix/Dockerfile', instruction: 'COPY', stage: 'all', matches: '~' } }, why: 'A COPY in ~/seedfix/Dockerfile still names a path with ~: COPY does not expand ~ (no shell runs it), so write the absolute path.' } },
        { matcher: 'stageCount', params: { path: 'seedfix/Dockerfile', min: 2 } },
        { matcher: 'pinnedFrom', params: { path: 'seedfix/Dockerfile', stage: 'all', pin: 'version' } },
        { matcher: 'dockerfileBuilds', params: { path: 'seedfix/Dockerfile' } },
        { matcher: 'matchesBuild', params: { ref: 'pyapp:v1', path: 'seedfix/Dockerfile' } },
        { matcher: 'noBuildTools', params: { ref: 'pyapp:v1' } },
        // python:3.12.9-alpine is 56.1 MB and its environment with pip and Flask adds about 13 MB; pipenv itself
        // (with virtualenv and setuptools) would add 26 MB more, and a Debian-based final stage far more.
        { matcher: 'imageSizeAtMost', params: { ref: 'pyapp:v1', bytes: 75_000_000 } },
        { matcher: 'portServes', params: { port: 8000, ancestor: 'pyapp:v1' } },
      ],
      hints: [
        "Fix one problem at a time and rebuild: the notes under the sources' example list each one, and the build's errors point at the next.",
        'The build stage installs pipenv and keeps the environment where you can name it (a WORKDIR and PIPENV_VENV_IN_PROJECT=1); the final stage starts from the same Alpine Python, copies only that environment and app.py by absolute paths, and says how to start the app.',
        "FROM <python, full version, alpine> AS builder, RUN pip install pipenv, WORKDIR /app, COPY <the two Pipfiles>, ENV PIPENV_VENV_IN_PROJECT=1, RUN pipenv install --deploy; then FROM <the same base>, WORKDIR /app, COPY --from=builder <the environment> <the same absolute path>, COPY app.py, CMD [<the environment's python>, \"app.py\"]; build pyapp:v1 from seedfix and run it with -d -p 8000:8000",
      ],
      solution: "printf 'FROM python:3.12.9-alpine AS builder\\nRUN pip install pipenv\\nWORKDIR /app\\nCOPY Pipfile Pipfile.lock ./\\nENV PIPENV_VENV_IN_PROJECT=1\\nRUN pipenv install --deploy\\n\\nFROM python:3.12.9-alpine\\nWORKDIR /app\\nCOPY --from=builder /app/.venv /app/.venv\\nCOPY app.py ./\\nEXPOSE 8000\\nCMD [\"/app/.venv/bin/python\", \"app.py\"]\\n' > seedfix/Dockerfile\ndocker build -t pyapp:v1 seedfix\ndocker run -d -p 8000:8000 --name pyapp pyapp:v1",
    },
  ],
  nearMisses: [
    { script: 'docker build -t seed seedfix', checkpoint: 'predict-seed', expectHint: /predictions\/seed\.txt/ },
    { script: 'docker build -q -t report:builder -f report/Dockerfile.stages report', checkpoint: 'look-inside-build', expectHint: /differs|gcc/ },
    {
      script: "printf 'FROM alpine:3.21 AS build\\nENV BUILD_MODE=release\\nRUN apk add --no-cache build-base\\nCOPY src /app/src\\nRUN sh /app/src/build.sh\\n\\nFROM alpine:3.21\\nENV BUILD_MODE=release\\nCOPY packages.txt /app/packages.txt\\nRUN xargs apk add --no-cache < /app/packages.txt\\nCOPY --from=build /usr/local/bin/report /usr/local/bin/report\\nCMD [\"report\"]\\n' > report/Dockerfile\ndocker build -t report:v3 report",
      checkpoint: 'report-slim',
      expectHint: /BUILD_MODE in its environment/,
    },
    {
      script: "printf 'FROM alpine:3.21 AS build\\nENV BUILD_MODE=release\\nRUN apk add --no-cache build-base\\nCOPY src /app/src\\nRUN sh /app/src/build.sh\\n\\nFROM alpine:3.21\\nCOPY packages.txt /app/packages.txt\\nRUN xargs apk add --no-cache < /app/packages.txt\\nCOPY --from=build /usr /usr\\nCMD [\"report\"]\\n' > report/Dockerfile\ndocker build -t report:v3 report",
      checkpoint: 'report-slim',
      expectHint: /(still has \/usr\/bin\/gcc|at most 50)/,
    },
    {
      script: "printf 'FROM alpine:3.21 AS build\\nENV BUILD_MODE=release\\nCOPY src /app/src\\nRUN apk add --no-cache build-base\\nRUN sh /app/src/build.sh\\n\\nFROM alpine:3.21\\nCOPY packages.txt /app/packages.txt\\nRUN xargs apk add --no-cache < /app/packages.txt\\nCOPY --from=build /usr/local/bin/report /usr/local/bin/report\\nCMD [\"report\"]\\n' > report/Dockerfile\ndocker build -t report:v3 report",
      checkpoint: 'report-slim',
      expectHint: /build-base.*runs again|runs again instead of coming from the cache/,
    },
    { script: "printf 'FROM python:3.12.9-alpine AS builder\\nRUN pip install pipenv\\nWORKDIR /app\\nCOPY Pipfile Pipfile.lock ./\\nENV PIPENV_VENV_IN_PROJECT=1\\nRUN pipenv install --deploy\\n\\nFROM python:3.12.9-alpine\\nWORKDIR /app\\nCOPY --from=builder ~/.venv .venv\\nCOPY app.py ./\\nEXPOSE 8000\\nCMD [\"/app/.venv/bin/python\", \"app.py\"]\\n' > seedfix/Dockerfile\ndocker build -t pyapp:v1 seedfix\ndocker run -d -p 8000:8000 --name pyapp pyapp:v1", checkpoint: 'fix-the-seed', expectHint: /COPY does not expand ~/ },
    { script: "printf 'FROM python:3.12.9-alpine\\nRUN pip install pipenv\\nWORKDIR /app\\nCOPY Pipfile Pipfile.lock ./\\nENV PIPENV_VENV_IN_PROJECT=1\\nRUN pipenv install --deploy\\nCOPY app.py ./\\nEXPOSE 8000\\nCMD [\"/app/.venv/bin/python\", \"app.py\"]\\n' > seedfix/Dockerfile\ndocker build -t pyapp:v1 seedfix\ndocker run -d -p 8000:8000 --name pyapp pyapp:v1", checkpoint: 'fix-the-seed', expectHint: /1 stage .*at least 2/ },
    { script: "printf 'FROM python:3.12-alpine AS builder\\nRUN pip install pipenv\\nWORKDIR /app\\nCOPY Pipfile Pipfile.lock ./\\nENV PIPENV_VENV_IN_PROJECT=1\\nRUN pipenv install --deploy\\n\\nFROM python:3.12-alpine\\nWORKDIR /app\\nCOPY --from=builder /app/.venv /app/.venv\\nCOPY app.py ./\\nEXPOSE 8000\\nCMD [\"/app/.venv/bin/python\", \"app.py\"]\\n' > seedfix/Dockerfile\ndocker build -t pyapp:v1 seedfix\ndocker run -d -p 8000:8000 --name pyapp pyapp:v1", checkpoint: 'fix-the-seed', expectHint: /python:3\.12-alpine .*is not pinned/ },
    { script: "printf 'FROM python:3.12.9-alpine AS builder\\nRUN pip install pipenv\\nWORKDIR /app\\nCOPY Pipfile Pipfile.lock ./\\nENV PIPENV_VENV_IN_PROJECT=1\\nRUN pipenv install --deploy\\n\\nFROM builder\\nWORKDIR /app\\nCOPY --from=builder /app/.venv /app/.venv\\nCOPY app.py ./\\nEXPOSE 8000\\nCMD [\"/app/.venv/bin/python\", \"app.py\"]\\n' > seedfix/Dockerfile\ndocker build -t pyapp:v1 seedfix\ndocker run -d -p 8000:8000 --name pyapp pyapp:v1", checkpoint: 'fix-the-seed', expectHint: /at most 75MB/ },
    { script: "printf 'FROM python:3.12.9-alpine AS builder\\nRUN pip install pipenv\\nWORKDIR /app\\nCOPY Pipfile Pipfile.lock ./\\nENV PIPENV_VENV_IN_PROJECT=1\\nRUN pipenv install --deploy\\n\\nFROM python:3.12.9-alpine\\nWORKDIR /app\\nCOPY --from=builder /app/.venv /app/.venv\\nCOPY app.py ./\\nEXPOSE 8000\\nCMD [\"/app/.venv/bin/python\", \"app.py\"]\\n' > seedfix/Dockerfile\ndocker build -t pyapp:v1 seedfix", checkpoint: 'fix-the-seed', expectHint: /Nothing is published on port 8000/ },
    { script: "printf 'FROM python:3.12.9-alpine AS builder\\nRUN pip install pipenv\\nWORKDIR /app\\nCOPY Pipfile Pipfile.lock ./\\nRUN pipenv install --deploy\\n\\nFROM python:3.12.9-alpine\\nWORKDIR /app\\nCOPY --from=builder /app/.venv /app/.venv\\nCOPY app.py ./\\nCMD [\"/app/.venv/bin/python\", \"app.py\"]\\n' > seedfix/Dockerfile\ndocker build -t pyapp:v1 seedfix\ndocker run -d -p 8000:8000 --name pyapp pyapp:v1", checkpoint: 'fix-the-seed', expectHint: /does not build yet: .*"\/app\/\.venv": not found/ },
  ],
});
