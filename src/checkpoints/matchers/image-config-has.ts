// imageConfigHas — the image's configuration (`docker image inspect -f '{{json .Config}}'`) has a value:
// Env, Cmd, Entrypoint, ExposedPorts, Volumes, WorkingDir, User, Labels, StopSignal, Shell, OnBuild or
// Healthcheck (its Test), exactly or containing one item.
import { z } from 'zod';
import type { ImageConfig } from '../../engine/index.ts';
import { missing, notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, resolveImage } from '../params.ts';

const FIELDS = ['Env', 'Cmd', 'Entrypoint', 'ExposedPorts', 'Volumes', 'WorkingDir', 'User', 'Labels', 'StopSignal', 'Shell', 'OnBuild', 'Healthcheck'] as const;
type Field = (typeof FIELDS)[number];
const STRING_FIELDS: readonly Field[] = ['WorkingDir', 'User', 'StopSignal'];
// Lists whose order matters (an argv), compared in order.
const ORDERED_FIELDS: readonly Field[] = ['Cmd', 'Entrypoint', 'Shell', 'OnBuild', 'Healthcheck'];

/** Passes when Config.<field> equals `equals`, or contains `contains`. */
export const imageConfigHas = defineMatcher({
  name: 'imageConfigHas',
  description: `The image config has a value: ${FIELDS.join(', ')} (its Test), exactly (equals) or one item of it (contains).`,
  params: z
    .strictObject({
      ref: imageRef('The image whose config is read'),
      field: z.enum(FIELDS).describe(`The config field: ${FIELDS.join(', ')}.`),
      equals: z
        .union([z.string(), z.array(z.string()), z.record(z.string(), z.string())])
        .optional()
        .describe(
          'The whole value: a string for WorkingDir, User and StopSignal; an object for Labels; a list for the rest (Env "KEY=value" items, Cmd/Entrypoint/Shell argv, OnBuild instructions, Healthcheck Test, ExposedPorts "80/tcp", Volumes paths).',
        ),
      contains: z
        .string()
        .optional()
        .describe(
          'One item: an Env "KEY=value" (or just "KEY"), a Cmd/Entrypoint argument, a port ("80" means "80/tcp"), a volume path, a label "key=value" (or "key"), or a substring of WorkingDir/User.',
        ),
    })
    .refine((p) => (p.equals === undefined) !== (p.contains === undefined), { error: 'give exactly one of equals or contains' })
    .refine((p) => p.equals === undefined || shapeFits(p.field, p.equals), {
      error: 'equals has the wrong shape for this field: a string for WorkingDir/User/StopSignal, an object for Labels, a list of strings otherwise',
      path: ['equals'],
    }),
  example: { ref: 'nginx:alpine', field: 'ExposedPorts', contains: '80/tcp' },
  check({ ref, field, equals, contains }, { engine }) {
    const id = resolveImage(engine, ref);
    if (!id) return missing(noImage(ref));
    return configVerdict(ref, engine.imageConfig(id).config, { field, equals, contains });
  },
});

/** What imageConfigHas asks of a config: a field, and its whole value or one item of it. */
export interface ConfigExpectation {
  field: Field;
  equals?: string | string[] | Record<string, string>;
  contains?: string;
}

/** The config fields a check may read. */
export const CONFIG_FIELDS = FIELDS;

/** The verdict on `config` (of the image the learner calls `ref`), shared with builtImageHas. */
export function configVerdict(ref: string, config: ImageConfig, { field, equals, contains }: ConfigExpectation): Verdict {
  return equals !== undefined ? checkEquals(ref, field, config, equals) : checkContains(ref, field, config, contains!);
}

function shapeFits(field: Field, value: unknown): boolean {
  if (STRING_FIELDS.includes(field)) return typeof value === 'string';
  if (field === 'Labels') return typeof value === 'object' && !Array.isArray(value);
  return Array.isArray(value);
}

// The field as a list of comparable strings (map keys for ExposedPorts/Volumes, key=value for Labels).
function items(field: Field, config: ImageConfig): string[] {
  const value = field === 'Healthcheck' ? config.Healthcheck?.Test : config[field];
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value === '' ? [] : [value];
  if (Array.isArray(value)) return value;
  if (field === 'Labels') return Object.entries(value as Record<string, string>).map(([k, v]) => `${k}=${v}`);
  return Object.keys(value);
}

function show(field: Field, config: ImageConfig): string {
  const value = field === 'Healthcheck' ? config.Healthcheck?.Test : config[field];
  if (value === undefined || value === null || value === '' || (typeof value === 'object' && Object.keys(value).length === 0)) return 'not set';
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function checkEquals(ref: string, field: Field, config: ImageConfig, equals: string | string[] | Record<string, string>): Verdict {
  const want = typeof equals === 'string' ? (equals === '' ? [] : [equals]) : Array.isArray(equals) ? equals.map((e) => normalizeItem(field, e)) : Object.entries(equals).map(([k, v]) => `${k}=${v}`);
  const have = items(field, config);
  const ordered = ORDERED_FIELDS.includes(field);
  const same = ordered ? sameList(want, have) : sameList([...want].sort(), [...have].sort());
  if (same) return pass;
  return notYet(`The ${field} of ${ref} is ${show(field, config)}; it should be ${typeof equals === 'string' ? `"${equals}"` : JSON.stringify(equals)}.`);
}

function checkContains(ref: string, field: Field, config: ImageConfig, contains: string): Verdict {
  const have = items(field, config);
  const want = normalizeItem(field, contains);
  const hit = STRING_FIELDS.includes(field)
    ? have.some((v) => v.includes(want))
    : (field === 'Env' || field === 'Labels') && !want.includes('=')
      ? have.some((v) => v.split('=')[0] === want)
      : have.includes(want);
  if (hit) return pass;
  return notYet(`The ${field} of ${ref} does not include ${JSON.stringify(contains)} yet (it is ${show(field, config)}).`);
}

// "80" is "80/tcp", as `EXPOSE 80` records it.
function normalizeItem(field: Field, item: string): string {
  return field === 'ExposedPorts' && /^\d+$/.test(item) ? `${item}/tcp` : item;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
