// platformIs — the platform an image was made for (`docker image inspect -f '{{.Os}}/{{.Architecture}}'`,
// plus `.Variant`), e.g. after `docker pull --platform linux/arm64`.
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, resolveImage } from '../params.ts';

/** Passes when the image's Os, Architecture and (when given) Variant are as asked. */
export const platformIs = defineMatcher({
  name: 'platformIs',
  description: 'An image is for a platform: its Os, Architecture and, when given, Variant.',
  params: z.strictObject({
    ref: imageRef('The image checked'),
    os: z.string().min(1).default('linux').describe('The operating system (default "linux").'),
    architecture: z.string().min(1).describe('The CPU architecture as Go names it: amd64, arm64, arm, 386, ppc64le, s390x…'),
    variant: z.string().min(1).optional().describe('The variant, e.g. "v8" for arm64 or "v7" for arm (not checked when absent).'),
  }),
  example: { ref: 'alpine:arm64', architecture: 'arm64', variant: 'v8' },
  check({ ref, os, architecture, variant }, { engine }) {
    const id = resolveImage(engine, ref);
    if (!id) return missing(noImage(ref));
    const config = engine.imageConfig(id);
    const have = [config.os, config.architecture, config.variant].filter(Boolean).join('/');
    const want = [os, architecture, variant].filter(Boolean).join('/');
    const same = config.os === os && config.architecture === architecture && (variant === undefined || config.variant === variant);
    return same ? pass : notYet(`${ref} is for ${have}, not ${want}.`);
  },
});
