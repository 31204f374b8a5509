// The course's lesson folders in order (CURRICULUM §3): the glossary, the cheat sheet and lesson CI
// refer to lessons by these IDs, including lessons not written yet (their links appear when they are).

/** Every lesson of the plan, in order. */
export const PLANNED_LESSONS = [
  '01-what-is-an-image',
  '02-layers-and-history',
  '03-reading-an-image',
  '04-containers-writable-layer',
  '05-images-without-dockerfile',
  '06-registries-and-namespaces',
  '07-tags-digests-platforms',
  '08-first-dockerfile',
  '09-build-context-copy-workdir',
  '10-env-arg-expose-volume-user-entrypoint',
  '11-build-cache-and-size',
  '12-multi-stage-builds',
  '13-secrets-in-images',
  '14-sharing-images',
  '15-logs-and-ports',
  '16-capstone',
] as const;

/** A lesson of the plan. */
export type PlannedLesson = (typeof PLANNED_LESSONS)[number];

/**
 * Lesson folders that were renamed or merged into another: a progress file that names the old folder is
 * imported and graded as the new one (its guided steps moved there with the same checkpoint IDs).
 */
export const RENAMED_LESSONS: Readonly<Record<string, PlannedLesson>> = {
  '03-pulling-tags-and-names': '07-tags-digests-platforms',
};
