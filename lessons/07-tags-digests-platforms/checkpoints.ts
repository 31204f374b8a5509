// Lesson 07's checkpoints: tags that move, a prediction about nginx's stable tag, pinning by digest and platforms.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

/** What the learner must reach in lesson 07, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('07-tags-digests-platforms', {
  checkpoints: [
    {
      id: 'pin-by-tag',
      kind: 'guided',
      title: 'Pull Alpine 3.20 by its tag',
      checks: [{ matcher: 'imageExists', params: { ref: 'alpine:3.20' } }],
      hints: ['A tag after a colon picks the version.', 'Without a tag Docker uses latest, which is not 3.20.', 'docker pull <name>:<version>'],
      solution: 'docker pull alpine:3.20',
    },
    {
      id: 'latest-is-a-tag',
      kind: 'guided',
      title: 'Have alpine:latest and alpine:3.21, and see they are one image',
      checks: [{ matcher: 'tagPointsTo', params: { ref: 'alpine:latest', sameAs: 'alpine:3.21' } }],
      hints: ['You need both names on your machine.', 'Two tags of one image share its IMAGE ID; pulling the second downloads nothing.', 'docker pull <name>, then docker pull <name>:<tag>'],
      solution: 'docker pull alpine\ndocker pull alpine:3.21',
    },
    {
      id: 'many-names',
      kind: 'guided',
      title: 'Give alpine:3.21 the name localhost:5000/learner/alpine:3.21',
      checks: [{ matcher: 'tagPointsTo', params: { ref: 'localhost:5000/learner/alpine:3.21', sameAs: 'alpine:3.21' } }],
      hints: ['docker tag adds a name to an image you already have.', 'The new name can include a registry host; nothing is sent anywhere until you push.', 'docker tag <source> <new name>'],
      solution: 'docker tag alpine:3.21 localhost:5000/learner/alpine:3.21',
    },
    {
      id: 'nginx-stable',
      kind: 'predict',
      title: 'Predict whether nginx:stable is newer than latest, then record both versions',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/stable.txt', before: 'nginx:stable' } },
        {
          matcher: 'answerFileEquals',
          params: { path: 'answers/stable.txt', expect: [{ envOf: 'nginx:stable', name: 'NGINX_VERSION' }, { envOf: 'nginx:latest', name: 'NGINX_VERSION' }] },
        },
      ],
      hints: [
        'Write your guess into ~/predictions/stable.txt before you pull or inspect nginx:stable.',
        'The nginx images record their version in an environment variable of their config.',
        "docker image inspect -f '{{json .Config.Env}}' <image>, for both tags; then two lines into ~/answers/stable.txt",
      ],
      solution:
        "echo older > ~/predictions/stable.txt\ndocker pull nginx:stable\ndocker pull nginx:latest\ndocker image inspect -f '{{index .Config.Env 1}}' nginx:stable nginx:latest | cut -d= -f2 > ~/answers/stable.txt",
    },
    {
      id: 'pin-it',
      kind: 'challenge',
      title: "~/pins.txt holds a reference that always means today's nginx:1.26-alpine",
      checks: [{ matcher: 'pinnedReferenceFile', params: { path: 'pins.txt', sameAs: 'nginx:1.26-alpine' } }],
      hints: [
        'A tag can be moved by its publisher; look for a name that cannot.',
        'A digest is the hash of the content itself: the same digest always names the same image. A pull prints it, and so does docker images --digests.',
        'Write <repository>@<digest> (the digest of nginx:1.26-alpine) into ~/pins.txt.',
      ],
      solution: "docker pull nginx:1.26-alpine\ndocker image inspect -f '{{index .RepoDigests 0}}' nginx:1.26-alpine > ~/pins.txt",
    },
    {
      id: 'arm-copy',
      kind: 'challenge',
      title: 'alpine:arm64 is Alpine 3.21 for linux/arm64/v8, and alpine:3.21 is linux/amd64',
      checks: [
        { matcher: 'platformIs', params: { ref: 'alpine:arm64', architecture: 'arm64', variant: 'v8' } },
        { matcher: 'imageFileContains', params: { ref: 'alpine:arm64', path: '/etc/alpine-release', matches: '^3\\.21\\.' } },
        { matcher: 'platformIs', params: { ref: 'alpine:3.21', architecture: 'amd64' } },
      ],
      hints: [
        'Two things: an image for another CPU, under a name of its own; and the usual name back on this machine\'s platform.',
        'A pull for another platform moves the local name to that platform\'s image; docker tag adds a name without copying.',
        'docker pull --platform <os/arch> <image>, docker tag <image> <new name>, then pull <image> again for linux/amd64.',
      ],
      solution: 'docker pull --platform linux/arm64 alpine:3.21\ndocker tag alpine:3.21 alpine:arm64\ndocker pull --platform linux/amd64 alpine:3.21',
    },
  ],
  nearMisses: [
    { script: 'docker pull alpine', checkpoint: 'pin-by-tag', expectHint: /no image called alpine:3\.20/ },
    { script: 'docker pull alpine:3.21', checkpoint: 'latest-is-a-tag', expectHint: /no image called alpine:latest/ },
    { script: 'docker pull alpine:3.20\ndocker tag alpine:3.20 localhost:5000/learner/alpine:3.21\ndocker pull alpine:3.21', checkpoint: 'many-names', expectHint: /is a different image from alpine:3\.21/ },
    { script: 'docker pull nginx:stable\necho newer > ~/predictions/stable.txt', checkpoint: 'nginx-stable', expectHint: /written after you ran the command that answers it/ },
    { script: 'echo nginx:1.26.3-alpine > ~/pins.txt', checkpoint: 'pin-it', expectHint: /its publisher can move a tag/ },
    { script: "docker pull nginx:alpine\ndocker image inspect -f '{{index .RepoDigests 0}}' nginx:alpine > ~/pins.txt", checkpoint: 'pin-it', expectHint: /names a different image from the one nginx:1\.26-alpine names today/ },
    { script: 'docker pull alpine:3.21\ndocker tag alpine:3.21 alpine:arm64', checkpoint: 'arm-copy', expectHint: /alpine:arm64 is for linux\/amd64, not linux\/arm64\/v8/ },
    { script: 'docker pull --platform linux/arm64 alpine:3.21\ndocker tag alpine:3.21 alpine:arm64', checkpoint: 'arm-copy', expectHint: /alpine:3\.21 is for linux\/arm64\/v8, not linux\/amd64/ },
  ],
});
