// Lesson 10's checkpoints: a build argument before FROM, a prediction about --rm and volumes, then the
// greeter (ENTRYPOINT + CMD, a non-root USER, a VOLUME, a FROM taken from an ARG) and data that lasts.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

// The greeter as the challenge wants it; the near-misses each change one thing of it.
const GREETER = (lines: string[]) => `printf '${lines.join('\\n')}\\n' > greeter/Dockerfile\ndocker build -t greeter:v1 greeter`;
const GOOD = [
  'ARG ALPINE_VERSION=3.21',
  'FROM alpine:${ALPINE_VERSION}',
  'RUN adduser -D -H -u 1000 greeter && mkdir /data && chown greeter:greeter /data',
  'ENV GREETING=Hello',
  'COPY greet.sh /usr/local/bin/greet',
  'USER greeter',
  'VOLUME /data',
  'ENTRYPOINT ["greet"]',
  'CMD ["world"]',
];

/** What the learner must reach in lesson 10, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('10-env-arg-expose-volume-user-entrypoint', {
  checkpoints: [
    {
      id: 'build-arg',
      title: 'demo:old is ~/demo built for Alpine 3.20 with a build argument',
      kind: 'guided',
      checks: [
        { matcher: 'matchesBuild', params: { ref: 'demo:old', path: 'demo/Dockerfile', args: { ALPINE_VERSION: '3.20' } } },
        { matcher: 'imageFileContains', params: { ref: 'demo:old', path: '/etc/alpine-release', matches: '^3\\.20\\.' } },
      ],
      hints: [
        'The first line of ~/demo/Dockerfile declares a build argument with a default.',
        'docker build --build-arg NAME=value overrides an ARG default for one build; an ARG before FROM can pick the base image.',
        'docker build --build-arg <NAME>=<version> -t <name:tag> <context>',
      ],
      solution: 'docker build --build-arg ALPINE_VERSION=3.20 -t demo:old demo',
    },
    {
      id: 'rm-volume',
      title: 'Predict whether docker run --rm leaves the image\'s volume behind, then record what happened',
      kind: 'predict',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/rm-volume.txt', before: '^docker (container )?run .*--name second' } },
        {
          matcher: 'answerFileEquals',
          params: {
            path: 'answers/rm-volume.txt',
            expect: { literal: 'no' },
            normalize: ['trim', 'lower'],
            whenWrong: [{ matches: '^yes', hint: 'Count again with docker volume ls before and after a --rm run: the anonymous volume went with its container.' }],
          },
        },
      ],
      hints: [
        'Write yes or no into predictions/rm-volume.txt before you run the container named second.',
        'VOLUME gives each new container an anonymous volume; --rm removes the container when it exits, and with it what belonged only to it.',
        'docker volume ls, docker run --rm --name second <image>, docker volume ls again; then echo <yes or no> > answers/rm-volume.txt',
      ],
      solution: "echo yes > predictions/rm-volume.txt\ndocker build -q -t demo:v1 demo\ndocker volume ls\ndocker run --rm --name second demo:v1\ndocker volume ls\necho no > answers/rm-volume.txt",
    },
    {
      id: 'greeter',
      title: 'greeter:v1 greets whoever you name, as a user other than root, with /data declared and Alpine picked by ALPINE_VERSION',
      kind: 'challenge',
      checks: [
        { matcher: 'matchesBuild', params: { ref: 'greeter:v1', path: 'greeter/Dockerfile' } },
        { matcher: 'imageRunPrints', params: { ref: 'greeter:v1', pattern: '^Hello, world$' } },
        { matcher: 'imageRunPrints', params: { ref: 'greeter:v1', args: ['Ada'], pattern: '^Hello, Ada$' } },
        { matcher: 'runsAsNonRoot', params: { ref: 'greeter:v1' } },
        { matcher: 'imageConfigHas', params: { ref: 'greeter:v1', field: 'Volumes', contains: '/data' } },
        { matcher: 'builtFrom', params: { ref: 'greeter:v1', base: 'alpine:3.21' } },
        {
          matcher: 'builtImageMatches',
          params: { build: { path: 'greeter/Dockerfile', args: { ALPINE_VERSION: '3.20' } }, check: { matcher: 'imageFileContains', params: { path: '/etc/alpine-release', matches: '^3\\.20\\.' } } },
        },
        { matcher: 'dockerfileChecksPass', params: { path: 'greeter/Dockerfile' } },
      ],
      hints: [
        'Start from ~/greeter/Dockerfile and change one property at a time; rebuild greeter:v1 and run it with and without a name after each change.',
        'Words after the image name replace CMD, but are passed to ENTRYPOINT as arguments. A user must exist in the image before USER names it, and an ARG declared before FROM can choose the base.',
        'ARG <NAME>=<default> before FROM <image>:${<NAME>}; RUN <add a user>; ENV <KEY>=<value>; USER <user>; VOLUME <path>; ENTRYPOINT ["<program>"]; CMD ["<default argument>"]',
      ],
      solution: GREETER(GOOD),
    },
    {
      id: 'keep-data',
      title: 'The volume greeter-data holds the visits greeter:v1 counted, and /data belongs to the greeter\'s user',
      kind: 'challenge',
      checks: [
        { matcher: 'fileOwnerMode', params: { ref: 'greeter:v1', path: '/data', owner: '$USER' } },
        { matcher: 'volumeExists', params: { name: 'greeter-data', containsFile: 'visits' } },
      ],
      hints: [
        'The greeter writes a line to /data/visits at every run; where that line ends up depends on what is mounted at /data.',
        'An anonymous volume disappears with a --rm container; a named volume stays until you remove it. A non-root process can write /data only if the image gave the directory to its user.',
        'docker run --rm -v <volume name>:<path in the container> <image>',
      ],
      solution: 'docker run --rm -v greeter-data:/data greeter:v1',
    },
  ],
  nearMisses: [
    { script: 'docker build -q -t demo:old demo', checkpoint: 'build-arg', expectHint: /differs|3\.20/ },
    { script: 'docker build -q -t demo:v1 demo\ndocker run --rm --name second demo:v1\necho yes > predictions/rm-volume.txt\necho no > answers/rm-volume.txt', checkpoint: 'rm-volume', expectHint: /predictions\/rm-volume\.txt|before/ },
    { script: 'echo no > predictions/rm-volume.txt\ndocker build -q -t demo:v1 demo\ndocker run --rm --name second demo:v1\necho yes > answers/rm-volume.txt', checkpoint: 'rm-volume', expectHint: /went with its container/ },
    { script: GREETER(GOOD.filter((l) => !l.startsWith('ENTRYPOINT') && !l.startsWith('CMD')).concat('CMD ["greet", "world"]')), checkpoint: 'greeter', expectHint: /replaced its whole CMD.*program called Ada/ },
    { script: GREETER(GOOD.filter((l) => l !== 'USER greeter')), checkpoint: 'greeter', expectHint: /runs as root/ },
    { script: GREETER(GOOD.map((l) => (l === 'ENV GREETING=Hello' ? 'ENV GREETING Hello' : l))), checkpoint: 'greeter', expectHint: /LegacyKeyValueFormat|legacy/ },
    { script: GREETER(GOOD) + '\ndocker run --rm greeter:v1', checkpoint: 'keep-data', expectHint: /no volume named greeter-data/ },
    { script: GREETER(GOOD.map((l) => (l.startsWith('RUN adduser') ? 'RUN adduser -D -H -u 1000 greeter && mkdir /data' : l))) + '\ndocker run --rm -v greeter-data:/data greeter:v1', checkpoint: 'keep-data', expectHint: /\/data in greeter:v1 belongs to UID 0, not greeter/ },
  ],
});
