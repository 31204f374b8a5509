// Checkpoints for session tests, independent of lesson content: a state check, a state check beside a
// typed-text one, and one a test leaves unmet.
import type { CheckpointSpec } from '../../src/protocol/session.ts';

const hints = ['a', 'b', 'c'];

/** pull-alpine (alpine:latest exists), list-images (and `docker images` ran), tag-it (mine:v1 is alpine). */
export const sessionCheckpoints: CheckpointSpec[] = [
  { id: 'pull-alpine', title: 'Pull alpine', hints, checks: [{ matcher: 'imageExists', params: { ref: 'alpine:latest' } }] },
  {
    id: 'list-images',
    title: 'List the images',
    hints,
    checks: [
      { matcher: 'imageExists', params: { ref: 'alpine:latest' } },
      { matcher: 'commandUsed', params: { pattern: '^docker (images|image (ls|list))\\b', hint: 'Now list your local images.' } },
    ],
  },
  { id: 'tag-it', title: 'Tag alpine', hints, checks: [{ matcher: 'tagPointsTo', params: { ref: 'mine:v1', sameAs: 'alpine:latest' } }] },
];
