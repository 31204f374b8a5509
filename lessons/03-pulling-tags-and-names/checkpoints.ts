// Lesson 03's graded checkpoints: tags, latest, digests and names for one image.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

const ALPINE_3_21_DIGEST = 'sha256:d0e80e64f69708e1d0ba3b8f6d55e3927f8051f47122cae6b0c2c04961201bea';

/** What the learner must do in lesson 03, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('03-pulling-tags-and-names', {
  checkpoints: [
    {
      id: 'pin-by-tag',
      title: 'Pull Alpine 3.20 by its tag',
      checks: [{ matcher: 'imageExists', params: { ref: 'alpine:3.20' } }],
      hints: ['A tag after a colon picks the version.', 'Every docker command names the object it works on, here an image by its name and tag.', 'Run `docker pull alpine:3.20`.'],
      solution: 'docker pull alpine:3.20',
    },
    {
      id: 'latest-is-a-tag',
      title: 'Show that alpine:latest and alpine:3.21 are the same image',
      checks: [{ matcher: 'tagPointsTo', params: { ref: 'alpine:latest', sameAs: 'alpine:3.21' } }],
      hints: ['You need both names on your machine: pull each one.', 'Every docker command names the object it works on, here an image by its name and tag.', 'Run `docker pull alpine`, then `docker pull alpine:3.21`.'],
      solution: 'docker pull alpine\ndocker pull alpine:3.21',
    },
    {
      id: 'pin-by-digest',
      title: 'Pull Alpine 3.21 by its digest',
      checks: [
        { matcher: 'imageExists', params: { ref: `alpine@${ALPINE_3_21_DIGEST}` } },
        {
          matcher: 'commandUsed',
          params: { pattern: '^docker (image )?pull( -[-a-z=]+)* \\S+@sha256:[a-f0-9]{64}$', hint: 'Now pull it again by its digest: the name, @, then the sha256:… from the Digest: line.' },
        },
      ],
      hints: ['A digest follows the name after `@` instead of a tag after `:`.', 'Every docker command names the object it works on, here an image by its name and tag.', `Run \`docker pull alpine@${ALPINE_3_21_DIGEST}\`.`],
      solution: `docker pull alpine@${ALPINE_3_21_DIGEST}`,
    },
    {
      id: 'many-names',
      title: 'Name alpine:3.21 localhost:5000/learner/alpine:3.21',
      checks: [{ matcher: 'tagPointsTo', params: { ref: 'localhost:5000/learner/alpine:3.21', sameAs: 'alpine:3.21' } }],
      hints: ['`docker tag SOURCE TARGET` adds the name TARGET to the image SOURCE.', 'Every docker command names the object it works on, here an image by its name and tag.', 'Run `docker tag alpine:3.21 localhost:5000/learner/alpine:3.21`.'],
      solution: 'docker tag alpine:3.21 localhost:5000/learner/alpine:3.21',
    },
  ],
  nearMisses: [
    { script: 'docker pull alpine', checkpoint: 'latest-is-a-tag', expectHint: /alpine:3\.21 is not on this machine/ },
    { script: 'docker pull alpine:3.21', checkpoint: 'pin-by-digest', expectHint: /by its digest/ },
    {
      script: 'docker pull alpine:3.20\ndocker pull alpine:3.21\ndocker tag alpine:3.20 localhost:5000/learner/alpine:3.21',
      checkpoint: 'many-names',
      expectHint: /different image from alpine:3\.21/,
    },
  ],
});
