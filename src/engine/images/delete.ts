// DELETE /images/{name}?force=&noprune= — moby daemon/images/image_delete.go: a name untags (and
// deletes the image once no name is left), an ID deletes; conflicts with child images, containers
// and other names, each in dockerd's words; untagged parents are pruned unless noprune.
import type { ImageDeleteResponseItem } from '../api/images.ts';
import { EngineError } from '../errors/engine-error.ts';
import { shortId } from '../model/digest.ts';
import { familiarString, parseNormalizedNamed, tagNameOnly } from '../model/reference/normalize.ts';
import { referenceName, type NamedReference } from '../model/reference/parse.ts';
import { imageLabels, type ImageStore } from '../store/image-store.ts';
import { canonicalName } from './names.ts';
import { chainIds, childrenOf, getImage, referencesOf, type StoredReference } from './references.ts';
import { ImageInUse } from '../errors/image.ts';

/** A container that uses an image: its full ID and whether it is running. */
export interface ImageUser {
  id: string;
  running: boolean;
}

/** Who uses an image (containers, by image ID); the engine asks this before deleting. */
export type ImageUsers = (imageId: string) => ImageUser[];

/** The query of DELETE /images/{name}. */
export interface ImageDeleteOptions {
  force?: boolean;
  /** `noprune`: keep untagged parents (`docker rmi --no-prune`). */
  noPrune?: boolean;
}

const DEPENDENT_CHILD = 1;
const RUNNING_CONTAINER = 2;
const ACTIVE_REFERENCE = 4;
const STOPPED_CONTAINER = 8;
const HARD = DEPENDENT_CHILD | RUNNING_CONTAINER;
const SOFT = ACTIVE_REFERENCE | STOPPED_CONTAINER;

/** imageDeleteConflict: `conflict: unable to delete <id12> (must be forced|cannot be forced) - …`. */
export class ImageDeleteConflict extends EngineError {
  constructor(
    readonly imageId: string,
    readonly hard: boolean,
    readonly used: boolean,
    reason: string,
  ) {
    super('conflict', `conflict: unable to delete ${shortId(imageId)} (${hard ? 'cannot be forced' : 'must be forced'}) - ${reason}`);
  }
}

/** Removes an image or one of its names; returns the Untagged/Deleted records in dockerd's order. */
export function deleteImage(store: ImageStore, users: ImageUsers, imageRef: string, options: ImageDeleteOptions = {}): ImageDeleteResponseItem[] {
  const force = !!options.force;
  const prune = !options.noPrune;
  const records: ImageDeleteResponseItem[] = [];
  const id = getImage(store, imageRef);
  let refs = referencesOf(store, id);
  let removedRepositoryRef = false;

  if (!isImageIdPrefix(id, imageRef)) {
    // Untagging the last name of an image a container uses would leave it dangling: that needs -f.
    if (!force && isSingleReference(refs)) {
      const user = users(id)[0];
      if (user) {
        throw new ImageInUse(imageRef, shortId(user.id), shortId(id));
      }
    }
    const parsed = tagNameOnly(parseNormalizedNamed(imageRef));
    removeReference(store, parsed);
    untag(store, records, id, parsed);
    refs = referencesOf(store, id);
    // The last tag of a repository takes that repository's digest references with it.
    if (!parsed.digest) {
      const name = referenceName(parsed);
      if (!refs.some((r) => !r.ref.digest && referenceName(r.ref) === name)) {
        const remaining: StoredReference[] = [];
        for (const r of refs) {
          if (r.ref.digest && referenceName(r.ref) === name) {
            removeReference(store, r.ref);
            untag(store, records, id, r.ref);
          } else remaining.push(r);
        }
        refs = remaining;
      }
    }
    if (refs.length > 0) return records;
    removedRepositoryRef = true;
  } else if (isSingleReference(refs)) {
    // By ID, an image with one name (and its digests) loses them; with several names it needs -f.
    const conflict = checkConflict(store, users, id, force ? HARD : HARD | (SOFT & ~ACTIVE_REFERENCE));
    if (conflict) throw conflict;
    for (const r of refs) {
      removeReference(store, r.ref);
      untag(store, records, id, r.ref);
    }
  }
  deleteHelper(store, users, id, records, force, prune, removedRepositoryRef);
  return records;
}

// imageDeleteHelper: deletes the image (and the layers nothing else holds), then its untagged parents.
function deleteHelper(store: ImageStore, users: ImageUsers, id: string, records: ImageDeleteResponseItem[], force: boolean, prune: boolean, quiet: boolean): void {
  const conflict = checkConflict(store, users, id, force ? HARD : HARD | SOFT);
  if (conflict) {
    // A parent that is still wanted is simply kept, unless it is dangling and unused.
    if (quiet && (!isDangling(store, id) || conflict.used)) return;
    throw conflict;
  }
  const parent = store.image(id)?.parent ?? '';
  for (const r of referencesOf(store, id)) {
    removeReference(store, r.ref);
    untag(store, records, id, r.ref);
  }
  // A stopped container still stands on it (forced): the image goes, its layers stay (dockerd's layer store).
  const used = users(id).length > 0;
  const removedLayers = used ? [] : releasedLayers(store, id);
  store.events.emit('image', 'delete', id, { ...imageLabels(store, id), name: id });
  store.deleteImage(id, { retain: used });
  records.push({ Deleted: id });
  for (const chainId of removedLayers) records.push({ Deleted: chainId });
  if (!prune || !parent || !store.image(parent)) return;
  deleteHelper(store, users, parent, records, false, true, true);
}

// A name the image loses: the response line, and dockerd's untag event (named by the image ID, as moby logs it).
function untag(store: ImageStore, records: ImageDeleteResponseItem[], id: string, ref: NamedReference): void {
  records.push({ Untagged: familiarString(ref) });
  store.events.emit('image', 'untag', id, { ...imageLabels(store, id), name: id });
}

// The chain IDs the layer store frees when the image lets go of its top layer: top first, down to the
// first layer another image still stands on.
function releasedLayers(store: ImageStore, id: string): string[] {
  const others = [...store.allImages().map((image) => image.id), ...store.retainedImages()].filter((other) => other !== id);
  const held = new Set(others.flatMap((other) => chainIds(store.config(other).rootfs.diff_ids)));
  const released: string[] = [];
  for (const chainId of chainIds(store.config(id).rootfs.diff_ids).reverse()) {
    if (held.has(chainId)) break;
    released.push(chainId);
  }
  return released;
}

function checkConflict(store: ImageStore, users: ImageUsers, id: string, mask: number): ImageDeleteConflict | undefined {
  if (mask & DEPENDENT_CHILD && childrenOf(store, id).length > 0) return new ImageDeleteConflict(id, true, false, 'image has dependent child images');
  const using = users(id);
  const running = using.find((u) => u.running);
  if (mask & RUNNING_CONTAINER && running) return new ImageDeleteConflict(id, true, true, `image is being used by running container ${shortId(running.id)}`);
  if (mask & ACTIVE_REFERENCE && referencesOf(store, id).length > 0) return new ImageDeleteConflict(id, false, false, 'image is referenced in multiple repositories');
  const stopped = using.find((u) => !u.running);
  if (mask & STOPPED_CONTAINER && stopped) return new ImageDeleteConflict(id, false, true, `image is being used by stopped container ${shortId(stopped.id)}`);
  return undefined;
}

function isDangling(store: ImageStore, id: string): boolean {
  return referencesOf(store, id).length === 0 && childrenOf(store, id).length === 0;
}

function removeReference(store: ImageStore, ref: NamedReference): void {
  const key = canonicalName(ref);
  if (ref.digest) store.digests.delete(key);
  else store.tags.delete(key);
}

// isSingleReference: at most one tag, and every reference within that one repository.
function isSingleReference(refs: readonly StoredReference[]): boolean {
  if (refs.length <= 1) return refs.length === 1;
  let single: NamedReference | undefined;
  const digestRepos = new Set<string>();
  for (const { ref } of refs) {
    if (ref.digest) digestRepos.add(referenceName(ref));
    else if (!single) single = ref;
    else return false;
  }
  single ??= refs[0].ref;
  return digestRepos.size === 1 && digestRepos.has(referenceName(single));
}

// isImageIDPrefix: whether what was typed is the start of the ID, with or without `sha256:`.
function isImageIdPrefix(imageId: string, typed: string): boolean {
  return imageId.startsWith(typed) || imageId.slice(imageId.indexOf(':') + 1).startsWith(typed);
}
