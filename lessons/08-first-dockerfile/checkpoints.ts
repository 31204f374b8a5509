// Lesson 08's checkpoints: build a first image, read its layers, then two challenges graded by the
// images they leave: what hello:v2 prints and is made of, and shell:v1 built with -f and no CMD.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

/** What the learner must reach in lesson 08, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('08-first-dockerfile', {
  checkpoints: [
    {
      id: 'build-hello',
      title: 'hello:v1 is built from ~/hello/Dockerfile',
      kind: 'guided',
      checks: [
        { matcher: 'matchesBuild', params: { ref: 'hello:v1', path: 'hello/Dockerfile' } },
        { matcher: 'imageRunPrints', params: { ref: 'hello:v1', pattern: '^curl \\d' } },
      ],
      hints: [
        'The folder hello holds a Dockerfile; docker build turns it into an image.',
        'docker build takes the build context (a folder) as its argument, and -t names the image it makes.',
        'docker build -t <name:tag> <context folder>',
      ],
      solution: 'docker build -t hello:v1 hello',
    },
    {
      id: 'count-layers',
      title: 'Predict, then record, how many layers hello:v1 has',
      kind: 'predict',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/layers.txt', before: '^docker (image )?(history|inspect)\\b.*hello:v1' } },
        { matcher: 'answerFileEquals', params: { path: 'answers/layers.txt', expect: { inspect: 'hello:v1', field: 'RootFS.Layers', pick: 'length' }, normalize: ['trim'] } },
      ],
      hints: [
        'Write your guess into predictions/layers.txt before you look at the image.',
        'Only steps that change files make layers; config-only steps show 0B in docker history.',
        'docker image inspect -f \'{{len .RootFS.Layers}}\' <image>, then echo <number> > answers/layers.txt',
      ],
      solution: "echo 2 > predictions/layers.txt\ndocker image inspect -f '{{len .RootFS.Layers}}' hello:v1\necho 2 > answers/layers.txt",
    },
    {
      id: 'greeting',
      title: 'hello:v2 prints exactly "Hello from my first image" and is alpine:3.21 plus one layer',
      kind: 'challenge',
      checks: [
        { matcher: 'imageRunPrints', params: { ref: 'hello:v2', pattern: '^Hello from my first image\\n?$', whole: true } },
        { matcher: 'layerCount', params: { ref: 'hello:v2', relativeTo: 'alpine:3.21', more: 1 } },
        { matcher: 'builtFrom', params: { ref: 'hello:v2', base: 'alpine:3.21' } },
        { matcher: 'matchesBuild', params: { ref: 'hello:v2', path: 'hello/Dockerfile' } },
      ],
      hints: [
        'Change hello/Dockerfile: what a container prints comes from its default command.',
        'An image gets one layer per step that changes files (RUN, COPY, ADD); CMD sets the default command and adds no layer.',
        'FROM alpine:3.21, then RUN <a command that writes the greeting into a file>, then CMD ["<program>", "<that file>"]; build it with docker build -t <name:tag> <context>',
      ],
      solution: "printf 'FROM alpine:3.21\\nRUN echo \"Hello from my first image\" > /greeting\\nCMD [\"cat\", \"/greeting\"]\\n' > hello/Dockerfile\ndocker build -t hello:v2 hello",
    },
    {
      id: 'no-cmd-needed',
      title: 'shell:v1 comes from ~/hello/Dockerfile.shell, which has no CMD, and still starts a shell',
      kind: 'challenge',
      checks: [
        { matcher: 'dockerfileHas', params: { path: 'hello/Dockerfile.shell', instruction: 'CMD', min: 0, max: 0 } },
        { matcher: 'imageConfigHas', params: { ref: 'shell:v1', field: 'Cmd', equals: ['/bin/sh'] } },
        { matcher: 'matchesBuild', params: { ref: 'shell:v1', path: 'hello/Dockerfile.shell', context: 'hello' } },
      ],
      whyFromLog: [{ pattern: '^docker (image )?build\\b.*\\bhello/Dockerfile\\.shell\\s*$', hint: 'The last argument of docker build is the context directory, not the Dockerfile: name the file with -f.' }],
      hints: [
        'Two things to change: the file, and how you build it.',
        'A Dockerfile without CMD inherits its base image\'s; the argument of docker build is the context folder, and -f picks another Dockerfile in it.',
        'Remove the CMD line from hello/Dockerfile.shell, then docker build -t shell:v1 -f <file> <context>',
      ],
      solution: "printf 'FROM alpine:3.21\\nRUN apk add --no-cache curl\\n' > hello/Dockerfile.shell\ndocker build -t shell:v1 -f hello/Dockerfile.shell hello",
    },
  ],
  nearMisses: [
    { script: 'docker build hello', checkpoint: 'build-hello', expectHint: /hello:v1/ },
    { script: 'docker build -t hello:v1 hello\necho 2 > answers/layers.txt', checkpoint: 'count-layers', expectHint: /There is no prediction in ~\/predictions\/layers\.txt/ },
    { script: 'docker build -t shell:v1 hello/Dockerfile.shell', checkpoint: 'no-cmd-needed', expectHint: /name the file with -f/ },
    { script: "docker pull -q alpine:3.21\nprintf 'FROM alpine:3.21\\nCMD [\"echo\", \"Hello from my first image\"]\\n' > hello/Dockerfile\ndocker build -t hello:v2 hello", checkpoint: 'greeting', expectHint: /1 more than alpine/ },
    { script: 'docker build -t shell:v1 -f hello/Dockerfile.shell hello', checkpoint: 'no-cmd-needed', expectHint: /still has CMD/ },
  ],
});
