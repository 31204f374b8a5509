// `docker pull localhost:5000/app`: a pull from a self-hosted registry fetches the image over the
// Registry API, then runs the same pull as from Docker Hub.
import type { JsonMessage } from '../api/images.ts';
import type { EngineHost } from '../clock.ts';
import { Registry } from '../registry/registry.ts';
import { RegistryRequestError, type RegistryHttpClient } from '../registry/http-client.ts';
import type { ImageStore } from '../store/image-store.ts';
import { familiarRepository } from './names.ts';
import { startPull, type PullRequest } from './pull.ts';
import { ManifestUnknown, RegistryRequestFailed, RegistryUnauthorized } from '../errors/registry.ts';

/** Pulls `request.ref` through `client`; throws EngineError when the registry refuses or has no such manifest. */
export async function* remotePull(store: ImageStore, host: EngineHost, client: RegistryHttpClient, request: PullRequest): AsyncGenerator<JsonMessage> {
  const { ref } = request;
  const tag = ref.tag || 'latest';
  let image;
  try {
    await client.ping();
    image = await client.image(ref.path, ref.digest || tag);
  } catch (error) {
    if (error instanceof RegistryRequestError) throw error.status === 401 ? new RegistryUnauthorized(error.message) : new RegistryRequestFailed(error.message);
    throw error;
  }
  const shown = ref.digest ? `${familiarRepository(ref)}@${ref.digest}` : `${familiarRepository(ref)}:${tag}`;
  if (!image) throw new ManifestUnknown(shown);
  const registry = new Registry(ref.domain);
  registry.pushed.set(ref.path, new Map([[ref.digest ? image.digest : tag, image]]));
  yield* startPull(store, registry, host, ref.tag || ref.digest ? request : { ...request, ref: { ...ref, tag } });
}
