// The glossary (/glossary/): each term, its anchor, a short definition and the lesson that teaches it.
// Lessons link a term on its first use on each page as [term](../../glossary/#slug).
import type { PlannedLesson } from './plan.ts';

/** One glossary entry. */
export interface GlossaryTerm {
  term: string;
  /** The anchor lessons link to: /glossary/#slug. */
  slug: string;
  definition: string;
  lesson: PlannedLesson;
}

const t = (term: string, slug: string, lesson: PlannedLesson, definition: string): GlossaryTerm => ({ term, slug, lesson, definition });

/** Every term, alphabetically by slug on the page. */
export const GLOSSARY: GlossaryTerm[] = [
  t('image', 'image', '01-what-is-an-image', 'A read-only package of files (as layers) and metadata (the image config) from which containers start. It has no kernel of its own.'),
  t('container', 'container', '01-what-is-an-image', "A running (or stopped) instance of an image: its processes, and one writable layer on top of the image's read-only layers."),
  t('userland', 'userland', '01-what-is-an-image', "The programs and libraries of an operating system outside the kernel: a shell, core tools, a package manager. Most images carry a distribution's userland."),
  t('kernel', 'kernel', '01-what-is-an-image', "The core of the operating system. Containers have none of their own: they all run on the host's kernel."),
  t('Docker Desktop VM', 'docker-desktop-vm', '01-what-is-an-image', 'The small Linux virtual machine Docker Desktop runs (on macOS, Windows, and Linux if installed), whose kernel its containers share. Docker Engine on Linux runs no VM.'),
  t('layer', 'layer', '02-layers-and-history', "A tar archive of one step's file changes (added, changed, deleted). Stacked in order, an image's layers make its filesystem."),
  t('diff ID', 'diff-id', '02-layers-and-history', "The sha256 of a layer's uncompressed tar, as listed in .RootFS.Layers. The same content always has the same diff ID."),
  t('blob', 'blob', '02-layers-and-history', 'A piece of content a registry stores by its digest: a compressed layer, a config. The 12 digits a pull prints are the start of a layer blob\'s digest.'),
  t('digest', 'digest', '07-tags-digests-platforms', 'A content hash (sha256:…). A reference with @digest always names the same content.'),
  t('RootFS', 'rootfs', '02-layers-and-history', "The part of the image config listing the diff IDs of the image's layers, bottom first."),
  t('overlay2', 'overlay2', '02-layers-and-history', "Docker's usual storage driver on Linux: it stacks unpacked layers with the kernel's overlay filesystem."),
  t('image config', 'image-config', '03-reading-an-image', 'The JSON document of an image: its platform, its layers (RootFS), its history, and the settings a container starts with (Cmd, Entrypoint, Env, ExposedPorts, Volumes, User, WorkingDir…).'),
  t('image ID', 'image-id', '03-reading-an-image', "The sha256 of the image config. docker images shows its first 12 digits; two names with one ID are one image."),
  t('writable layer', 'writable-layer', '04-containers-writable-layer', "The one empty layer Docker stacks on an image's layers for each container; everything the container changes goes there, and docker rm discards it."),
  t('copy-on-write', 'copy-on-write', '04-containers-writable-layer', "The first time a container changes a file of its image, the file is copied up into the container's writable layer and changed there; the image keeps the original."),
  t('whiteout', 'whiteout', '04-containers-writable-layer', 'A marker in a layer that hides a file of a lower layer: how a deletion is stored.'),
  t('commit', 'commit', '05-images-without-dockerfile', "docker commit: turns a container's writable layer (and config) into a new image layer on top of its image."),
  t('export/import', 'export-import', '05-images-without-dockerfile', "docker export writes a container's whole filesystem as one tar; docker import makes a one-layer image of a tar, with no history."),
  t('save/load', 'save-load', '05-images-without-dockerfile', 'docker save writes images (layers, config, names) into a tar archive; docker load reads one back.'),
  t('scratch', 'scratch', '05-images-without-dockerfile', 'A reserved name for "no base image": only FROM scratch uses it; it cannot be pulled or run.'),
  t('volume', 'volume', '05-images-without-dockerfile', "Storage that lives outside a container's layers, mounted at a path; a commit does not include it, and it outlives the container when named."),
  t('registry', 'registry', '06-registries-and-namespaces', 'A server that stores images and serves them over the Registry API: Docker Hub (docker.io), ghcr.io, or your own.'),
  t('repository', 'repository', '06-registries-and-namespaces', 'A named set of images in a registry, told apart by tags: library/nginx, bitnami/wordpress.'),
  t('namespace', 'namespace', '06-registries-and-namespaces', 'The first part of a repository path on a registry: a user or organisation (jpetazzo), or library for official images.'),
  t('official image', 'official-image', '06-registries-and-namespaces', "An image in Docker Hub's library namespace, reviewed by Docker and mostly maintained by the upstream project."),
  t('reference', 'reference', '06-registries-and-namespaces', 'A full image name: [host[:port]/][namespace/]repository[:tag][@digest]; the defaults are docker.io, library/ and latest.'),
  t('self-hosted registry', 'self-hosted-registry', '14-sharing-images', 'A registry you run yourself, such as the registry:2 image on localhost:5000; its images are named by its host.'),
  t('tag', 'tag', '07-tags-digests-platforms', 'A movable name for one image of a repository (after the colon). The publisher can point it at another image at any time.'),
  t('latest', 'latest', '07-tags-digests-platforms', 'The tag Docker uses when you give none. It is only a name: the publisher decides what it points at.'),
  t('variant', 'variant', '07-tags-digests-platforms', "A flavour of an image published under its own tags (nginx:alpine, python:3.12-slim); also a CPU variant in a platform (arm64's v8)."),
  t('platform', 'platform', '07-tags-digests-platforms', 'The OS and CPU an image is built for: linux/amd64, linux/arm64/v8. --platform picks one.'),
  t('manifest / index', 'manifest', '07-tags-digests-platforms', "A manifest lists one platform's config and layer blobs; an index lists the manifests of every platform. A tag's digest is usually the index's."),
  t('base image', 'base-image', '08-first-dockerfile', 'The image a build starts FROM; its layers are the bottom of yours.'),
  t('exec/shell form', 'exec-shell-form', '08-first-dockerfile', 'CMD ["prog","arg"] (exec form) runs the program directly; CMD prog arg (shell form) runs it through /bin/sh -c.'),
  t('CMD', 'cmd', '08-first-dockerfile', "The image's default command (or the default arguments of its ENTRYPOINT). Optional, and inherited from the base image."),
  t('BuildKit', 'buildkit', '08-first-dockerfile', "Docker's builder: it runs a Dockerfile's steps, caches them, and prints the [n/m] progress."),
  t('build check', 'build-check', '08-first-dockerfile', 'A warning BuildKit gives about a Dockerfile (such as a legacy ENV form or FROM … as casing); docker build --check lists them.'),
  t('build context', 'build-context', '09-build-context-copy-workdir', 'The directory sent to the builder (the last argument of docker build); COPY and ADD read only from it.'),
  t('.dockerignore', 'dockerignore', '09-build-context-copy-workdir', 'A file at the root of the build context listing paths to leave out of it.'),
  t('ENTRYPOINT', 'entrypoint', '10-env-arg-expose-volume-user-entrypoint', "The program a container always runs; CMD then supplies its default arguments."),
  t('EXPOSE', 'expose', '10-env-arg-expose-volume-user-entrypoint', 'Metadata saying which ports the image listens on; it publishes nothing (docker run -P uses it).'),
  t('build argument', 'build-argument', '10-env-arg-expose-volume-user-entrypoint', 'A variable declared with ARG and set with docker build --build-arg; values used by RUN show in the history.'),
  t('non-root', 'non-root', '10-env-arg-expose-volume-user-entrypoint', 'Running the container\'s process as an ordinary user (USER app) instead of root.'),
  t('build cache', 'build-cache', '11-build-cache-and-size', "The builder's memory of finished steps: a step is reused (CACHED) when it and everything before it are unchanged."),
  t('dangling image', 'dangling-image', '11-build-cache-and-size', 'An image with no name left (<none>:<none>), usually an older build whose tag moved to a newer one.'),
  t('multi-stage', 'multi-stage', '12-multi-stage-builds', 'A Dockerfile with several FROM stages; the final image keeps only the last stage and what it copies from the others.'),
  t('build secret', 'build-secret', '13-secrets-in-images', 'A value given to one RUN step (RUN --mount=type=secret) that never lands in a layer, the config or the history.'),
  t('publish', 'publish', '15-logs-and-ports', "Mapping a host port to a container port with -p HOST:CONTAINER (or -P for every exposed port)."),
  t('config.json', 'config-json', '14-sharing-images', "The docker CLI's settings file (~/.docker/config.json), where docker login stores credentials, base64-encoded, not encrypted."),
  t('access token', 'access-token', '14-sharing-images', 'A revocable password-like credential a registry issues; use one with docker login --password-stdin instead of your password.'),
];
