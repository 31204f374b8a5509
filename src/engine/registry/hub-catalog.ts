// Docker Hub's seeded repositories (about 160 KB of image descriptions and files), loaded on first use.
import { LazyPart } from '../lazy-part.ts';

/** The catalog part: `library/alpine` → its repository. */
export const hubCatalogPart = new LazyPart('the Docker Hub catalog', () => import('./catalog/index.ts').then((m) => m.hubCatalog));
