// Lesson 02's graded checkpoints: shared layers, history and the layer list.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

/** What the learner must do in lesson 02, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('02-layers-and-history', {
  checkpoints: [
    {
      id: 'pull-alpine-3-21',
      title: 'Pull alpine:3.21',
      checks: [{ matcher: 'imageExists', params: { ref: 'alpine:3.21' } }],
      hints: ['Pull the exact Alpine release nginx:alpine is built on, by its tag.', 'Every docker command names the object it works on, here an image by its name and tag.', 'Run `docker pull alpine:3.21`.'],
      solution: 'docker pull alpine:3.21',
    },
    {
      id: 'pull-nginx-alpine',
      title: 'Pull nginx:alpine, which shares a layer with it',
      checks: [
        { matcher: 'imageExists', params: { ref: 'nginx:alpine' } },
        { matcher: 'layerCount', params: { ref: 'nginx:alpine', min: 2 } },
      ],
      hints: ['The tag matters: `nginx` alone means `nginx:latest`, which is built on Debian.', 'Every docker command names the object it works on, here an image by its name and tag.', 'Run `docker pull nginx:alpine`.'],
      solution: 'docker pull nginx:alpine',
    },
    {
      id: 'read-history',
      title: 'Read the history of nginx:alpine',
      checks: [
        { matcher: 'imageHistoryHas', params: { ref: 'nginx:alpine', createdBy: '^ADD alpine-minirootfs', makesLayer: true, describe: 'Alpine base layer' } },
        {
          matcher: 'commandUsed',
          params: { pattern: '^docker (image )?history\\b.* nginx:alpine$', hint: 'Now list the steps that made nginx:alpine.' },
        },
      ],
      hints: ['One command shows the steps behind each layer of an image.', 'Every docker command names the object it works on, here an image by its name and tag.', 'Run `docker history nginx:alpine`.'],
      solution: 'docker history nginx:alpine',
    },
    {
      id: 'list-layers',
      title: 'List the layer digests of nginx:alpine',
      checks: [
        { matcher: 'imageExists', params: { ref: 'nginx:alpine' } },
        {
          matcher: 'commandUsed',
          params: { pattern: '^docker (image )?inspect\\b.*\\bnginx:alpine\\b', hint: 'Now inspect nginx:alpine to see its layers (RootFS.Layers).' },
        },
      ],
      hints: ['`docker image inspect` prints an image\'s metadata; `--format` picks one field.', 'Every docker command names the object it works on, here an image by its name and tag.', "Run `docker image inspect --format '{{json .RootFS.Layers}}' nginx:alpine`."],
      solution: "docker image inspect --format '{{json .RootFS.Layers}}' nginx:alpine",
    },
  ],
  nearMisses: [
    { script: 'docker pull alpine', checkpoint: 'pull-alpine-3-21', expectHint: /no image called alpine:3\.21/ },
    { script: 'docker pull nginx', checkpoint: 'pull-nginx-alpine', expectHint: /no image called nginx:alpine/ },
    { script: 'docker pull nginx:alpine\ndocker history alpine:3.21', checkpoint: 'read-history', expectHint: /steps that made nginx:alpine/ },
  ],
});
