// The readable description the seeded registry is generated from: repositories, tags, and per-platform
// image recipes. Layers are described as file lists; registry/materialize.ts turns them into real tars.
import type { ImageConfig } from '../../api/images.ts';
import type { TarEntry } from '../../../vfs/tar/entry.ts';

/** `os/arch[/variant]`, e.g. linux/amd64, linux/arm/v7. */
export type PlatformName = string;

/** One layer of a recipe: its files, and how well it compresses (for the sizes a pull shows). */
export interface LayerRecipe {
  files: TarEntry[];
  /** compressed size ÷ uncompressed size of the real layer, e.g. 0.46 for alpine. */
  compressRatio: number;
  /** The history line that made it (`ADD alpine-minirootfs-… / # buildkit`). */
  createdBy: string;
  comment?: string;
  /** When the step ran, if earlier than the image (a base image's layers); the recipe's `created` otherwise. */
  created?: string;
}

/** A history line that made no layer (ENV, CMD …). */
export interface EmptyHistory {
  createdBy: string;
  comment?: string;
  /** When the step ran, if earlier than the image; the recipe's `created` otherwise. */
  created?: string;
}

/** What one platform's image is made of. */
export interface ImageRecipe {
  created: string; // RFC 3339
  /** Layers and empty steps in build order. */
  steps: (LayerRecipe | EmptyHistory)[];
  config: ImageConfig;
}

/** An image that may exist for several platforms (a manifest list when more than one). */
export interface CatalogImage {
  platforms: PlatformName[];
  recipe(platform: PlatformName): ImageRecipe;
}

/** A repository on the simulated Docker Hub. */
export interface CatalogRepo {
  /** Path on Docker Hub: `library/alpine`, `bitnami/wordpress`. */
  name: string;
  description: string;
  stars: number;
  official: boolean;
  /** tag → key into `images`; tags sharing a key are the same image (nginx latest = mainline). */
  tags: Record<string, string>;
  images: Record<string, CatalogImage>;
}

/** Whether a step made a layer. */
export function isLayer(step: LayerRecipe | EmptyHistory): step is LayerRecipe {
  return 'files' in step;
}
