// Lesson authoring: `lessons/NN-slug/checkpoints.ts` calls defineLesson, which validates every checkpoint
// and every matcher's parameters with zod when the module loads — so `astro build` and the tests fail
// with a message that says what is wrong and how to fix it.
import { z } from 'zod';
import type { CheckpointSpec } from '../protocol/session.ts';
import { matcherTable, matchers, type MatcherName } from './matchers/index.ts';
import type { Matcher } from './matcher.ts';
import { regexString } from './params.ts';
import { lintCheckpoint } from './lint.ts';

/** A check as an author writes it: the matcher's name and its parameters, typed per matcher. */
export type CheckInput = {
  [K in MatcherName]: { matcher: K; params: z.input<(typeof matcherTable)[K]['params']>; why?: string };
}[MatcherName];

/** A checkpoint as an author writes it. */
export interface CheckpointInput {
  id: string;
  title: string;
  /** guided (the page's Run blocks reach it), predict (write a prediction, then verify), challenge (an end state nothing on the page reaches); default guided. */
  kind?: 'guided' | 'predict' | 'challenge';
  checks: CheckInput[];
  /** Exactly three: a nudge (where to look), the concept (why), a near-answer (the command's shape, with <placeholders>). */
  hints: string[];
  solution?: string;
  /** Hints for wrong turns that leave no state: while unmet, the latest failed command matching `pattern` gives `hint`. */
  whyFromLog?: { pattern: string; hint: string }[];
}

/** A wrong turn the author expects: running `script` from the start must leave `checkpoint` unmet with `expectHint`. */
export interface NearMiss {
  script: string;
  /** The checkpoint it concerns; the first one when absent. */
  checkpoint?: string;
  expectHint: RegExp;
}

/** What a lesson's checkpoints.ts exports after validation. */
export interface LessonDefinition {
  lessonId: string;
  checkpoints: CheckpointSpec[];
  nearMisses: NearMiss[];
}

const checkSchema = z
  .object({
    matcher: z.string().describe(`The matcher's name: ${Object.keys(matcherTable).join(', ')}.`),
    params: z.record(z.string(), z.unknown()).describe('The matcher\'s parameters (see its schema in src/checkpoints/matchers/).'),
    why: z.string().min(1).optional().describe('Replaces the matcher\'s "why not yet" text.'),
  })
  .strict()
  .superRefine((check, ctx) => {
    const matcher = matchers.get(check.matcher);
    if (!matcher) {
      ctx.addIssue({ code: 'custom', path: ['matcher'], message: `unknown matcher "${check.matcher}"${suggest(check.matcher)}; the matchers are ${[...matchers.keys()].join(', ')}` });
      return;
    }
    const parsed = matcher.params.safeParse(check.params);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', path: ['params', ...issue.path.map(String)], message: explain(matcher, issue) });
    }
  });

const checkpointSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use lower-case words joined by hyphens, e.g. "pull-alpine"' })
      .describe('Stable ID, saved in learners\' progress: never rename a published one.'),
    title: z.string().min(1).describe('What to do, shown beside the terminal: "Pull the alpine image".'),
    kind: z.enum(['guided', 'predict', 'challenge']).default('guided').describe('guided, predict or challenge (see CheckpointInput).'),
    checks: z.array(checkSchema).min(1, { error: 'a checkpoint needs at least one check' }).describe('All must pass at once.'),
    hints: z
      .array(z.string().min(1))
      .length(3, { error: 'give exactly three hints: a nudge (where to look), the concept (why), a near-answer (the command\'s shape with <placeholders>)' })
      .describe('Revealed one at a time on request, gentlest first.'),
    solution: z.string().min(1).optional().describe('Commands that meet it, one per line, run after the earlier checkpoints\' solutions.'),
    whyFromLog: z
      .array(z.strictObject({ pattern: regexString('A regular expression over a failed command line.'), hint: z.string().min(1).describe('The hint it gives.') }))
      .optional()
      .describe('Hints for near-misses that leave no state: the latest failed command matching a pattern gives its hint while the checkpoint is unmet.'),
  })
  .strict()
  .superRefine(lintCheckpoint);

const lessonSchema = z
  .object({
    checkpoints: z.array(checkpointSchema).min(1, { error: 'a lesson needs at least one checkpoint' }),
    nearMisses: z
      .array(
        z
          .object({
            script: z.string().min(1).describe('Commands a learner might type, one per line.'),
            checkpoint: z.string().optional().describe('The checkpoint it concerns (the first when absent).'),
            expectHint: z.instanceof(RegExp).describe('What its "why not yet" text must match.'),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((lesson, ctx) => {
    const ids = lesson.checkpoints.map((c) => c.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['checkpoints', i, 'id'], message: `the id "${id}" is used twice; each checkpoint needs its own` });
    });
    lesson.nearMisses.forEach((miss, i) => {
      if (miss.checkpoint !== undefined && !ids.includes(miss.checkpoint)) {
        ctx.addIssue({ code: 'custom', path: ['nearMisses', i, 'checkpoint'], message: `no checkpoint has the id "${miss.checkpoint}" (they are ${ids.join(', ')})` });
      }
    });
  });

/** Thrown when a lesson's checkpoints.ts is wrong; the message lists each problem and how to fix it. */
export class LessonDefinitionError extends Error {
  readonly code = 'INVALID_LESSON';
  constructor(
    readonly lessonId: string,
    readonly problems: string[],
  ) {
    super(`lessons/${lessonId}/checkpoints.ts is not a valid lesson definition:\n${problems.map((p) => `  • ${p}`).join('\n')}`);
    this.name = 'LessonDefinitionError';
  }
}

/** Validates a lesson's checkpoints (and near-misses) and returns them as the page and the tests use them. */
export function defineLesson(lessonId: string, input: { checkpoints: CheckpointInput[]; nearMisses?: NearMiss[] }): LessonDefinition {
  const result = lessonSchema.safeParse(input);
  if (!result.success) throw new LessonDefinitionError(lessonId, result.error.issues.map((issue) => locate(input, issue)));
  return { lessonId, checkpoints: result.data.checkpoints as CheckpointSpec[], nearMisses: result.data.nearMisses };
}

// "checkpoints[1] ("pull-nginx") → checks[0] (imageExists) → params.ref: …"
function locate(input: { checkpoints?: CheckpointInput[] }, issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String);
  const parts: string[] = [];
  let i = 0;
  if (path[0] === 'checkpoints' && path[1] !== undefined) {
    const cp = input.checkpoints?.[Number(path[1])];
    parts.push(`checkpoints[${path[1]}]${cp?.id ? ` ("${cp.id}")` : ''}`);
    i = 2;
    if (path[2] === 'checks' && path[3] !== undefined) {
      const check = cp?.checks?.[Number(path[3])];
      parts.push(`checks[${path[3]}]${check?.matcher ? ` (${check.matcher})` : ''}`);
      i = 4;
    }
  }
  const rest = path.slice(i).join('.');
  if (rest) parts.push(rest);
  return `${parts.join(' → ') || '(top level)'}: ${issue.message}`;
}

// A parameter problem, with what the field means and an example of right parameters.
function explain(matcher: Matcher, issue: z.core.$ZodIssue): string {
  const field = issue.path[0] !== undefined ? String(issue.path[0]) : undefined;
  const shape = objectShape(matcher.params);
  const description = field && shape?.[field]?.description;
  const fields = shape ? Object.keys(shape).join(', ') : '';
  const unknownKeys = issue.code === 'unrecognized_keys' ? ` (${matcher.name} takes ${fields})` : '';
  return `${issue.message}${unknownKeys}.${description ? ` ${field}: ${description}` : ''} Example: ${JSON.stringify({ matcher: matcher.name, params: matcher.example })}`;
}

// The field schemas of an object schema (through refinements), for their descriptions.
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = (schema as unknown as { def?: { shape?: Record<string, z.ZodType>; in?: z.ZodType } }).def;
  if (def?.shape) return def.shape;
  return def?.in ? objectShape(def.in) : undefined;
}

// "did you mean" for a mistyped matcher name.
function suggest(name: string): string {
  const lower = name.toLowerCase();
  const close = [...matchers.keys()].find((k) => k.toLowerCase() === lower || k.toLowerCase().startsWith(lower.slice(0, 5)));
  return close ? ` (did you mean "${close}"?)` : '';
}
