// The seeded public registries other than Docker Hub (ghcr.io, quay.io, gcr.io, registry.k8s.io,
// mcr.microsoft.com): served in process like the Hub, from catalogs loaded on first use. Any other
// host name goes to the network, where it does not resolve (the real DNS error).
import { LazyPart } from '../lazy-part.ts';
import { Registry } from './registry.ts';

/** The catalogs part: host → its repositories by path. */
export const publicCatalogPart = new LazyPart('the public registries catalog', () => import('./catalog/public-registries.ts').then((m) => m.publicRegistryCatalogs));

/** The hosts that are seeded. */
export const PUBLIC_REGISTRY_HOSTS: readonly string[] = ['ghcr.io', 'quay.io', 'gcr.io', 'registry.k8s.io', 'mcr.microsoft.com'];

/** A fresh Registry for each seeded host (its pushes live for the session). */
export function publicRegistries(): Map<string, Registry> {
  return new Map(PUBLIC_REGISTRY_HOSTS.map((host) => [host, new Registry(host, { load: () => publicCatalogPart.load(), get: () => publicCatalogPart.get().get(host) ?? new Map() })]));
}
