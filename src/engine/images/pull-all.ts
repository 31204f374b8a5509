// `docker pull -a`: every tag of a repository, in the registry's (sorted) tag order, as moby's
// pullRepository does — each tag's "Pulling from" block and Digest line, then one Status for the name.
import type { JsonMessage } from '../api/images.ts';
import type { EngineHost } from '../clock.ts';
import type { NamedReference } from '../model/reference/parse.ts';
import type { Registry } from '../registry/registry.ts';
import type { ImageStore } from '../store/image-store.ts';
import { familiarRepository } from './names.ts';
import { refuseReservedName, startPull } from './pull.ts';
import { PullAccessDenied } from '../errors/registry.ts';

/** Pulls every tag of `ref`'s repository; throws EngineError when the repository does not exist. */
export async function* pullAllTags(store: ImageStore, registry: Registry, host: EngineHost, ref: NamedReference, platform?: string): AsyncGenerator<JsonMessage> {
  refuseReservedName(ref);
  const name = familiarRepository(ref);
  if (!registry.hasRepository(ref.path)) {
    throw new PullAccessDenied(name);
  }
  let downloaded = false;
  for (const tag of [...registry.tagsOf(ref.path)].sort()) {
    for await (const message of startPull(store, registry, host, { ref: { ...ref, tag }, platform })) {
      if (message.status?.startsWith('Status: ')) {
        downloaded ||= message.status.startsWith('Status: Downloaded');
        continue;
      }
      yield message;
    }
  }
  yield { status: `Status: ${downloaded ? 'Downloaded newer image' : 'Image is up to date'} for ${name}` };
}
