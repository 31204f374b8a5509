// dockerd's container errors (lookup, names, lifecycle, networking, files), word for word.
import { defineError } from './engine-error.ts';

/** `No such container: x` */
export const NoSuchContainer = defineError('NoSuchContainer', 'notFound', (ref: string) => `No such container: ${ref}`);
/** An ID prefix more than one container starts with. */
export const AmbiguousContainerPrefix = defineError('AmbiguousContainerPrefix', 'invalidParameter', (prefix: string) => `Multiple IDs found with provided prefix: ${prefix}`);
/** The name-conflict error of POST /containers/create and /rename. */
export const ContainerNameConflict = defineError(
  'ContainerNameConflict',
  'conflict',
  (name: string, id: string) => `Conflict. The container name "${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
);
/** A container name outside [a-zA-Z0-9][a-zA-Z0-9_.-]. */
export const InvalidContainerName = defineError('InvalidContainerName', 'invalidParameter', (name: string) => `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
/** `docker rename c c`. */
export const RenameToSameName = defineError('RenameToSameName', 'invalidParameter', () => 'Renaming a container with the same name as its current name');
/** `container <id> is not running` (exec, kill, top). */
export const ContainerNotRunning = defineError('ContainerNotRunning', 'conflict', (id: string) => `container ${id} is not running`);
/** POST /containers/{id}/resize on a stopped container (dockerd capitalizes this one). */
export const ResizeNotRunning = defineError('ResizeNotRunning', 'conflict', (id: string) => `Container ${id} is not running`);
/** `docker kill` of a stopped container. */
export const KillNotRunning = defineError('KillNotRunning', 'conflict', (ref: string, id: string) => `cannot kill container: ${ref}: container ${id} is not running`);
/** `docker rm` of a running container without -f. */
export const RemoveRunning = defineError(
  'RemoveRunning',
  'conflict',
  (ref: string) => `cannot remove container "${ref}": container is running: stop the container before removing or force remove`,
);
/** A container with neither Cmd nor Entrypoint. */
export const NoCommandSpecified = defineError('NoCommandSpecified', 'invalidParameter', () => 'no command specified');
/** A signal name or number the kernel does not know. */
export const InvalidSignal = defineError('InvalidSignal', 'invalidParameter', (raw: string) => `Invalid signal: ${raw}`);
/** A bind mount whose host path cannot be made. */
export const BindSourceMissing = defineError('BindSourceMissing', 'invalidParameter', (source: string) => `invalid mount config for type "bind": bind source path does not exist: ${source}`);
/** A `--mount` (HostConfig.Mounts) the daemon refuses: volume/mounts' errMountConfig. */
export const InvalidMountConfig = defineError('InvalidMountConfig', 'invalidParameter', (type: string, reason: string) => `invalid mount config for type "${type}": ${reason}`);
/** A mount whose target is the container's root. */
export const MountTargetIsRoot = defineError('MountTargetIsRoot', 'invalidParameter', () => "invalid specification: destination can't be '/'");
/** Two mounts (from -v, --mount or both) on one path. */
export const DuplicateMountPoint = defineError('DuplicateMountPoint', 'invalidParameter', (target: string) => `Duplicate mount point: ${target}`);
/** A published host port another container holds. */
export const PortPublishFailed = defineError(
  'PortPublishFailed',
  'system',
  (container: string, endpoint: string, reason: string) => `failed to set up container networking: driver failed programming external connectivity on endpoint ${container} (${endpoint}): ${reason}`,
);
/** `docker cp` of a path the container does not have. */
export const FileNotInContainer = defineError('FileNotInContainer', 'notFound', (path: string, container: string) => `Could not find the file ${path} in container ${container}`);
/** PUT /containers/{id}/archive into something that is not a directory. */
export const ExtractionPointNotDirectory = defineError('ExtractionPointNotDirectory', 'invalidParameter', () => 'extraction point is not a directory');
/** PUT /containers/{id}/archive with a body that is not a tar. */
export const InvalidTarHeader = defineError('InvalidTarHeader', 'system', () => 'archive/tar: invalid tar header');
/** A daemon built without a process runtime (image work only) asked to run something. */
export const NoRuntime = defineError('NoRuntime', 'system', () => 'no container runtime in this daemon');
/** `docker pause` of a paused container. */
export const ContainerAlreadyPaused = defineError('ContainerAlreadyPaused', 'conflict', (id: string) => `container ${id} is already paused`);
/** `docker unpause` of a container that is not paused. */
export const ContainerNotPaused = defineError('ContainerNotPaused', 'conflict', (id: string) => `container ${id} is not paused`);
/** `docker exec` into a paused container (dockerd names it as the caller did, capitalized). */
export const ExecPaused = defineError('ExecPaused', 'conflict', (ref: string) => `Container ${ref} is paused, unpause the container before exec`);
/** `docker top c ARGS` with arguments procps' ps refuses (dockerd reports ps's exit status). */
export const TopPsFailed = defineError('TopPsFailed', 'system', () => 'Error running ps: exit status 1');
/** `docker top c -o args`: dockerd needs a PID column to tell the container's processes. */
export const TopNoPidField = defineError('TopNoPidField', 'system', () => "Couldn't find PID field in ps output");
