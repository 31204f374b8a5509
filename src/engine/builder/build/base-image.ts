// Resolves a FROM (or COPY --from) image the way BuildKit with the docker driver does: a local image
// of that name first (unless --pull), else the registry, without tagging anything locally: base
// images a build pulls do not appear in `docker images`.
import type { DirNode } from '../../../vfs/types.ts';
import { cloneNode } from '../../../vfs/vfs.ts';
import { treeFromLayers } from '../../../vfs/layers/index.ts';
import { readTar } from '../../../vfs/tar/read.ts';
import type { ImageConfigFile } from '../../model/image-config.ts';
import type { ImageStore } from '../../store/image-store.ts';
import { imageRootfs } from '../../images/rootfs.ts';
import { normalizeReference, canonicalName } from '../../images/names.ts';
import { referenceString } from '../../model/reference/parse.ts';
import { BuildError } from './errors.ts';
import type { BuildDeps } from './types.ts';
import { parsePlatformSpecifier, platformMatches } from '../../model/platform.ts';
import { parsePlatform } from '../../registry/materialize.ts';

/** A resolved base image: its config, its layers, and the name the FROM vertex shows. */
export interface BaseImage {
  id: string;
  config: ImageConfigFile;
  /** `docker.io/library/alpine:latest` (metadata vertex). */
  canonical: string;
  /** `docker.io/library/alpine:latest@sha256:…` (FROM vertex), without digest for unpushed local images. */
  pinned: string;
  layers: { diffId: string; size: number; tar: () => Uint8Array }[];
  tree(): DirNode;
}

const registryTrees = new Map<string, DirNode>();

/** The key a resolved base is kept under for a build: one name may be the base of stages of several platforms. */
export function baseImageKey(name: string, platform: string): string {
  return `${name}\n${platform}`;
}

/** Finds the image `name` means for platform; throws BuildKit's resolve errors. */
export function resolveBaseImage(store: ImageStore, registries: Pick<BuildDeps, 'hub' | 'publicRegistries'>, name: string, platform: string, pull: boolean): BaseImage {
  let ref;
  try {
    ref = normalizeReference(name);
  } catch (error) {
    throw new BuildError(`failed to parse stage name "${name}": ${(error as Error).message}`);
  }
  if (!ref.tag && !ref.digest) ref = { ...ref, tag: 'latest' };
  const canonical = referenceString(ref);
  const key = canonicalName(ref);
  const localId = pull ? undefined : ref.digest ? store.digests.get(key) : store.tags.get(key);
  // A local image of another platform is not the stage's base: the registry's entry for the platform is.
  if (localId && localPlatformFits(store.config(localId), platform)) {
    const config = store.config(localId);
    const repoDigest = store.digestsOf(localId).find((d) => d.startsWith(`${ref.domain}/${ref.path}@`));
    return {
      id: localId,
      config,
      canonical,
      pinned: repoDigest && !ref.digest ? `${canonical}@${repoDigest.slice(repoDigest.indexOf('@') + 1)}` : canonical,
      layers: config.rootfs.diff_ids.map((diffId) => ({ diffId, size: store.layer(diffId)?.size ?? 0, tar: () => store.layerTar(diffId)! })),
      tree: () => imageRootfs(store, localId),
    };
  }
  const shown = ref.digest ? `${ref.domain}/${ref.path}@${ref.digest}` : canonical;
  const fail = (detail: string) => new BuildError(`${name}: failed to resolve source metadata for ${shown}: ${detail}`);
  const registry = ref.domain === 'docker.io' ? registries.hub : registries.publicRegistries?.get(ref.domain);
  if (!registry) {
    // Any other host is looked up on the network, where it does not resolve.
    const host = ref.domain.split(':')[0];
    throw fail(`failed to do request: Head "https://${ref.domain}/v2/${ref.path}/manifests/${ref.digest || ref.tag}": dial tcp: lookup ${host}: no such host`);
  }
  if (!registry.hasRepository(ref.path)) {
    throw fail('pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed');
  }
  const image = ref.digest ? registry.resolveDigest(ref.path, ref.digest) : registry.resolveTag(ref.path, ref.tag);
  if (!image) throw fail(`${shown}: not found`);
  const manifest = image.manifests.find((m) => samePlatform(m.platform, platform));
  if (!manifest) throw fail(`no match for platform in manifest: not found`);
  return {
    id: manifest.configDigest,
    config: manifest.config,
    canonical,
    pinned: ref.digest ? canonical : `${canonical}@${image.digest}`,
    layers: manifest.layers.map((l) => ({ diffId: l.diffId, size: l.size, tar: () => l.tar })),
    tree: () => {
      let tree = registryTrees.get(manifest.configDigest);
      if (!tree) {
        tree = treeFromLayers(manifest.layers.map((l) => readTar(l.tar)));
        registryTrees.set(manifest.configDigest, tree);
      }
      return cloneNode(tree);
    },
  };
}

function localPlatformFits(config: ImageConfigFile, platform: string): boolean {
  return samePlatform([config.os, config.architecture, config.variant].filter(Boolean).join('/'), platform);
}

// `linux/arm64` matches a manifest for `linux/arm64/v8`, as containerd's platform matcher does.
function samePlatform(offered: string, wanted: string): boolean {
  try {
    return platformMatches(parsePlatformSpecifier(wanted), parsePlatform(offered));
  } catch {
    return false;
  }
}
