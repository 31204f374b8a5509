// dockerd's image errors (lookup, tag, delete, pull, save, load, commit changes), word for word.
import { defineError } from './engine-error.ts';

/** `No such image: alpine:latest` — what lookups by name or ID say when nothing matches. */
export const NoSuchImage = defineError('NoSuchImage', 'notFound', (ref: string) => `No such image: ${ref}`);
/** A local image of another platform than `--platform` asked for (the classic store's GetImage): the CLI then pulls. */
export const ImagePlatformMismatch = defineError(
  'ImagePlatformMismatch',
  'notFound',
  (ref: string, offered: string, wanted: string) => `image with reference ${ref} was found but its platform (${offered}) does not match the specified platform (${wanted})`,
);
/** A short ID that more than one image starts with. */
export const AmbiguousImageId = defineError('AmbiguousImageId', 'invalidParameter', (input: string, matches: number) => `ambiguous image ID: ${input} (${matches} matches)`);
/** An image reference the daemon cannot parse (the reference parser's own message). */
export const InvalidImageReference = defineError('InvalidImageReference', 'invalidParameter', (message: string) => message);
/** `docker tag` to a name that looks like a digest algorithm. */
export const AmbiguousDigestTag = defineError('AmbiguousDigestTag', 'invalidParameter', () => 'refusing to create an ambiguous tag using digest algorithm as name');
/** `docker save` of a digest reference that names nothing local. */
export const ReferenceDoesNotExist = defineError('ReferenceDoesNotExist', 'notFound', () => 'reference does not exist');
/** `docker rmi` of a reference a container still uses. */
export const ImageInUse = defineError(
  'ImageInUse',
  'conflict',
  (ref: string, container: string, image: string) => `conflict: unable to remove repository reference "${ref}" (must force) - container ${container} is using its referenced image ${image}`,
);
/** `docker commit --change` with an instruction commit does not take. */
export const InvalidChangeCommand = defineError('InvalidChangeCommand', 'invalidParameter', (keyword: string) => `${keyword} is not a valid change command`);
/** `docker load` of something that is not an image archive (the tar reader's or the loader's message). */
export const InvalidImageArchive = defineError('InvalidImageArchive', 'invalidParameter', (message: string) => message);
/** `docker load` of an archive missing a file it names. */
export const ArchiveFileMissing = defineError('ArchiveFileMissing', 'system', (path: string) => `open /var/lib/docker/tmp/docker-import-1750421337/${path}: no such file or directory`);
/** `docker load` of an archive whose manifest.json is not JSON. */
export const InvalidArchiveManifest = defineError('InvalidArchiveManifest', 'system', () => 'invalid character in manifest.json');
/** `docker load` of a manifest whose layers do not match the config's rootfs. */
export const LayersLengthMismatch = defineError('LayersLengthMismatch', 'system', (expected: number, got: number) => `invalid manifest, layers length mismatch: expected ${expected}, got ${got}`);
/** `docker load` of a layer whose content does not hash to the config's diffID. */
export const InvalidDiffId = defineError('InvalidDiffId', 'system', (layer: number, expected: string, got: string) => `invalid diffID for layer ${layer}: expected "${expected}", got "${got}"`);
