// imageExists — a local image answers to this reference (`alpine` means `alpine:latest`).
import { findImage } from '../../engine/images/lookup.ts';
import { notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';

/** Passes when `docker images` would list the reference. */
export const imageExists = defineMatcher<{ ref: string }>({
  name: 'imageExists',
  description: 'A local image answers to the reference (name[:tag], name@digest or an ID).',
  example: { ref: 'alpine:latest' },
  check({ ref }, { engine }) {
    let found: string | undefined;
    try {
      found = findImage(engine.store, ref);
    } catch {
      found = undefined;
    }
    return found ? pass : notYet(`There is no image called ${ref} on this machine yet.`);
  },
});
