// Lesson 11's checkpoints: a slow, fat image, a prediction about the cache, and a challenge graded by
// rebuilding the learner's Dockerfile after an edit (in a throwaway daemon) and by the image's size.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

/** What the learner must reach in lesson 11, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('11-build-cache-and-size', {
  checkpoints: [
    {
      id: 'build-report-v1',
      title: 'report:v1 is built from ~/report and prints its report',
      kind: 'guided',
      checks: [
        { matcher: 'imageRunPrints', params: { ref: 'report:v1', pattern: '^== report ==$' } },
        { matcher: 'imageSizeAtMost', params: { ref: 'report:v1', bytes: 400_000_000 } },
      ],
      hints: [
        'The folder report holds the Dockerfile to build.',
        'docker build runs each instruction of the Dockerfile in the context you name; -t names the image.',
        'docker build -t <name:tag> <context folder>',
      ],
      solution: 'docker build -t report:v1 report',
    },
    {
      id: 'predict-cache',
      title: 'Predict which steps stay cached after an edit to src/report.sh, then rebuild',
      kind: 'predict',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/cached.txt', before: 'report\\.sh' } },
        { matcher: 'imageFileContains', params: { ref: 'report:v1', path: '/app/src/report.sh', includes: '# reviewed' }, why: 'report:v1 does not have the edited src/report.sh yet: make the edit, then rebuild report:v1.' },
      ],
      hints: [
        'Write your guess into predictions/cached.txt before you rebuild.',
        'A step is reused only if its instruction, the step before it and the files it copies are all unchanged.',
        'echo <step numbers> > predictions/cached.txt, then edit report/src/report.sh and docker build -t <name:tag> report',
      ],
      solution: "echo none > predictions/cached.txt\necho '# reviewed' >> report/src/report.sh\ndocker build -t report:v1 report",
    },
    {
      id: 'fast-and-small',
      title: 'report:v2 rebuilds at most two steps after a script edit and is at least 20 MB smaller than report:v1',
      kind: 'challenge',
      checks: [
        // The install of the runtime packages, however it is written: from packages.txt, or curl named on the apk line.
        { matcher: 'dockerfileCachesAfterChange', params: { path: 'report/Dockerfile', file: 'src/report.sh', keepCached: '(packages\\.txt|apk add[^&;|]*\\bcurl\\b)' } },
        { matcher: 'rebuiltStepsAtMost', params: { path: 'report/Dockerfile', change: 'src/report.sh', max: 2 } },
        { matcher: 'matchesBuild', params: { ref: 'report:v2', path: 'report/Dockerfile' } },
        { matcher: 'imageSizeAtMost', params: { ref: 'report:v2', lessThan: 'report:v1', byAtLeast: 20_000_000 } },
        { matcher: 'imageRunPrints', params: { ref: 'report:v2', pattern: '^== report ==$' } },
        { matcher: 'imageFileContains', params: { ref: 'report:v2', path: '/usr/bin/curl' } },
      ],
      hints: [
        'Two different problems: the order of the steps, and where the toolchain is removed.',
        'A changed file invalidates the COPY that takes it in and every step after it; and a later layer can only hide what an earlier one added, never shrink it.',
        'COPY <the package list> first and install from it; COPY <the sources> after; then one RUN that adds <the toolchain> && <builds> && removes it again',
      ],
      solution:
        "printf 'FROM alpine:3.21\\nCOPY packages.txt /app/packages.txt\\nRUN xargs apk add --no-cache < /app/packages.txt\\nCOPY src /app/src\\nRUN apk add --no-cache build-base && sh /app/src/build.sh && apk del build-base\\nCMD [\"report\"]\\n' > report/Dockerfile\ndocker build -t report:v2 report",
    },
  ],
  nearMisses: [
    { script: 'docker build report', checkpoint: 'build-report-v1', expectHint: /report:v1/ },
    { script: 'docker build -t report:v1 report\necho none > predictions/cached.txt', checkpoint: 'predict-cache', expectHint: /does not have the edited src\/report\.sh yet/ },
    {
      script: "docker build -t report:v1 report\nprintf 'RUN rm -rf /usr/lib/gcc /usr/libexec/gcc\\n' >> report/Dockerfile\ndocker build -t report:v2 report",
      checkpoint: 'fast-and-small',
      expectHint: /runs again instead of coming from the cache/,
    },
    {
      script:
        "docker build -t report:v1 report\nprintf 'FROM alpine:3.21\\nCOPY packages.txt /app/packages.txt\\nRUN xargs apk add --no-cache < /app/packages.txt\\nCOPY src /app/src\\nRUN apk add --no-cache build-base\\nRUN sh /app/src/build.sh\\nRUN apk del build-base\\nCMD [\"report\"]\\n' > report/Dockerfile\ndocker build -t report:v2 report",
      checkpoint: 'fast-and-small',
      expectHint: /steps run again/,
    },
    {
      script:
        "docker build -t report:v1 report\nprintf 'FROM alpine:3.21\\nCOPY packages.txt /app/packages.txt\\nRUN xargs apk add --no-cache < /app/packages.txt\\nRUN apk add --no-cache build-base\\nCOPY src /app/src\\nRUN sh /app/src/build.sh\\nCMD [\"report\"]\\n' > report/Dockerfile\ndocker build -t report:v2 report",
      checkpoint: 'fast-and-small',
      expectHint: /smaller by at least/,
    },
  ],
});
