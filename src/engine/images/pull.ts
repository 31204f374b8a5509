// POST /images/create?fromImage=…: resolve the reference on its registry (errors before any output,
// as dockerd answers them with an HTTP error), then stream jsonmessages while layers arrive.
import type { JsonMessage } from '../api/images.ts';
import { reservedNameError } from '../errors/reserved-name.ts';
import type { NamedReference } from '../model/reference/parse.ts';
import type { Registry } from '../registry/registry.ts';
import type { RegistryManifest } from '../registry/types.ts';
import { imageLabels, type ImageStore } from '../store/image-store.ts';
import type { EngineHost } from '../clock.ts';
import { canonicalName, familiarRepository } from './names.ts';
import { schedulePull } from './pull-schedule.ts';
import { InvalidPlatform, ManifestUnknown, NoMatchingManifest, PullAccessDenied } from '../errors/registry.ts';
import { formatPlatform, parsePlatformSpecifier, PlatformSyntaxError, platformMatches, type Platform } from '../model/platform.ts';
import { parsePlatform } from '../registry/materialize.ts';

/** What to pull: a normalised reference (tag defaulted by the caller) and the platform wanted. */
export interface PullRequest {
  ref: NamedReference;
  platform?: string; // `linux/arm64`; the host's linux/amd64 when absent
}

/** The platform a pull, create or build asks for: containerd's parse of the specifier, or dockerd's 400 with its message. */
export function requestedPlatform(specifier: string): Platform {
  try {
    return parsePlatformSpecifier(specifier);
  } catch (error) {
    if (error instanceof PlatformSyntaxError) throw new InvalidPlatform(error.message);
    throw error;
  }
}

/** `scratch` names no image: it is what `FROM scratch` starts from, so no daemon pulls it (moby's validateRepoName). */
export function refuseReservedName(ref: NamedReference): void {
  if (familiarRepository(ref) === 'scratch') throw reservedNameError('scratch');
}

/** Resolves a pull and returns its message stream; throws EngineError when the image cannot be found. */
export function startPull(store: ImageStore, registry: Registry, host: EngineHost, request: PullRequest): AsyncGenerator<JsonMessage> {
  const { ref } = request;
  refuseReservedName(ref);
  const repoName = familiarRepository(ref);
  const wanted = requestedPlatform(request.platform || 'linux/amd64');
  if (!registry.hasRepository(ref.path)) {
    throw new PullAccessDenied(repoName);
  }
  const image = ref.digest ? registry.resolveDigest(ref.path, ref.digest) : registry.resolveTag(ref.path, ref.tag || 'latest');
  const shown = ref.digest ? `${repoName}@${ref.digest}` : `${repoName}:${ref.tag || 'latest'}`;
  if (!image) {
    throw new ManifestUnknown(shown);
  }
  const manifest = image.manifests.find((m) => platformMatches(wanted, parsePlatform(m.platform)));
  if (!manifest) return noMatchingManifest(ref, formatPlatform(wanted));
  return streamPull(store, host, { ref, manifest, indexDigest: image.digest, shown });
}

// dockerd finds the platform missing only once the pull has begun: the error comes in the stream, after
// "Pulling from", so the CLI prints it bare (no "Error response from daemon:").
async function* noMatchingManifest(ref: NamedReference, platform: string): AsyncGenerator<JsonMessage> {
  yield pullingFrom(ref);
  const message = new NoMatchingManifest(platform).message;
  yield { errorDetail: { message }, error: message };
}

function pullingFrom(ref: NamedReference): JsonMessage {
  return { status: `Pulling from ${ref.path}`, id: ref.digest ? `${ref.domain}/${ref.path}@${ref.digest}` : ref.tag || 'latest' };
}

async function* streamPull(
  store: ImageStore,
  host: EngineHost,
  pull: { ref: NamedReference; manifest: RegistryManifest; indexDigest: string; shown: string },
): AsyncGenerator<JsonMessage> {
  const { ref, manifest, indexDigest, shown } = pull;
  const tagName = ref.digest ? undefined : canonicalName(ref);
  const before = tagName ? store.tags.get(tagName) : undefined;
  const imageId = manifest.configDigest;
  yield pullingFrom(ref);

  if (!store.image(imageId)) {
    let elapsed = 0;
    const timeline = schedulePull(manifest.layers.map((l) => ({ digest: l.digest, compressedSize: l.compressedSize, present: store.hasLayer(l.diffId) })));
    for (const { at, message } of timeline) {
      if (at > elapsed) {
        await host.sleep(at - elapsed);
        elapsed = at;
      }
      yield message;
    }
    for (const layer of manifest.layers) store.putLayer(layer.tar, layer.size);
    store.putImage(manifest.config);
  }

  const digestName = `${ref.domain}/${ref.path}@${indexDigest}`;
  store.digests.set(digestName, imageId);
  // A pull names the image without touching LastTagTime, which only `docker tag` sets.
  if (tagName) store.addTag(tagName, imageId);
  // moby logs the pull under the reference as typed (familiar, with its tag or digest) and its name.
  const familiar = ref.digest ? `${familiarRepository(ref)}@${ref.digest}` : `${familiarRepository(ref)}:${ref.tag || 'latest'}`;
  store.events.emit('image', 'pull', familiar, { ...imageLabels(store, imageId), name: familiarRepository(ref) });
  yield { status: `Digest: ${indexDigest}` };
  const upToDate = before === imageId;
  yield { status: `Status: ${upToDate ? 'Image is up to date' : 'Downloaded newer image'} for ${shown}` };
}
