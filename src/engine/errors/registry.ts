// dockerd's registry errors (pull, push, login, search), word for word.
import { defineError } from './engine-error.ts';

/** A repository Docker Hub does not have, or will not show without a login. */
export const PullAccessDenied = defineError(
  'PullAccessDenied',
  'notFound',
  (repository: string) => `pull access denied for ${repository}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
);
/** A tag or digest the repository does not have. */
export const ManifestUnknown = defineError('ManifestUnknown', 'notFound', (shown: string) => `manifest for ${shown} not found: manifest unknown: manifest unknown`);
/** A manifest list with no entry for the wanted platform. */
export const NoMatchingManifest = defineError('NoMatchingManifest', 'notFound', (platform: string) => `no matching manifest for ${platform} in the manifest list entries`);
/** A `platform` parameter containerd cannot parse (containerd's message). */
export const InvalidPlatform = defineError('InvalidPlatform', 'invalidParameter', (message: string) => message);
/** `docker login` with a password Docker Hub does not take. */
export const IncorrectCredentials = defineError('IncorrectCredentials', 'unauthorized', () => 'Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password');
/** A registry's refusal (401) or failure, with its own message. */
export const RegistryRequestFailed = defineError('RegistryRequestFailed', 'system', (message: string) => message);
/** A registry's 401, with its own message. */
export const RegistryUnauthorized = defineError('RegistryUnauthorized', 'unauthorized', (message: string) => message);
/** `docker search` for a term that carries a scheme (`https://…`). */
export const SearchTermScheme = defineError('SearchTermScheme', 'invalidParameter', (term: string) => `invalid repository name: repository name (${term}) should not have a scheme`);
/** `docker search --limit` outside 1…100. */
export const SearchLimitOutOfRange = defineError('SearchLimitOutOfRange', 'invalidParameter', (limit: number) => `limit ${limit} is outside the range of [1, 100]`);
