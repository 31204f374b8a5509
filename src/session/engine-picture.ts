// The live picture's data, read through the engine's API (the same calls `docker images`, `history`,
// `ps -a` and `diff` make): images as layer stacks, containers as writable layers with their changes.
import type { DockerfileDiagnostic, EnginePicture, LayerFile, PictureBuild, PictureImage } from '../protocol/workbench.ts';
import type { Machine } from './machine.ts';
import { familiarString, parseNormalizedNamed } from '../engine/index.ts';
import { readTar } from '../vfs/tar/read.ts';

// History rows whose instruction only sets configuration make no layer (Docker's empty_layer).
const CONFIG_ONLY = /^(\/bin\/sh -c #\(nop\) +)?(ENV|CMD|ENTRYPOINT|LABEL|EXPOSE|USER|ARG|VOLUME|STOPSIGNAL|HEALTHCHECK|SHELL|ONBUILD|MAINTAINER)\b/;
const CHANGE_KINDS = ['C', 'A', 'D'] as const;

/** The daemon, as the machine holds it (its facade is the engine's API). */
type Engine = Machine['engine'];

/** Images (newest first) and containers, with each layer's instruction and the images sharing it. */
export function enginePicture(engine: Engine): EnginePicture {
  const images: PictureImage[] = engine.imageList({ all: false }).map((summary) => {
    const inspect = engine.imageInspect(summary.Id);
    const diffIds = inspect.RootFS.Layers ?? [];
    // History is newest first; the rows that made layers, oldest first, line up with RootFS.Layers.
    const rows = engine.imageHistory(summary.Id).slice().reverse();
    const layerRows = rows.filter((row) => row.Size > 0 || !CONFIG_ONLY.test(row.CreatedBy.trim()));
    const aligned = layerRows.length === diffIds.length;
    return {
      id: summary.Id,
      tags: summary.RepoTags.filter((t) => t !== '<none>:<none>'),
      size: summary.Size,
      layers: diffIds.map((diffId, i) => ({
        diffId,
        size: aligned ? layerRows[i].Size : 0,
        createdBy: aligned ? layerRows[i].CreatedBy : '',
        sharedWith: [],
      })),
    };
  });
  const owners = new Map<string, PictureImage[]>();
  for (const image of images) for (const layer of image.layers) owners.set(layer.diffId, [...(owners.get(layer.diffId) ?? []), image]);
  for (const image of images) {
    for (const layer of image.layers) {
      layer.sharedWith = (owners.get(layer.diffId) ?? []).filter((other) => other !== image).map((other) => other.tags[0] ?? other.id.slice(7, 19));
    }
  }
  const containers = engine.containerList({ all: true }).map((c) => ({
    id: c.Id,
    name: c.Names[0]?.replace(/^\//, '') ?? c.Id.slice(0, 12),
    image: c.Image,
    imageId: c.ImageID,
    state: c.State,
    changes: engine.containerChanges(c.Id).map((change) => ({ kind: CHANGE_KINDS[change.Kind], path: change.Path })),
  }));
  const lastBuild = pictureBuild(engine);
  return lastBuild ? { images, containers, lastBuild } : { images, containers };
}

/** The last build as the engine recorded it (EngineReads.lastBuild), with its names as docker prints them. */
function pictureBuild(engine: Engine): PictureBuild | undefined {
  const record = engine.lastBuild();
  if (!record) return undefined;
  const familiar = (name: string) => {
    try {
      return familiarString(parseNormalizedNamed(name));
    } catch {
      return name;
    }
  };
  return {
    names: record.tags.map(familiar),
    ...(record.imageId ? { imageId: record.imageId } : {}),
    ...(record.error ? { error: record.error } : {}),
    steps: record.steps.map((step) => ({ ...step })),
    stages: record.stages.map((stage) => ({ ...stage })),
  };
}

/** The files of one layer, as its tar lists them (whiteouts mark deletions). */
export function layerFiles(engine: Engine, diffId: string): LayerFile[] {
  const tar = engine.imageLayerTar(diffId);
  if (!tar) return [];
  return readTar(tar).map((entry) => {
    const name = entry.path.split('/').pop() ?? '';
    if (name.startsWith('.wh.')) return { path: `/${entry.path.replace(/\.wh\.([^/]*)$/, '$1')}`, kind: 'whiteout', size: 0 };
    const kind = entry.type === 'dir' ? 'dir' : entry.type === 'symlink' ? 'symlink' : 'file';
    const size = entry.type === 'file' ? (entry.declaredSize ?? entry.data?.length ?? 0) : 0;
    return { path: `/${entry.path}`, kind, size };
  });
}

/** The build checks as editor diagnostics; a Dockerfile that does not parse is one error at its line. */
export async function dockerfileDiagnostics(engine: Engine, text: string): Promise<DockerfileDiagnostic[]> {
  try {
    const result = await engine.buildCheck(text);
    const diagnostics: DockerfileDiagnostic[] = result.warnings.map((w) => ({ line: w.line, rule: w.rule, message: w.detail, severity: 'warning' }));
    if (result.instructionError) diagnostics.push({ line: result.instructionError.line, rule: 'syntax', message: result.instructionError.message, severity: 'error' });
    return diagnostics;
  } catch (error) {
    const line = (error as { startLine?: number; line?: number }).startLine ?? (error as { line?: number }).line ?? 1;
    return [{ line, rule: 'syntax', message: error instanceof Error ? error.message : String(error), severity: 'error' }];
  }
}
