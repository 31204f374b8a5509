// The platform checks of POST /containers/create?platform= on the classic image store (moby 28
// daemon/images GetImage and daemon/create.go): a requested platform must match the local image's, or
// the image counts as not found (the CLI then pulls that platform); with none requested, an image the
// host cannot run natively only earns a warning.
import type { ImageConfigFile } from '../model/image-config.ts';
import { formatPlatform, HOST_PLATFORM, normalizeArch, platformMatches, runsOnHost, type Platform } from '../model/platform.ts';
import { requestedPlatform } from '../images/pull.ts';
import { ImagePlatformMismatch } from '../errors/image.ts';

/** The create warnings for an image; throws ImagePlatformMismatch (not found) when a requested platform differs. */
export function imagePlatformWarnings(image: ImageConfigFile, reference: string, specifier: string | undefined): string[] {
  const offered: Platform = { os: image.os, architecture: image.architecture, ...(image.variant ? { variant: image.variant } : {}) };
  if (specifier !== undefined) {
    const wanted = requestedPlatform(specifier);
    if (!withFallback(wanted, offered)) throw new ImagePlatformMismatch(reference, formatPlatform(offered), formatPlatform(wanted));
    return [];
  }
  if (runsOnHost(offered)) return [];
  return [`The requested image's platform (${formatPlatform(offered)}) does not match the detected host platform (${formatPlatform(HOST_PLATFORM)}) and no specific platform was requested`];
}

// containerd's OnlyPlatformWithFallback: amd64 also takes 386 images; an arm CPU also runs older arm variants.
function withFallback(wanted: Platform, offered: Platform): boolean {
  if (platformMatches(wanted, offered)) return true;
  if (wanted.os !== offered.os) return false;
  const [wa, wv] = normalizeArch(wanted.architecture, wanted.variant ?? '');
  const [oa, ov] = normalizeArch(offered.architecture, offered.variant ?? '');
  if (wa === 'amd64') return oa === '386';
  const armLevel = (a: string, v: string) => (a === 'arm64' ? 8 : a === 'arm' ? Number(v.slice(1)) : NaN);
  return (oa === 'arm' && armLevel(oa, ov) <= armLevel(wa, wv)) || false;
}
