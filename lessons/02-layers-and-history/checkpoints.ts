// Lesson 02's checkpoints: images that share a base, a prediction about a pull, and two challenges about digests.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

/** What the learner must reach in lesson 02, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('02-layers-and-history', {
  checkpoints: [
    {
      id: 'pull-alpine-3-21',
      kind: 'guided',
      title: 'Pull alpine:3.21',
      checks: [{ matcher: 'imageExists', params: { ref: 'alpine:3.21' } }],
      hints: [
        'The base image comes first: the exact Alpine release the others are built on.',
        'A tag after the colon picks the release; without one you get latest.',
        'docker pull <name>:<tag>',
      ],
      solution: 'docker pull alpine:3.21',
    },
    {
      id: 'pull-nginx-alpine',
      kind: 'guided',
      title: 'Pull nginx:alpine, built on that base',
      checks: [
        { matcher: 'imageExists', params: { ref: 'nginx:alpine' } },
        { matcher: 'builtFrom', params: { ref: 'nginx:alpine', base: 'alpine:3.21' } },
      ],
      hints: [
        'The tag matters: nginx alone means nginx:latest, which is built on Debian.',
        'nginx publishes a variant on Alpine under the tag alpine.',
        'docker pull nginx:<tag>',
      ],
      solution: 'docker pull nginx:alpine',
    },
    {
      id: 'python-layers',
      kind: 'predict',
      title: 'Predict how many layers python:3.12-alpine downloads, then record how many it has',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/python-layers.txt', before: '^docker (image )?pull .*python:3\\.12-alpine' } },
        { matcher: 'answerFileEquals', params: { path: 'answers/python-layers.txt', expect: { inspect: 'python:3.12-alpine', field: 'RootFS.Layers', pick: 'length' } } },
      ],
      hints: [
        'Write your guess into ~/predictions/python-layers.txt before you pull.',
        'A layer the machine already has is not downloaded again; RootFS.Layers lists all of them anyway.',
        "echo <guess> > ~/predictions/python-layers.txt, pull, then docker image inspect -f '{{len .RootFS.Layers}}' <image>",
      ],
      solution:
        "echo 3 > ~/predictions/python-layers.txt\ndocker pull python:3.12-alpine\ndocker image inspect -f '{{len .RootFS.Layers}}' python:3.12-alpine > ~/answers/python-layers.txt",
    },
    {
      id: 'shared-layer',
      kind: 'challenge',
      title: 'The diff ID python:3.12-alpine and nginx:alpine share is in ~/answers/shared-layer.txt',
      checks: [
        { matcher: 'imageExists', params: { ref: 'python:3.12-alpine' } },
        { matcher: 'imageExists', params: { ref: 'nginx:alpine' } },
        {
          matcher: 'answerFileEquals',
          params: {
            path: 'answers/shared-layer.txt',
            expect: { commonLayer: ['python:3.12-alpine', 'nginx:alpine'] },
            normalize: ['trim', 'lower', 'sha256prefix'],
            whenWrong: [
              { matches: '^(sha256:)?[0-9a-f]{12}$', hint: "That's the short digest a pull prints, the compressed blob's; inspect lists the full diff IDs." },
              { matches: '^(sha256:)?7cf78b03fb581f71', hint: "That is nginx's own second layer: python:3.12-alpine doesn't have it." },
            ],
          },
        },
      ],
      hints: [
        'Both images list their layers in the same place; compare the two lists.',
        'A shared layer has the same diff ID in both RootFS.Layers lists: it is stored once.',
        "docker image inspect -f '{{json .RootFS.Layers}}' <image>, for each image; the common entry goes into ~/answers/shared-layer.txt",
      ],
      solution: "docker image inspect -f '{{index .RootFS.Layers 0}}' python:3.12-alpine > ~/answers/shared-layer.txt",
    },
    {
      id: 'pull-id',
      kind: 'challenge',
      title: "~/answers/pull-id.txt holds the 12 digits a pull of alpine:3.21 shows for its layer, and what they are the digest of",
      checks: [
        {
          matcher: 'answerFileEquals',
          params: {
            path: 'answers/pull-id.txt',
            expect: [{ blobDigest: 'alpine:3.21', layer: 0, short: true }, { literal: 'blob' }],
            normalize: ['trim', 'lower'],
            whenWrong: [{ line: 2, matches: '^diff', hint: 'A pull shows what it downloads: the registry sends compressed blobs, not uncompressed layers.' }],
          },
        },
      ],
      hints: [
        'The line a pull prints for each layer starts with 12 hex digits.',
        'A registry stores and sends each layer compressed, as a blob; the diff ID hashes the uncompressed tar.',
        'Remove the alpine:3.21 name with docker rmi <name> and pull it again to see the line; then write <12 digits> and <blob|diff> on two lines.',
      ],
      solution:
        "docker rmi alpine:3.21\ndocker pull alpine:3.21 | grep -o '^[0-9a-f]\\{12\\}' | head -n 1 > ~/answers/pull-id.txt\necho blob >> ~/answers/pull-id.txt",
    },
  ],
  nearMisses: [
    { script: 'docker pull alpine', checkpoint: 'pull-alpine-3-21', expectHint: /no image called alpine:3\.21/ },
    { script: 'docker pull alpine:3.21\ndocker pull nginx', checkpoint: 'pull-nginx-alpine', expectHint: /no image called nginx:alpine/ },
    { script: 'docker pull python:3.12-alpine\necho 2 > ~/predictions/python-layers.txt', checkpoint: 'python-layers', expectHint: /written after you ran the command that answers it/ },
    { script: 'echo 2 > ~/predictions/python-layers.txt\ndocker pull python:3.12-alpine\necho 3 > ~/answers/python-layers.txt', checkpoint: 'python-layers', expectHint: /is not RootFS\.Layers \(length\) of python:3\.12-alpine yet/ },
    { script: 'docker pull nginx:alpine\ndocker pull python:3.12-alpine\necho ffff961de681 > ~/answers/shared-layer.txt', checkpoint: 'shared-layer', expectHint: /short digest a pull prints/ },
    { script: "docker pull python:3.12-alpine\ndocker pull nginx:alpine\ndocker image inspect -f '{{index .RootFS.Layers 1}}' nginx:alpine > ~/answers/shared-layer.txt", checkpoint: 'shared-layer', expectHint: /python:3\.12-alpine doesn't have it/ },
    { script: "docker pull alpine:3.21\nprintf 'ffff961de681\\ndiff\\n' > ~/answers/pull-id.txt", checkpoint: 'pull-id', expectHint: /the registry sends compressed blobs/ },
  ],
});
