// POST /images/{name}/push: the jsonmessage stream of `docker push` as dockerd's graphdriver push
// writes it (distribution/push_v2.go): the repository line, per-layer Preparing/Waiting, then for each
// layer "Layer already exists", "Mounted from <repo>" or Pushing…Pushed, and `<tag>: digest: … size: N`.
// Failures after the first line travel in the stream, as dockerd sends them once output has started.
import type { JsonMessage } from '../api/images.ts';
import type { EngineHost } from '../clock.ts';
import { shortId } from '../model/digest.ts';
import type { NamedReference } from '../model/reference/parse.ts';
import { RegistryRequestError, type RegistryHttpClient } from '../registry/http-client.ts';
import { encodeManifest } from '../registry/manifest.ts';
import { imageLabels, type ImageStore } from '../store/image-store.ts';
import { familiarName, familiarRepository } from './names.ts';
import { compressLayer } from '../model/layer-blob.ts';

/** What to push: a normalised reference (tag '' with `all`) and the registry client to push with. */
export interface PushRequest {
  ref: NamedReference;
  all?: boolean;
}

const MAX_CONCURRENT_UPLOADS = 5; // dockerd's default max-concurrent-uploads
const TICK_MS = 100;
const UPLOAD_BYTES_PER_MS = 8_000;

/** Streams a push; never throws for registry or lookup failures (they end the stream as an error message). */
export async function* pushImage(store: ImageStore, client: RegistryHttpClient, host: EngineHost, request: PushRequest): AsyncGenerator<JsonMessage> {
  const { ref } = request;
  const repo = `${ref.domain}/${ref.path}`;
  yield { status: `The push refers to repository [${repo}]` };
  const tagged = [...store.tags].filter(([name]) => name.slice(0, name.lastIndexOf(':')) === repo);
  const digested = [...store.digests.keys()].filter((name) => name.startsWith(`${repo}@`));
  if (tagged.length === 0 && digested.length === 0) {
    yield failure(`An image does not exist locally with the tag: ${familiarRepository(ref)}`);
    return;
  }
  let targets: [string, string][];
  if (request.all) targets = tagged.map(([name, id]) => [name.slice(name.lastIndexOf(':') + 1), id]);
  else {
    const id = store.tags.get(`${repo}:${ref.tag || 'latest'}`);
    if (!id) {
      yield failure(`tag does not exist: ${familiarName(`${repo}:${ref.tag || 'latest'}`)}`);
      return;
    }
    targets = [[ref.tag || 'latest', id]];
  }
  try {
    await client.ping();
    for (const [tag, imageId] of targets) yield* pushTag(store, client, host, ref, tag, imageId);
    // moby logs one push event under the reference as asked (familiar), with the image's labels.
    const shown = request.all ? familiarRepository(ref) : `${familiarRepository(ref)}:${ref.tag || 'latest'}`;
    store.events.emit('image', 'push', shown, { ...(request.all ? {} : imageLabels(store, targets[0][1])), name: familiarRepository(ref) });
  } catch (error) {
    if (error instanceof RegistryRequestError) {
      yield failure(error.message);
      return;
    }
    throw error;
  }
}

async function* pushTag(store: ImageStore, client: RegistryHttpClient, host: EngineHost, ref: NamedReference, tag: string, imageId: string): AsyncGenerator<JsonMessage> {
  const config = store.config(imageId);
  // Descriptors run from the top layer down, as push_v2 walks the layer chain from the image's top.
  const layers = [...config.rootfs.diff_ids].reverse().map((diffId) => ({ diffId, id: shortId(diffId), size: store.layer(diffId)?.size ?? 0 }));
  for (const layer of layers) yield progress(layer.id, 'Preparing');
  for (const layer of layers.slice(MAX_CONCURRENT_UPLOADS)) yield progress(layer.id, 'Waiting');
  const blobs = new Map<string, { digest: string; size: number }>();
  // The base layer settles first: uploads start together and the small checks finish before big uploads.
  for (const layer of [...layers].reverse()) {
    const tar = store.layerTar(layer.diffId);
    if (!tar) continue;
    // Layers travel as tar+gzip: the registry knows them by the compressed blob's digest, not the diffID.
    const { blob, digest: blobDigest } = compressLayer(tar);
    blobs.set(layer.diffId, { digest: blobDigest, size: blob.length });
    if (await client.hasBlob(ref.path, blobDigest)) {
      yield progress(layer.id, 'Layer already exists');
      continue;
    }
    const from = mountSource(store, ref, layer.diffId);
    if (from && (await client.mountBlob(ref.path, blobDigest, from))) {
      yield progress(layer.id, `Mounted from ${from}`);
      continue;
    }
    for (let done = 0; done < layer.size; ) {
      done = Math.min(layer.size, done + UPLOAD_BYTES_PER_MS * TICK_MS);
      await host.sleep(TICK_MS);
      yield { status: 'Pushing', progressDetail: { current: done, total: layer.size }, id: layer.id };
    }
    await client.uploadBlob(ref.path, blob);
    yield progress(layer.id, 'Pushed');
  }
  const configBytes = store.getBlob(imageId);
  if (!configBytes) throw new Error(`image config ${imageId} missing from the store`);
  if (!(await client.hasBlob(ref.path, imageId))) await client.uploadBlob(ref.path, configBytes);
  const manifest = encodeManifest(
    { digest: imageId, size: configBytes.length },
    config.rootfs.diff_ids.map((d) => blobs.get(d) ?? { digest: d, size: 0 }),
  );
  const digest = await client.putManifest(ref.path, tag, manifest);
  store.digests.set(`${ref.domain}/${ref.path}@${digest}`, imageId);
  yield { status: `${tag}: digest: ${digest} size: ${manifest.length}` };
}

// dockerd remembers which repository a layer came from (its v2 metadata); a repo digest recorded by a
// pull or push from the same registry names such a repository, and the registry can mount from it.
function mountSource(store: ImageStore, ref: NamedReference, diffId: string): string | undefined {
  const prefix = `${ref.domain}/`;
  for (const [name, id] of store.digests) {
    if (!name.startsWith(prefix)) continue;
    const path = name.slice(prefix.length, name.indexOf('@'));
    if (path === ref.path) continue;
    if (store.image(id) && store.config(id).rootfs.diff_ids.includes(diffId)) return path;
  }
  return undefined;
}

function progress(id: string, status: string): JsonMessage {
  return { status, progressDetail: {}, id };
}

function failure(message: string): JsonMessage {
  return { errorDetail: { message }, error: message };
}
