// Lesson 01's graded checkpoints: evaluated in the worker on engine state after every command.
import type { CheckpointSpec } from '../../src/protocol/session.ts';

/** What the learner must do in lesson 01. */
export const checkpoints: CheckpointSpec[] = [
  {
    id: 'pull-alpine',
    title: 'Pull the alpine image',
    checks: [{ matcher: 'imageExists', params: { ref: 'alpine:latest' } }],
    hints: ['Images come from a registry. The command is `docker pull` followed by the image name.', 'Type `docker pull alpine` and press Enter.'],
  },
  {
    id: 'list-images',
    title: 'List the images on your machine',
    checks: [
      { matcher: 'imageExists', params: { ref: 'alpine:latest' } },
      { matcher: 'commandUsed', params: { pattern: '^docker (images|image (ls|list))\\b', hint: 'Now list your local images.' } },
    ],
    hints: ['Docker can list the images it has stored locally.', 'Type `docker images` (or `docker image ls`).'],
  },
];
