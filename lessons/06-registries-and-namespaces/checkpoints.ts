// Lesson 06's checkpoints: a community image, a prediction about registry hosts, and a challenge on reference parts.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

const part = (reference: string) => ({ reference, part: 'domain path' });

/** What the learner must reach in lesson 06, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('06-registries-and-namespaces', {
  checkpoints: [
    {
      id: 'run-clock',
      kind: 'guided',
      title: 'A container named clock runs jpetazzo/clock',
      checks: [
        { matcher: 'imageExists', params: { ref: 'jpetazzo/clock' } },
        { matcher: 'containerRunning', params: { name: 'clock' } },
      ],
      hints: [
        'The image belongs to the Docker Hub user jpetazzo.',
        'docker run pulls an image it does not have; -d keeps it running in the background and --name names the container.',
        'docker run -d --name <name> <namespace>/<repository>',
      ],
      solution: 'docker run -d --name clock jpetazzo/clock',
    },
    {
      id: 'registry-host',
      kind: 'predict',
      title: 'Predict which host a pull of registry.example.com:5000/team/tool contacts, then record it',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/registry-host.txt', before: '^docker .*registry\\.example\\.com' } },
        { matcher: 'answerFileEquals', params: { path: 'answers/registry-host.txt', expect: { reference: 'registry.example.com:5000/team/tool', part: 'domain' }, normalize: ['trim', 'lower'] } },
      ],
      hints: [
        'Guess first, in ~/predictions/registry-host.txt, before you try the pull.',
        'A first part with a dot or a port is a registry host; the port is part of it.',
        'docker pull registry.example.com:5000/team/tool, then echo <host:port> > ~/answers/registry-host.txt',
      ],
      solution: 'echo registry.example.com > ~/predictions/registry-host.txt\necho registry.example.com:5000 > ~/answers/registry-host.txt',
    },
    {
      id: 'name-parts',
      kind: 'challenge',
      title: '~/answers/names.txt splits four references into host and path; cms:community is Bitnami\'s WordPress and cms:official the official one',
      checks: [
        {
          matcher: 'answerFileEquals',
          params: {
            path: 'answers/names.txt',
            expect: [part('ghcr.io/actions/actions-runner:latest'), part('jpetazzo/clock'), part('localhost:5000/team/api:2'), part('nginx')],
            whenWrong: [
              { matches: '^docker\\.io nginx$', hint: 'Official images have a namespace too.' },
              { matches: '^(jpetazzo/clock|clock)$', hint: 'Every line has two parts: the registry host, then the path.' },
            ],
          },
        },
        { matcher: 'tagPointsTo', params: { ref: 'cms:community', sameAs: 'bitnami/wordpress' } },
        { matcher: 'tagPointsTo', params: { ref: 'cms:official', sameAs: 'wordpress' } },
      ],
      hints: [
        'Expand each reference with Docker\'s defaults; then find the two WordPress images on Docker Hub.',
        'No host means docker.io; a single-word name lives in the library namespace. docker search shows which WordPress image is official.',
        'Four lines of <host> <path> into ~/answers/names.txt; docker pull <image>, then docker tag <image> cms:<name>, for each WordPress.',
      ],
      solution:
        "printf 'ghcr.io actions/actions-runner\\ndocker.io jpetazzo/clock\\nlocalhost:5000 team/api\\ndocker.io library/nginx\\n' > ~/answers/names.txt\ndocker pull bitnami/wordpress\ndocker tag bitnami/wordpress cms:community\ndocker pull wordpress\ndocker tag wordpress cms:official",
    },
  ],
  nearMisses: [
    { script: 'docker run --name clock jpetazzo/clock date', checkpoint: 'run-clock', expectHint: /clock is exited, not running/ },
    { script: 'docker pull registry.example.com:5000/team/tool\necho registry.example.com > ~/predictions/registry-host.txt', checkpoint: 'registry-host', expectHint: /written after you ran the command that answers it/ },
    { script: 'echo registry.example.com > ~/predictions/registry-host.txt\necho registry.example.com > ~/answers/registry-host.txt', checkpoint: 'registry-host', expectHint: /is not the domain of registry\.example\.com:5000\/team\/tool yet/ },
    { script: "printf 'ghcr.io actions/actions-runner\\ndocker.io jpetazzo/clock\\nlocalhost:5000 team/api\\ndocker.io nginx\\n' > ~/answers/names.txt", checkpoint: 'name-parts', expectHint: /Official images have a namespace too/ },
    {
      script: "printf 'ghcr.io actions/actions-runner\\ndocker.io jpetazzo/clock\\nlocalhost:5000 team/api\\ndocker.io library/nginx\\n' > ~/answers/names.txt\ndocker pull bitnami/wordpress\ndocker pull bitnami/nginx\ndocker tag bitnami/nginx cms:community",
      checkpoint: 'name-parts',
      expectHint: /cms:community is a different image from bitnami\/wordpress/,
    },
  ],
});
