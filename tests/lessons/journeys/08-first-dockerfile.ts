// Lesson 08: other ways to the greeting and to a shell image without CMD, and wrong turns.
import { editor, heredoc, lines, type Journey } from './journey.ts';

const shellAlone = 'FROM alpine:3.21\n';

/** Journeys through lesson 08's challenges. */
export const journeys: Journey[] = [
  {
    checkpoint: 'greeting',
    name: 'FROM alpine:3.21.3, the same image by its full version, and LABEL/ENV steps that add no layer',
    steps: [editor('hello/Dockerfile', 'FROM alpine:3.21.3\nLABEL org.opencontainers.image.title="hello"\nENV GREETING="Hello from my first image"\nRUN echo "$GREETING" > /greeting\nCMD ["cat", "/greeting"]\n'), 'docker build -t hello:v2 hello'],
    expect: 'pass',
  },
  {
    checkpoint: 'greeting',
    name: 'another base tag (alpine:3.20): one layer more, but not on alpine:3.21',
    steps: [editor('hello/Dockerfile', 'FROM alpine:3.20\nRUN echo "Hello from my first image" > /greeting\nCMD ["cat", "/greeting"]\n'), 'docker build -t hello:v2 hello'],
    expect: /alpine:3\.21/,
  },
  {
    checkpoint: 'greeting',
    name: 'keeps the curl RUN as the one layer and echoes the greeting in exec form (editor)',
    steps: [editor('hello/Dockerfile', 'FROM alpine:3.21\nRUN apk add --no-cache curl\nCMD ["echo", "Hello from my first image"]\n'), 'docker build -t hello:v2 hello'],
    expect: 'pass',
  },
  {
    checkpoint: 'greeting',
    name: 'COPYs a greeting file from the context and cats it with a shell-form CMD (heredoc, -f, cd)',
    steps: [
      'echo "Hello from my first image" > hello/greeting.txt',
      ...heredoc('hello/Dockerfile', '# syntax=docker/dockerfile:1\nFROM alpine:3.21\nCOPY greeting.txt /etc/greeting\nCMD cat /etc/greeting\n'),
      'cd hello',
      'docker image build -f Dockerfile -t hello:v2 .',
    ],
    expect: 'pass',
  },
  {
    checkpoint: 'greeting',
    name: 'ENTRYPOINT echo with the words as CMD, printf into a file in one RUN',
    steps: [editor('hello/Dockerfile', "FROM alpine:3.21\nRUN printf 'x\\n' > /marker\nENTRYPOINT [\"echo\"]\nCMD [\"Hello from my first image\"]\n"), 'docker buildx build -t hello:v2 hello'],
    expect: 'pass',
  },
  {
    checkpoint: 'greeting',
    name: 'the home folder as the context, the file named with -f',
    steps: [editor('hello/Dockerfile', 'FROM alpine:3.21\nRUN echo "Hello from my first image" > /hello\nCMD ["cat", "/hello"]\n'), 'docker build -f hello/Dockerfile -t hello:v2 .'],
    expect: 'pass',
  },
  {
    checkpoint: 'greeting',
    name: 'only a CMD: no layer of its own',
    steps: [editor('hello/Dockerfile', 'FROM alpine:3.21\nCMD ["echo", "Hello from my first image"]\n'), 'docker build -t hello:v2 hello'],
    expect: /1 more than alpine/,
  },
  {
    checkpoint: 'greeting',
    name: 'two RUN steps: two layers',
    steps: [editor('hello/Dockerfile', 'FROM alpine:3.21\nRUN apk add --no-cache curl\nRUN echo "Hello from my first image" > /greeting\nCMD ["cat", "/greeting"]\n'), 'docker build -t hello:v2 hello'],
    expect: /1 more than alpine|2 more|layers/,
  },
  {
    checkpoint: 'greeting',
    name: 'a greeting with an exclamation mark',
    steps: [editor('hello/Dockerfile', 'FROM alpine:3.21\nRUN apk add --no-cache curl\nCMD ["echo", "Hello from my first image!"]\n'), 'docker build -t hello:v2 hello'],
    expect: /print|Hello from my first image/,
  },
  {
    checkpoint: 'greeting',
    name: 'the Dockerfile edited after the build, not rebuilt',
    steps: [editor('hello/Dockerfile', 'FROM alpine:3.21\nRUN apk add --no-cache curl\nCMD ["echo", "Hello from my first image"]\n'), 'docker build -t hello:v2 hello', editor('hello/Dockerfile', 'FROM alpine:3.21\nRUN apk add --no-cache curl\nCMD ["echo", "Hello"]\n')],
    expect: /differ|rebuild|hello\/Dockerfile/,
  },
  {
    checkpoint: 'no-cmd-needed',
    name: 'a Dockerfile of one FROM line, built from inside the context',
    steps: [...heredoc('hello/Dockerfile.shell', shellAlone), 'cd hello && docker build -t shell:v1 -f Dockerfile.shell .'],
    expect: 'pass',
  },
  {
    checkpoint: 'no-cmd-needed',
    name: 'the CMD line deleted with sed, the file named by its full path',
    steps: lines("sed -i '/^CMD/d' hello/Dockerfile.shell\ndocker build --file ~/hello/Dockerfile.shell --tag shell:v1 ~/hello"),
    expect: 'pass',
  },
  {
    checkpoint: 'no-cmd-needed',
    name: 'CMD ["/bin/sh"] written out: the file still has a CMD',
    steps: [editor('hello/Dockerfile.shell', 'FROM alpine:3.21\nCMD ["/bin/sh"]\n'), 'docker build -t shell:v1 -f hello/Dockerfile.shell hello'],
    expect: /still has CMD/,
  },
  {
    checkpoint: 'no-cmd-needed',
    name: 'the CMD commented out but the image built from the wrong file',
    steps: [editor('hello/Dockerfile.shell', 'FROM alpine:3.21\n# CMD ["curl", "--version"]\n'), 'docker build -t shell:v1 hello'],
    expect: /Cmd|curl|differ/,
  },
];
