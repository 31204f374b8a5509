// The lessons collection: one folder per lesson, `lessons/NN-slug/index.mdx`, validated at build time.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Frontmatter every lesson declares; a mistake fails the build with the field's description. */
export const lessonSchema = z.object({
  title: z.string().min(1).describe('The lesson title, shown in the page heading and the lesson list.'),
  summary: z
    .string()
    .min(1)
    .describe('One or two sentences saying what the learner will do; shown on the home page.'),
  order: z
    .number()
    .int()
    .nonnegative()
    .describe('Position in the course (1, 2, 3 …); lessons are listed and linked in this order.'),
  minutes: z.number().int().positive().describe('Rough time to finish the lesson, in minutes.'),
  objectives: z
    .array(z.string().min(1))
    .min(1)
    .describe('What the learner can do afterwards, one short sentence per item.'),
  sources: z
    .array(z.string().regex(/^\d{3}-\d{2}$/))
    .default([])
    .describe('The source documents\' sections this lesson teaches, by their IDs in the curriculum\'s map ("002-01"); lesson CI checks them against the map.'),
});

/** Lesson frontmatter after validation. */
export type LessonData = z.infer<typeof lessonSchema>;

const lessons = defineCollection({
  // The entry id is the folder name (`01-what-is-an-image`), which is also the page slug.
  loader: glob({
    pattern: '*/index.mdx',
    base: './lessons',
    generateId: ({ entry }) => entry.split('/')[0],
  }),
  schema: lessonSchema,
});

export const collections = { lessons };
