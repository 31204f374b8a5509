// secretAbsent — a secret is nowhere in an image: not in its config, not in its history, and not in any
// layer, including files a later layer deleted. It reads the image as `docker save` + `tar` would, so
// what it finds is what anyone holding the image can find.
import { z } from 'zod';
import { readTar } from '../../vfs/tar/read.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { missing, notYet, pass, type CheckContext, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, resolveImage } from '../params.ts';

/** Where a secret was found, in the learner's terms. */
type Finding = string | undefined;

/** The layers of a saved image, bottom first, each with the history step that made it. */
function savedLayers(ctx: CheckContext, ref: string): { step: string; entries: ReturnType<typeof readTar> }[] {
  const files = new Map(readTar(ctx.engine.imagesGet([ref])).map((e) => [e.path.replace(/^\.\//, ''), e.data]));
  const manifest = JSON.parse(decodeUtf8(files.get('manifest.json')!)) as { Layers: string[] }[];
  const steps = ctx.engine
    .imageHistory(ref)
    .slice()
    .reverse()
    .filter((h) => h.Size > 0 || /^(ADD|COPY|RUN)\b|\/bin\/sh -c/.test(h.CreatedBy))
    .map((h) => h.CreatedBy);
  const layers = [];
  for (const [i, path] of manifest[0].Layers.entries()) {
    // docker save writes layers as plain tars (no gzip), as Docker 25 and later do.
    layers.push({ step: steps[i] ?? `layer ${i + 1}`, entries: readTar(files.get(path)!) });
  }
  return layers;
}

const seen = new Map<string, Finding>();

/** Whether a layer's file is `path` or lies below it ("notes" matches notes/draft.md at any depth; "/run/x" only at the root). */
function underPath(file: string, path: string): boolean {
  const p = path.replace(/^\/|\/$/g, '');
  if (file === p || file.startsWith(p + '/')) return true;
  return !path.startsWith('/') && (file.endsWith('/' + p) || file.includes('/' + p + '/'));
}

const short = (step: string) => (step.length > 60 ? step.slice(0, 57) + '…' : step);

/** Looks for each value and path in the config, the history and every layer; the first place found. */
function findSecret(ctx: CheckContext, ref: string, values: string[], paths: string[]): Finding {
  const inspect = ctx.engine.imageInspect(ref);
  const config = JSON.stringify(inspect.Config ?? {});
  const inConfig = values.find((v) => config.includes(v));
  if (inConfig !== undefined) return `its config (docker image inspect ${ref}) still holds the secret`;
  const step = ctx.engine.imageHistory(ref).find((h) => values.some((v) => h.CreatedBy.includes(v)));
  if (step) return `its history (docker history --no-trunc ${ref}) still shows it in "${short(step.CreatedBy)}"`;
  for (const layer of savedLayers(ctx, ref)) {
    for (const e of layer.entries) {
      const name = e.path.replace(/^\.?\//, '').replace(/\/$/, '');
      const plain = name.replace(/(^|\/)\.wh\./, '$1');
      const hit = e.type !== 'dir' && paths.some((p) => underPath(plain, p));
      if (hit && !/(^|\/)\.wh\./.test(name)) return `the layer of "${short(layer.step)}" still contains ${name}`;
      if (e.data && values.some((v) => decodeUtf8(e.data!).includes(v))) return `the layer of "${short(layer.step)}" still contains the secret in ${name}`;
    }
  }
  return undefined;
}

/** Passes when none of `values` and none of `paths` appear anywhere in the image. */
export const secretAbsent = defineMatcher({
  name: 'secretAbsent',
  description: 'No secret value and no sensitive file is in the image: not in its config, its history, or any layer (deleted files included), as docker save and tar would show.',
  params: z.strictObject({
    ref: imageRef('The image that must be clean'),
    values: z.array(z.string().min(4)).default([]).describe('Secret strings (a token) that must not appear in the config, the history or any file.'),
    paths: z.array(z.string().min(1)).default([]).describe('File or folder names whose files must not be in any layer (".env", "node_modules", "/run/token.txt"); a name without a leading slash matches at any depth. An empty folder carries nothing and is not counted.'),
  }).refine((p) => p.values.length + p.paths.length > 0, { error: 'give values, paths or both' }),
  example: { ref: 'site:v1', values: ['wbk_live_7f3a9c2e51d84b06'], paths: ['.env'] },
  check({ ref, values, paths }, ctx): Verdict {
    const id = resolveImage(ctx.engine, ref);
    if (!id) return missing(noImage(ref));
    // An image ID names immutable content, so a result holds until the image is gone.
    const key = [id, ...values, '\0', ...paths].join('\0');
    if (!seen.has(key)) seen.set(key, findSecret(ctx, ref, values, paths));
    while (seen.size > 64) seen.delete(seen.keys().next().value!);
    const found = seen.get(key);
    return found ? notYet(`${ref} is not clean: ${found}.`) : pass;
  },
});
