// The matcher library, by the name lessons use.
import type { Matcher } from '../matcher.ts';
import { imageExists } from './image-exists.ts';
import { commandUsed } from './command-used.ts';

/** Every matcher a checkpoint may name. */
export const matchers: ReadonlyMap<string, Matcher<never>> = new Map(
  ([imageExists, commandUsed] as Matcher<never>[]).map((m) => [m.name, m]),
);
