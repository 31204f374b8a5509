// Lesson authoring: defineLesson rejects mistakes with a message saying what is wrong and how to fix it.
import { describe, expect, it } from 'vitest';
import { defineLesson, LessonDefinitionError } from '../../src/checkpoints/authoring.ts';
import { matchers } from '../../src/checkpoints/matchers/index.ts';

function problems(input: unknown): string {
  try {
    defineLesson('99-test', input as never);
  } catch (error) {
    expect(error).toBeInstanceOf(LessonDefinitionError);
    return (error as Error).message;
  }
  throw new Error('expected defineLesson to throw');
}

const hints = ['Images come from a registry.', 'docker pull downloads an image and its layers.', 'docker pull <name>'];
const ok = { id: 'pull-alpine', title: 'Pull alpine', checks: [{ matcher: 'imageExists', params: { ref: 'alpine' } }], hints };

describe('defineLesson', () => {
  it('returns the checkpoints with defaults applied', () => {
    expect(defineLesson('99-test', { checkpoints: [ok as never] })).toEqual({ lessonId: '99-test', checkpoints: [{ ...ok, kind: 'guided' }], nearMisses: [] });
  });

  it('names the lesson, the checkpoint, the check and the field, with its meaning and an example', () => {
    const message = problems({ checkpoints: [ok, { ...ok, id: 'tag-it', checks: [{ matcher: 'tagPointsTo', params: { ref: 'mine:v1' } }] }] });
    expect(message).toContain('lessons/99-test/checkpoints.ts is not a valid lesson definition:\n');
    expect(message).toMatch(/• checkpoints\[1\] \("tag-it"\) → checks\[0\] \(tagPointsTo\) → params\.sameAs: .*sameAs: The image it must be the same as, as a learner would type it.* Example: \{"matcher":"tagPointsTo","params":\{"ref":"myalpine:v1","sameAs":"alpine:3\.21"\}\}/);
  });

  it('suggests the matcher meant, lists unknown keys and duplicate ids', () => {
    expect(problems({ checkpoints: [{ ...ok, checks: [{ matcher: 'imageexists', params: { ref: 'alpine' } }] }] })).toMatch(/unknown matcher "imageexists" \(did you mean "imageExists"\?\); the matchers are imageExists, /);
    expect(problems({ checkpoints: [{ ...ok, checks: [{ matcher: 'imageExists', params: { ref: 'alpine', tga: 'x' } }] }] })).toMatch(/params: Unrecognized key: "tga" \(imageExists takes ref\)/);
    expect(problems({ checkpoints: [ok, ok] })).toContain('checkpoints[1] ("pull-alpine") → id: the id "pull-alpine" is used twice');
    expect(problems({ checkpoints: [ok], nearMisses: [{ script: 'x', checkpoint: 'nope', expectHint: /x/ }] })).toContain('nearMisses.0.checkpoint: no checkpoint has the id "nope" (they are pull-alpine)');
  });

  it('describes every parameter of every matcher', () => {
    for (const matcher of matchers.values()) {
      let def = (matcher.params as unknown as { def: { shape?: Record<string, { description?: string }>; in?: { def: unknown } } }).def;
      while (!def.shape && def.in) def = def.in.def as typeof def;
      for (const [field, schema] of Object.entries(def.shape!)) expect(schema.description, `${matcher.name}.${field}`).toBeTruthy();
      expect(matcher.params.safeParse(matcher.example).success, `${matcher.name} example`).toBe(true);
    }
  });
});
