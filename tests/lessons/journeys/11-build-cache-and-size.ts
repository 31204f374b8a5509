// Lesson 11: other cache-friendly, small report images (WORKDIR and relative paths, the package named
// directly, a --virtual toolchain), and wrong turns on order and on where the toolchain is removed.
import { editor, heredoc, lines, type Journey } from './journey.ts';

const v1 = 'docker build -q -t report:v1 report';

/** Journeys through lesson 11's challenge. */
export const journeys: Journey[] = [
  {
    checkpoint: 'fast-and-small',
    name: 'LABEL and ENV steps added, the list and the two scripts copied one by one, build.sh first (heredoc)',
    steps: [
      v1,
      ...heredoc('report/Dockerfile', 'FROM alpine:3.21\nLABEL maintainer="me@example.com"\nENV REPORT_HOME=/app\nCOPY packages.txt /app/\nRUN xargs apk add --no-cache < /app/packages.txt\nCOPY src/build.sh /app/src/\nCOPY src/report.sh /app/src/\nRUN apk add --no-cache build-base && sh /app/src/build.sh && apk del build-base\nCMD ["report"]\n'),
      'docker build -t report:v2 report',
    ],
    expect: 'pass',
  },
  {
    checkpoint: 'fast-and-small',
    name: 'the two scripts copied one by one, report.sh first: its edit reruns the build.sh COPY too',
    steps: [
      v1,
      ...heredoc('report/Dockerfile', 'FROM alpine:3.21\nCOPY packages.txt /app/\nRUN xargs apk add --no-cache < /app/packages.txt\nCOPY src/report.sh /app/src/\nCOPY src/build.sh /app/src/\nRUN apk add --no-cache build-base && sh /app/src/build.sh && apk del build-base\nCMD ["report"]\n'),
      'docker build -t report:v2 report',
    ],
    expect: /3 steps run again/,
  },
  {
    checkpoint: 'fast-and-small',
    name: 'WORKDIR /app, the package list read with $(cat), the toolchain as a --virtual group (editor)',
    steps: [
      v1,
      editor(
        'report/Dockerfile',
        'FROM alpine:3.21\nWORKDIR /app\nCOPY packages.txt ./\nRUN apk add --no-cache $(cat packages.txt)\nCOPY src/ src/\nRUN apk add --no-cache --virtual .build-deps build-base \\\n    && sh src/build.sh \\\n    && apk del .build-deps\nCMD ["report"]\n',
      ),
      'docker build -t report:v2 report',
    ],
    expect: 'pass',
  },
  {
    checkpoint: 'fast-and-small',
    name: 'curl installed by name first, the build chained with ; set -e style, built from inside the folder (heredoc)',
    steps: [
      v1,
      ...heredoc('report/Dockerfile', 'FROM alpine:3.21\nRUN apk add --no-cache curl\nCOPY . /app\nRUN set -e; apk add --no-cache build-base; sh /app/src/build.sh; apk del build-base\nENTRYPOINT ["report"]\n'),
      'cd report',
      'docker build -t report:v2 .',
    ],
    expect: 'pass',
  },
  {
    checkpoint: 'fast-and-small',
    name: 'a gcc folder deleted by a later RUN: the bytes stay in the earlier layer',
    steps: lines("docker build -q -t report:v1 report\nprintf 'RUN rm -rf /usr/lib/gcc /usr/libexec/gcc\\n' >> report/Dockerfile\ndocker build -t report:v2 report"),
    expect: /runs again instead of coming from the cache|smaller/,
  },
  {
    checkpoint: 'fast-and-small',
    name: 'the right order, but the toolchain removed in its own RUN',
    steps: [
      v1,
      editor('report/Dockerfile', 'FROM alpine:3.21\nCOPY packages.txt /app/packages.txt\nRUN xargs apk add --no-cache < /app/packages.txt\nRUN apk add --no-cache build-base\nCOPY src /app/src\nRUN sh /app/src/build.sh\nRUN apk del build-base\nCMD ["report"]\n'),
      'docker build -t report:v2 report',
    ],
    expect: /smaller by at least|steps run again/,
  },
  {
    checkpoint: 'fast-and-small',
    name: 'curl installed in the same RUN as the toolchain, after the sources: two steps, but curl is fetched again at every edit',
    steps: [v1, editor('report/Dockerfile', 'FROM alpine:3.21\nCOPY . /app\nRUN apk add --no-cache curl build-base && sh /app/src/build.sh && apk del build-base\nCMD ["report"]\n'), 'docker build -t report:v2 report'],
    expect: /runs again instead of coming from the cache/,
  },
  {
    checkpoint: 'fast-and-small',
    name: 'small, but the whole folder copied before the packages install',
    steps: [v1, editor('report/Dockerfile', 'FROM alpine:3.21\nCOPY . /app\nRUN xargs apk add --no-cache < /app/packages.txt\nRUN apk add --no-cache build-base && sh /app/src/build.sh && apk del build-base\nCMD ["report"]\n'), 'docker build -t report:v2 report'],
    expect: /packages\.txt.*runs again|runs again instead of coming from the cache/,
  },
];
