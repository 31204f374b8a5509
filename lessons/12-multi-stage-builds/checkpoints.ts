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
  ],
});
