// Lesson 01's graded checkpoints: evaluated in the worker on engine state after every command.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

/** What the learner must do in lesson 01, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('01-what-is-an-image', {
  checkpoints: [
    {
      id: 'pull-alpine',
      title: 'Pull the alpine image',
      checks: [{ matcher: 'imageExists', params: { ref: 'alpine:latest' } }],
      hints: ['Images come from a registry. The command is `docker pull` followed by the image name.', 'Every docker command names the object it works on, here an image by its name and tag.', 'Run `docker pull alpine` and press Enter.'],
      solution: 'docker pull alpine',
    },
    {
      id: 'list-images',
      title: 'List the images on your machine',
      checks: [
        { matcher: 'imageExists', params: { ref: 'alpine:latest' } },
        { matcher: 'commandUsed', params: { pattern: '^docker (images|image (ls|list))\\b', hint: 'Now list your local images.' } },
      ],
      hints: ['Docker can list the images it has stored locally.', 'Every docker command names the object it works on, here an image by its name and tag.', 'Run `docker images` (or `docker image ls`).'],
      solution: 'docker images',
    },
    {
      id: 'read-history',
      title: 'Read the history of alpine',
      checks: [
        { matcher: 'imageExists', params: { ref: 'alpine:latest' } },
        {
          matcher: 'commandUsed',
          params: { pattern: '^docker (image )?history( -[-a-zA-Z=]+)* alpine(:latest)?$', hint: 'Now show the steps that made alpine, layer by layer.' },
        },
      ],
      hints: ['Each image records the steps that built it.', 'Every docker command names the object it works on, here an image by its name and tag.', 'Run `docker history alpine`.'],
      solution: 'docker history alpine',
    },
  ],
  nearMisses: [
    // A specific tag is a different name: it does not give you alpine:latest.
    { script: 'docker pull alpine:3.20', checkpoint: 'pull-alpine', expectHint: /no image called alpine:latest/ },
    { script: 'docker pull alpine\ndocker history hello-world', checkpoint: 'read-history', expectHint: /steps that made alpine/ },
  ],
});
