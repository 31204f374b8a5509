// Lesson 01's checkpoints: pulling, a prediction about kernels, and a challenge read from an image's own files.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

/** What the learner must reach in lesson 01, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('01-what-is-an-image', {
  checkpoints: [
    {
      id: 'pull-alpine',
      kind: 'guided',
      title: 'Pull alpine:3.21 and busybox',
      checks: [
        { matcher: 'imageExists', params: { ref: 'alpine:3.21' } },
        { matcher: 'imageExists', params: { ref: 'busybox:latest' } },
      ],
      hints: [
        'Images come from a registry; docker pull fetches one by name.',
        'A name can carry a tag after a colon (alpine:3.21); without one, Docker uses the tag latest.',
        'docker pull <name>:<tag>, once for each image.',
      ],
      solution: 'docker pull alpine:3.21\ndocker pull busybox',
    },
    {
      id: 'kernel-prediction',
      kind: 'predict',
      title: 'Predict whether ubuntu reports an Ubuntu kernel, then record the kernel it reports',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/kernel.txt', before: '^docker (container )?run .*ubuntu' } },
        { matcher: 'answerFileEquals', params: { path: 'answers/ubuntu-kernel.txt', expect: { hostKernel: true } } },
      ],
      hints: [
        'First write what you expect into ~/predictions/kernel.txt, before any ubuntu container runs.',
        'A container has no kernel of its own: uname -r asks the kernel it runs on.',
        'echo <your guess> > ~/predictions/kernel.txt, then docker run --rm ubuntu uname -r > ~/answers/ubuntu-kernel.txt',
      ],
      solution: 'echo "same as alpine" > ~/predictions/kernel.txt\ndocker run --rm ubuntu uname -r > ~/answers/ubuntu-kernel.txt',
    },
    {
      id: 'distro-detective',
      kind: 'challenge',
      title: "python:3.12-slim's distribution ID and its containers' kernel are in ~/answers/distro.txt and ~/answers/kernel.txt",
      checks: [
        {
          matcher: 'answerFileEquals',
          params: {
            path: 'answers/distro.txt',
            expect: { imageFile: 'python:3.12-slim', path: '/etc/os-release', key: 'ID' },
            normalize: ['trim', 'lower'],
            whenWrong: [
              { matches: '^python', hint: 'Python is the app: which distribution is under it?' },
              { matches: '^(ubuntu|alpine)$', hint: "Not what python:3.12-slim's own /etc/os-release says." },
            ],
          },
        },
        { matcher: 'answerFileEquals', params: { path: 'answers/kernel.txt', expect: { hostKernel: true } } },
      ],
      hints: [
        'The image itself knows its distribution: look at a file every distribution ships in /etc.',
        "/etc/os-release has an ID= line naming the distribution; uname -r in a container asks the kernel it shares.",
        'docker run --rm <image> cat <file>, then echo <ID> > ~/answers/distro.txt; docker run --rm <image> <command> > ~/answers/kernel.txt',
      ],
      solution: 'docker run --rm python:3.12-slim cat /etc/os-release\necho debian > ~/answers/distro.txt\ndocker run --rm python:3.12-slim uname -r > ~/answers/kernel.txt',
    },
  ],
  nearMisses: [
    { script: 'docker pull alpine\ndocker pull busybox', checkpoint: 'pull-alpine', expectHint: /no image called alpine:3\.21/ },
    { script: 'docker run --rm ubuntu uname -r > ~/answers/ubuntu-kernel.txt', checkpoint: 'kernel-prediction', expectHint: /There is no prediction in ~\/predictions\/kernel\.txt/ },
    { script: 'echo ubuntu > ~/predictions/kernel.txt\necho ubuntu > ~/answers/ubuntu-kernel.txt', checkpoint: 'kernel-prediction', expectHint: /is not the kernel release containers report/ },
    { script: 'docker pull python:3.12-slim\necho python > ~/answers/distro.txt', checkpoint: 'distro-detective', expectHint: /Python is the app: which distribution is under it\?/ },
    { script: 'docker pull python:3.12-slim\necho ubuntu > ~/answers/distro.txt', checkpoint: 'distro-detective', expectHint: /Not what python:3\.12-slim's own \/etc\/os-release says/ },
    { script: 'echo debian > ~/answers/distro.txt', checkpoint: 'distro-detective', expectHint: /python:3\.12-slim is not on this machine yet/ },
  ],
});
