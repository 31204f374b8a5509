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
      e('docker logs [-f] [--tail N] [-t] CONTAINER', 'follow the logs, the last N lines, with timestamps; 2>/dev/null keeps only stdout', '15-logs-and-ports'),
      e('docker run -e NAME=value IMAGE', 'set an environment variable for one container', '10-env-arg-expose-volume-user-entrypoint'),
      e('docker run -u USER IMAGE', 'run as another user than the image says', '10-env-arg-expose-volume-user-entrypoint'),
      e('docker run --entrypoint PROGRAM IMAGE [ARGS]', 'replace the ENTRYPOINT for one run; words after the image replace CMD', '10-env-arg-expose-volume-user-entrypoint'),
      e('docker run -v VOLUME:/path IMAGE', 'mount a named volume (made if missing); its data outlives the container', '10-env-arg-expose-volume-user-entrypoint'),
      e('docker volume ls / docker volume rm NAME', 'list volumes (anonymous ones have long random names); remove one', '10-env-arg-expose-volume-user-entrypoint'),
      e('docker rm [-f] [-v] CONTAINER', 'remove a container (-f even if running, -v with its anonymous volumes)', '10-env-arg-expose-volume-user-entrypoint'),
      e('docker run -d -p HOST:CONTAINER IMAGE', 'publish a container port on the host, host port first', '15-logs-and-ports'),
      e('docker run -d -P IMAGE / docker port CONTAINER', "publish every EXPOSEd port on a random host port, and see which", '15-logs-and-ports'),
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
      e('docker build -q …', 'print only the image ID', '08-first-dockerfile'),
      e('.dockerignore', 'paths to keep out of the build context', '09-build-context-copy-workdir'),
      e('docker build --build-arg NAME=value …', 'set an ARG for one build (one before FROM can pick the base)', '10-env-arg-expose-volume-user-entrypoint'),
      e('docker build --no-cache …', 'run every step again instead of taking it from the cache', '11-build-cache-and-size'),
      e('docker image prune', 'remove dangling images (<none>:<none>) that rebuilds left behind', '11-build-cache-and-size'),
      e('docker buildx du', 'list the build cache: a record for each step that made a layer', '11-build-cache-and-size'),
      e('docker builder prune [-a]', 'remove the build cache no image holds (-a: all of it, so the next build starts cold)', '11-build-cache-and-size'),
      e('docker build --target STAGE …', 'build a multi-stage Dockerfile only up to STAGE', '12-multi-stage-builds'),
      e('COPY --from=STAGE SRC DEST', 'copy a result out of another stage (or image)', '12-multi-stage-builds'),
      e('docker build --secret id=ID,src=FILE … with RUN --mount=type=secret,id=ID', 'give one RUN a secret at /run/secrets/ID that no layer keeps', '13-secrets-in-images'),
      e('docker buildx history ls / inspect [REF] / logs [REF]', "the builder's records of recent builds: how each ended, its --build-arg values, its progress again", '13-secrets-in-images'),
      e('RUN a && b && rm -rf /cache', 'chain steps and clean up in the same RUN to keep layers small', '11-build-cache-and-size'),
    ],
  },
  {
    title: 'Share',
    entries: [
      e('docker run -d -p 5000:5000 --name registry registry:2', 'a registry of your own on localhost:5000', '14-sharing-images'),
      e('docker tag IMAGE localhost:5000/PATH:TAG / docker push localhost:5000/PATH:TAG', 'the name picks the registry; a push sends only the layers it lacks', '14-sharing-images'),
      e('curl localhost:5000/v2/_catalog', "the repositories a registry holds (its HTTP API)", '14-sharing-images'),
      e("echo '…' | docker login -u USER --password-stdin", 'log in to Docker Hub; the credentials are stored in ~/.docker/config.json', '14-sharing-images'),
      e('docker logout', "delete the stored Hub credentials (revoke tokens on the registry too)", '14-sharing-images'),
    ],
  },
  {
    title: 'Secrets',
    entries: [
      e('docker history --no-trunc IMAGE', 'the full command of each step, with the build arguments a RUN used', '13-secrets-in-images'),
      e('docker save -o FILE.tar IMAGE && tar -xf FILE.tar', "every layer as a tar, deleted files included", '13-secrets-in-images'),
    ],
  },
  {
    title: 'Habits',
    entries: [
      e('FROM image@sha256:…', 'pin bases by digest', '07-tags-digests-platforms'),
      e('stable steps first, source last', 'so an edit rebuilds only the steps after it', '11-build-cache-and-size'),
      e('ENV/ARG/COPY never carry secrets', 'anything in a layer, the config or the history can be read', '13-secrets-in-images'),
      e('USER a non-root user', 'a process that breaks out is then an ordinary user', '10-env-arg-expose-volume-user-entrypoint'),
      e('log to stdout and stderr, not to files', 'docker logs shows only those two streams', '15-logs-and-ports'),
    ],
  },
];
