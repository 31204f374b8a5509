// Docker Library's tag scheme: an official image's tags are every version alias (3.13.2, 3.13, 3,
// latest) joined to every variant alias (plain, bookworm, slim-bookworm …), so one line of the
// catalog stands for the whole "Shared and Simple tags" list of its Hub page.

/** How one catalog image is tagged: its version aliases × its variant aliases. */
export interface TagFamily {
  /** The key of the image in the repository's `images`. */
  image: string;
  /** Version aliases, most specific first: `['3.13.2', '3.13', '3', 'latest']`; `''` for none. */
  versions: string[];
  /** Variant aliases: `''` (the plain tag), `bookworm`, `slim`, `alpine3.21` … */
  variants: string[];
}

/**
 * The tag → image map of a repository, as the Hub lists it: `3.13-slim-bookworm`, and where the
 * version alias is `latest` (or empty) the bare variant (`slim-bookworm`, `alpine`).
 */
export function libraryTags(families: TagFamily[]): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const { image, versions, variants } of families) {
    for (const version of versions) {
      for (const variant of variants) {
        const bare = version === '' || version === 'latest';
        const tag = variant === '' ? version : bare ? variant : `${version}-${variant}`;
        if (tag !== '' && !(tag in tags)) tags[tag] = image;
      }
    }
  }
  return tags;
}

/** The version aliases of a release: `3.13.2` → `['3.13.2', '3.13']`, plus the extra names given. */
export function versionAliases(version: string, ...extra: string[]): string[] {
  const parts = version.split('.');
  const out = [version];
  for (let n = parts.length - 1; n >= 2; n--) out.push(parts.slice(0, n).join('.'));
  return [...out, ...extra];
}
