// Lesson 05's checkpoints: commit with --change, naming by ID, a prediction about import, and two images made without a Dockerfile.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

const CURL = ['curl', '--version'];

/** What the learner must reach in lesson 05, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('05-images-without-dockerfile', {
  checkpoints: [
    {
      id: 'commit-greeting',
      kind: 'guided',
      title: 'greeting:v1 is alpine:3.21 plus a committed /greeting.txt, and cats it by default',
      checks: [
        { matcher: 'imageFileContains', params: { ref: 'greeting:v1', path: '/greeting.txt', includes: 'hello' } },
        { matcher: 'imageConfigHas', params: { ref: 'greeting:v1', field: 'Cmd', equals: ['cat', '/greeting.txt'] } },
        { matcher: 'builtFrom', params: { ref: 'greeting:v1', base: 'alpine:3.21' } },
      ],
      hints: [
        'First a container that writes /greeting.txt, then freeze it into an image.',
        'docker commit turns a container\'s writable layer into a new image layer; --change sets config such as CMD.',
        "docker commit --change '<instruction>' <container> <name:tag>",
      ],
      solution:
        "docker run --name greeter alpine:3.21 sh -c 'echo hello from a commit > /greeting.txt'\ndocker commit --change 'CMD [\"cat\",\"/greeting.txt\"]' greeter greeting:v1",
    },
    {
      id: 'tag-by-id',
      kind: 'guided',
      title: 'greeting:1.0 names the same image as greeting:v1',
      checks: [{ matcher: 'tagPointsTo', params: { ref: 'greeting:1.0', sameAs: 'greeting:v1' } }],
      hints: ['Any image can be named by its ID.', 'docker images -q prints the short ID of an image; docker tag accepts an ID as its source.', 'docker tag <image ID> <new name>'],
      solution: 'docker tag $(docker images -q greeting:v1) greeting:1.0',
    },
    {
      id: 'import-layers',
      kind: 'predict',
      title: 'Predict how many layers an exported and imported image has, then record it',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/import-layers.txt', before: '^docker (image )?import' } },
        { matcher: 'answerFileEquals', params: { path: 'answers/import-layers.txt', expect: { inspect: 'greeting:flat', field: 'RootFS.Layers', pick: 'length' } } },
      ],
      hints: [
        'Write your guess into ~/predictions/import-layers.txt before you import.',
        'export writes the whole filesystem as one tar; import makes one layer of one tar.',
        "docker export <container> | docker import - greeting:flat, then docker image inspect -f '{{len .RootFS.Layers}}' greeting:flat > ~/answers/import-layers.txt",
      ],
      solution: "echo 2 > ~/predictions/import-layers.txt\ndocker export greeter | docker import - greeting:flat\ndocker image inspect -f '{{len .RootFS.Layers}}' greeting:flat > ~/answers/import-layers.txt",
    },
    {
      id: 'tools-image',
      kind: 'challenge',
      title: 'tools:v1 has curl, runs curl --version by default, and is alpine:3.21 plus one layer',
      checks: [
        { matcher: 'imagePathExists', params: { ref: 'tools:v1', path: '/usr/bin/curl', kind: 'file' } },
        { matcher: 'imageConfigHas', params: { ref: 'tools:v1', field: 'Cmd', equals: CURL } },
        { matcher: 'builtFrom', params: { ref: 'tools:v1', base: 'alpine:3.21' } },
        { matcher: 'layerCount', params: { ref: 'tools:v1', relativeTo: 'alpine:3.21', more: 1 } },
      ],
      hints: [
        'Install curl in a container of alpine:3.21, then make an image of that container.',
        'A commit adds exactly one layer; its default command is what the container ran unless you change it.',
        "docker run --name <container> alpine:3.21 apk add --no-cache <package>, then docker commit --change '<instruction>' <container> <name:tag>",
      ],
      solution: "docker run --name curlbox alpine:3.21 apk add --no-cache curl\ndocker commit --change 'CMD [\"curl\",\"--version\"]' curlbox tools:v1",
    },
    {
      id: 'flat-image',
      kind: 'challenge',
      title: 'flat:v1 has the same curl and default command, in one layer shared with no other image',
      checks: [
        { matcher: 'imagePathExists', params: { ref: 'flat:v1', path: '/usr/bin/curl', kind: 'file' } },
        { matcher: 'imageConfigHas', params: { ref: 'flat:v1', field: 'Cmd', equals: CURL } },
        { matcher: 'layerCount', params: { ref: 'flat:v1', exact: 1 } },
        { matcher: 'not', params: { check: { matcher: 'sharesLayersWith', params: { ref: 'flat:v1', other: 'alpine:3.21' } }, why: 'flat:v1 still shares a layer with alpine:3.21: its files must be one layer of their own.' } },
      ],
      hints: [
        'This time the whole filesystem, alpine and curl together, goes into one layer.',
        'export writes a container\'s whole filesystem as one tar; import makes one layer of it and keeps no config unless you give instructions.',
        "docker export <container> | docker import -c '<instruction>' - <name:tag>",
      ],
      solution: "docker run --name flatbox alpine:3.21 apk add --no-cache curl\ndocker export flatbox | docker import -c 'CMD [\"curl\",\"--version\"]' - flat:v1",
    },
  ],
  nearMisses: [
    { script: "docker run --name greeter alpine:3.21 sh -c 'echo hello > /greeting.txt'\ndocker commit greeter greeting:v1", checkpoint: 'commit-greeting', expectHint: /The Cmd of greeting:v1 is \["sh","-c","echo hello > \/greeting\.txt"\]/ },
    { script: "docker run --name greeter alpine:3.21 true\ndocker commit greeter greeting:v1\ndocker tag alpine:3.21 greeting:1.0", checkpoint: 'tag-by-id', expectHint: /greeting:1\.0 is a different image from greeting:v1/ },
    { script: "docker run --name greeter alpine:3.21 true\ndocker export greeter | docker import - greeting:flat\necho 1 > ~/predictions/import-layers.txt", checkpoint: 'import-layers', expectHint: /written after you ran the command that answers it/ },
    { script: 'docker run --name curlbox alpine:3.21 apk add --no-cache curl\ndocker commit curlbox tools:v1', checkpoint: 'tools-image', expectHint: /The Cmd of tools:v1 is \["apk","add","--no-cache","curl"\]/ },
    { script: 'docker run --name flatbox alpine:3.21 apk add --no-cache curl\ndocker export flatbox | docker import - flat:v1', checkpoint: 'flat-image', expectHint: /The Cmd of flat:v1 is not set/ },
    { script: "docker run --name flatbox alpine:3.21 apk add --no-cache curl\ndocker commit --change 'CMD [\"curl\",\"--version\"]' flatbox flat:v1", checkpoint: 'flat-image', expectHint: /flat:v1 has 2 layers; it should have exactly 1/ },
  ],
});
