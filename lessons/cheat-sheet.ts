// The cheat sheet (/cheat-sheet/): every command the lessons teach, grouped, each with the lesson that teaches it.
import type { PlannedLesson } from './plan.ts';

/** One command line of the cheat sheet. */
export interface CheatEntry {
  command: string;
  what: string;
  lesson: PlannedLesson;
}

/** A group of commands. */
export interface CheatSection {
  title: string;
  entries: CheatEntry[];
}

const e = (command: string, what: string, lesson: PlannedLesson): CheatEntry => ({ command, what, lesson });

/** The sheet, in the order the sections appear. */
export const CHEAT_SHEET: CheatSection[] = [
  {
    title: 'Look',
    entries: [
      e('docker images [--digests] [NAME]', 'list local images (one row per name), with digests if asked', '01-what-is-an-image'),
      e('docker history [--no-trunc] [--format TEMPLATE] IMAGE', 'the steps that made an image, newest first; 0B rows made no layer', '03-reading-an-image'),
      e("docker image inspect -f '{{json .Config}}' IMAGE", 'the config: Cmd, Entrypoint, Env, ExposedPorts, Volumes, User, WorkingDir, StopSignal', '03-reading-an-image'),
      e("docker image inspect -f '{{json .RootFS.Layers}}' IMAGE", "the layers' diff IDs, bottom first", '02-layers-and-history'),
      e("docker image inspect -f '{{.Os}}/{{.Architecture}}' IMAGE", 'the platform an image is for', '07-tags-digests-platforms'),
      e('docker search TERM', 'search Docker Hub (OFFICIAL, STARS)', '06-registries-and-namespaces'),
    ],
  },
  {
    title: 'Get and name',
    entries: [
      e('docker pull NAME[:TAG]', 'download an image (the tag defaults to latest)', '01-what-is-an-image'),
      e('docker pull NAME@sha256:DIGEST', 'download exactly that content', '07-tags-digests-platforms'),
      e('docker pull --platform OS/ARCH NAME', 'download the image for another platform', '07-tags-digests-platforms'),
      e('docker tag SOURCE NEW_NAME', 'add a name to an image (nothing is copied); SOURCE may be an ID', '07-tags-digests-platforms'),
      e('docker rmi NAME', 'remove a name; the image goes with its last name', '07-tags-digests-platforms'),
      e('[host[:port]/][namespace/]repository[:tag][@digest]', 'the anatomy of a reference; defaults docker.io, library/, latest', '06-registries-and-namespaces'),
    ],
  },
  {
    title: 'Containers',
    entries: [
      e('docker run --rm IMAGE COMMAND', 'run one command in a throwaway container', '01-what-is-an-image'),
      e('docker run -d --name NAME IMAGE', 'run a container in the background, named', '04-containers-writable-layer'),
      e('docker exec CONTAINER COMMAND', 'run a command in a running container', '04-containers-writable-layer'),
      e('docker diff CONTAINER', "what the container's writable layer holds: A added, C changed, D deleted", '04-containers-writable-layer'),
      e('docker ps -a -s', 'all containers, with the size of their own layer', '04-containers-writable-layer'),
      e('docker logs CONTAINER', "what the container's main process printed", '06-registries-and-namespaces'),
    ],
  },
  {
    title: 'Without a Dockerfile',
    entries: [
      e("docker commit [--change 'CMD …'] [-m MESSAGE] CONTAINER NAME", "freeze a container's writable layer into a new image", '05-images-without-dockerfile'),
      e("docker export CONTAINER | docker import [-c 'CMD …'] - NAME", 'flatten a filesystem into a one-layer image', '05-images-without-dockerfile'),
      e('docker save -o FILE.tar IMAGE… / docker load -i FILE.tar', 'carry images as a tar archive', '05-images-without-dockerfile'),
    ],
  },
  {
    title: 'Build',
    entries: [
      e('docker build -t NAME[:TAG] CONTEXT', 'build the Dockerfile in CONTEXT', '08-first-dockerfile'),
      e('docker build -t NAME -f FILE CONTEXT', 'build another Dockerfile; the last argument is still the context', '08-first-dockerfile'),
      e('.dockerignore', 'paths to keep out of the build context', '09-build-context-copy-workdir'),
      e('RUN a && b && rm -rf /cache', 'chain steps and clean up in the same RUN to keep layers small', '11-build-cache-and-size'),
    ],
  },
  {
    title: 'Habits',
    entries: [
      e('FROM image@sha256:…', 'pin bases by digest', '07-tags-digests-platforms'),
      e('stable steps first, source last', 'so an edit rebuilds only the steps after it', '11-build-cache-and-size'),
      e('ENV/ARG/COPY never carry secrets', 'anything in a layer, the config or the history can be read', '09-build-context-copy-workdir'),
    ],
  },
];
