// The image-reference grammar of distribution/reference (FIDELITY.md §4), composed from named parts
// so each piece reads like the documented grammar. Go's [[:xdigit:]] is written [0-9A-Fa-f].

const optional = (...parts: string[]): string => `(?:${parts.join('')})?`;
const anyTimes = (...parts: string[]): string => `(?:${parts.join('')})*`;
const capture = (...parts: string[]): string => `(${parts.join('')})`;
const anchored = (...parts: string[]): string => `^${parts.join('')}$`;

const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
const ipv6Address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = domainNameComponent + anyTimes('\\.', domainNameComponent);
const host = `(?:${domainName}|${ipv6Address})`;
const pathComponent = alphanumeric + anyTimes(separator, alphanumeric);
const remoteName = pathComponent + anyTimes('/', pathComponent);

/** Source of a registry host with optional port: `example.com:5000`, `[::1]:5000`, `localhost`. */
export const domainAndPortSource = host + optionalPort;
/** Source of a tag: a word character then up to 127 of `[\w.-]`. */
export const tagSource = '[\\w][\\w.-]{0,127}';
/** Source of a digest as the reference grammar accepts it (algorithm, `:`, 32+ hex digits). */
export const digestSource = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}';
/** Source of a full repository name: optional `domain/`, then lowercase path components. */
export const nameSource = optional(domainAndPortSource, '/') + remoteName;

/** Whole-string tag check. */
export const anchoredTag = new RegExp(anchored(tagSource));
/** Whole-string digest check (WithDigest's test). */
export const anchoredDigest = new RegExp(anchored(digestSource));
/** Whole-string domain check (`^domainAndPort$` in the upstream tests). */
export const anchoredDomainAndPort = new RegExp(anchored(domainAndPortSource));
/** A name split into [1] domain (may be undefined) and [2] path. */
export const anchoredName = new RegExp(anchored(optional(capture(domainAndPortSource), '/'), capture(remoteName)));
/** A whole reference split into [1] name, [2] tag, [3] digest. */
export const referencePattern = new RegExp(
  anchored(capture(nameSource), optional(':', capture(tagSource)), optional('@', capture(digestSource))),
);
/** A bare 64-hex image ID, which Docker refuses as a repository name. */
export const anchoredIdentifier = /^([a-f0-9]{64})$/;
