// Just enough of distribution/reference for the image table: ParseNormalizedNamed of a RepoTags or
// RepoDigests entry, then its familiar name (`alpine`, `user/app`, `ghcr.io/x/y`), tag and digest.

const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[(?:[a-fA-F0-9:]+)\\])(?::[0-9]+)?`;
const pathComponent = '[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*';
const nameRe = new RegExp(`^(?:(${domain})/)?(${pathComponent}(?:/${pathComponent})*)$`);
const tagRe = /^[\w][\w.-]{0,127}$/;
const digestRe = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}$/;

/** A parsed reference: familiar repository name plus tag and/or digest. */
export interface FamiliarRef {
  familiarName: string;
  tag: string | null;
  digest: string | null;
}

/** Parses like reference.ParseNormalizedNamed; null where docker's parse fails (`<none>:<none>`). */
export function parseFamiliarRef(ref: string): FamiliarRef | null {
  let rest = ref;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestRe.test(digest)) return null;
  }
  let tag: string | null = null;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!tagRe.test(tag)) return null;
  }
  if (/^[a-f0-9]{64}$/.test(rest) || rest.length > 255) return null;
  // splitDockerDomain: the first component is a registry only when it looks like a host.
  let dom = 'docker.io';
  let path = rest;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase()) {
      dom = first;
      path = rest.slice(slash + 1);
    }
  }
  if (dom === 'index.docker.io') dom = 'docker.io';
  if (dom === 'docker.io' && !path.includes('/')) path = 'library/' + path;
  if (!nameRe.test(`${dom}/${path}`)) return null;
  let familiarName = `${dom}/${path}`;
  if (dom === 'docker.io') {
    familiarName = path;
    if (path.startsWith('library/') && !path.slice('library/'.length).includes('/')) familiarName = path.slice('library/'.length);
  }
  return { familiarName, tag, digest };
}
