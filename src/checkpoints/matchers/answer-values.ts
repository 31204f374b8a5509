// The values an answer file is checked against, computed from the engine so a lesson never hard-codes
// them: a literal, a field of `docker image inspect`, a key of a file in an image, the number of
// `docker history` rows, an image's ENV, the
// layer two images share, a layer's blob digest in the registry, a part of a reference, the kernel.
import { z } from 'zod';
import { imageRef, resolveImage, type EngineReads, imageFiles, normalizeReference } from '../params.ts';
import { diffIds } from './shared-layers.ts';

const ref = imageRef('The image it is about');

/** One value an answer line must equal; each kind says where the truth comes from. */
export const valueSchema = z.union([
  z.strictObject({ literal: z.string().describe('This exact text.') }),
  z.strictObject({
    inspect: ref,
    field: z.string().regex(/^[A-Z][A-Za-z]*(\.[A-Za-z0-9_]+)*$/, { error: 'field is a dotted path of docker image inspect, e.g. "Config.StopSignal"' }).describe('A dotted path in docker image inspect, e.g. "Config.ExposedPorts" or "RootFS.Layers".'),
    pick: z.enum(['value', 'keys', 'length', 'first', 'last']).default('value').describe('value (joined by spaces when a list), keys of a map, length of a list, first or last item.'),
  }),
  z.strictObject({
    imageFile: ref,
    path: z.string().startsWith('/').describe('An absolute path in the image.'),
    key: z.string().min(1).optional().describe('A KEY of a KEY=value file (as /etc/os-release), quotes removed; the whole file (trimmed) when absent.'),
  }),
  z.strictObject({ historyRows: ref.describe('The image whose docker history rows are counted (every step, layer or not).') }),
  z.strictObject({ envOf: ref, name: z.string().min(1).describe('The ENV variable\'s name, e.g. "NGINX_VERSION".') }),
  z.strictObject({ commonLayer: z.tuple([ref, ref]).describe('Two images: the diff ID of a layer both have (any of them, when several).') }),
  z.strictObject({
    blobDigest: ref,
    layer: z.number().int().nonnegative().describe('Which layer, 0 = the bottom one.'),
    short: z.boolean().default(false).describe('The 12 hex digits docker pull prints, instead of the full sha256:… digest.'),
  }),
  z.strictObject({
    reference: z.string().min(1).describe('A reference as a learner types it, e.g. "jpetazzo/clock".'),
    part: z.string().regex(/^(domain|path|tag|digest)( (domain|path|tag|digest))*$/, { error: 'part is one or more of domain, path, tag, digest, separated by spaces' }).describe('Which parts, space-separated: domain, path, tag (latest when absent), digest.'),
  }),
  z.strictObject({ hostKernel: z.literal(true).describe('The kernel release containers and the host report (uname -r).') }),
]);

/** A value as a lesson declares it (before defaults). */
export type ValueInput = z.input<typeof valueSchema>;
type Value = z.output<typeof valueSchema>;

/** What a value comes to: the answers accepted, or why it cannot be known yet (an image not pulled). */
export type Resolved = { accepted: string[]; what: string } | { missing: string; what: string };

const notHere = (r: string, what: string): Resolved => ({ missing: `${r} is not on this machine yet: the answer is checked against it.`, what });

/** The accepted answers for a value, and what it is in words ("the ID in /etc/os-release of python:3.12-slim"). */
export function resolveValue(engine: EngineReads, value: Value): Resolved {
  if ('literal' in value) return { accepted: [value.literal], what: 'the expected word' };
  if ('inspect' in value) {
    const what = `${value.field}${value.pick === 'value' ? '' : ` (${value.pick})`} of ${value.inspect}`;
    if (!resolveImage(engine, value.inspect)) return notHere(value.inspect, what);
    const found = value.field.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), engine.imageInspect(value.inspect));
    return { accepted: [pick(found, value.pick)], what };
  }
  if ('imageFile' in value) {
    const what = value.key ? `${value.key} in ${value.path} of ${value.imageFile}` : `${value.path} of ${value.imageFile}`;
    const id = resolveImage(engine, value.imageFile);
    if (!id) return notHere(value.imageFile, what);
    const fs = imageFiles(engine, id);
    if (!fs.exists(value.path)) return { accepted: [], what };
    const text = fs.readText(value.path);
    if (!value.key) return { accepted: [text.trim()], what };
    const line = text.split('\n').find((l) => l.startsWith(`${value.key}=`));
    return { accepted: line ? [line.slice(value.key.length + 1).replace(/^(["'])(.*)\1$/, '$2')] : [], what };
  }
  if ('historyRows' in value) {
    const what = `the number of rows docker history shows for ${value.historyRows}`;
    if (!resolveImage(engine, value.historyRows)) return notHere(value.historyRows, what);
    return { accepted: [String(engine.imageHistory(value.historyRows).length)], what };
  }
  if ('envOf' in value) {
    const what = `${value.name} in the ENV of ${value.envOf}`;
    const id = resolveImage(engine, value.envOf);
    if (!id) return notHere(value.envOf, what);
    const line = (engine.imageConfig(id).config.Env ?? []).find((e) => e.startsWith(`${value.name}=`));
    return { accepted: line ? [line.slice(value.name.length + 1)] : [], what };
  }
  if ('commonLayer' in value) {
    const [a, b] = value.commonLayer;
    const what = `a layer ${a} and ${b} share`;
    const la = diffIds(engine, a);
    const lb = diffIds(engine, b);
    if (!la) return notHere(a, what);
    if (!lb) return notHere(b, what);
    return { accepted: la.filter((d) => lb.includes(d)), what };
  }
  if ('blobDigest' in value) return blobDigest(engine, value.blobDigest, value.layer, value.short);
  if ('reference' in value) {
    const what = `the ${value.part.replace(/ /g, ' and ')} of ${value.reference}`;
    const named = normalizeReference(value.reference);
    const parts: Record<string, string> = { domain: named.domain, path: named.path, tag: named.tag || 'latest', digest: named.digest ?? '' };
    return { accepted: [value.part.split(' ').map((p) => parts[p]).join(' ')], what };
  }
  return { accepted: [engine.systemVersion().KernelVersion], what: 'the kernel release containers report' };
}

// The digest of a layer's blob as the registry serves it (what docker pull shows), for the manifest of
// the local image's platform.
function blobDigest(engine: EngineReads, r: string, layer: number, short: boolean): Resolved {
  const what = `the blob digest of layer ${layer} of ${r}${short ? ' (12 digits)' : ''}`;
  const id = resolveImage(engine, r);
  if (!id) return notHere(r, what);
  const named = normalizeReference(r);
  const image = named.digest ? engine.hubImage(named.path, named.digest) : engine.hubImage(named.path, named.tag || 'latest');
  const manifest = image?.manifests.find((m) => m.configDigest === id);
  const digest = manifest?.layers[layer]?.digest;
  if (!digest) return { accepted: [], what };
  return { accepted: [short ? digest.replace(/^sha256:/, '').slice(0, 12) : digest], what };
}

function pick(found: unknown, how: 'value' | 'keys' | 'length' | 'first' | 'last'): string {
  const list = Array.isArray(found) ? found : found && typeof found === 'object' ? Object.keys(found) : found === undefined || found === null ? [] : [found];
  if (how === 'length') return String(list.length);
  if (how === 'first') return String(list[0] ?? '');
  if (how === 'last') return String(list[list.length - 1] ?? '');
  return list.map(String).join(' ');
}
