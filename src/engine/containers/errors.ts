// dockerd's container errors, word for word.
import { EngineError } from '../errors/engine-error.ts';

/** `No such container: x` */
export function noSuchContainer(ref: string): EngineError {
  return new EngineError('notFound', `No such container: ${ref}`);
}

/** The name-conflict error of POST /containers/create and /rename. */
export function nameConflict(name: string, id: string): EngineError {
  return new EngineError(
    'conflict',
    `Conflict. The container name "${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
  );
}

/** `container <id> is not running` (exec, kill, top). */
export function notRunning(id: string): EngineError {
  return new EngineError('conflict', `container ${id} is not running`);
}

/** What runc reports when PID 1's executable cannot be found, through containerd and dockerd. */
export function execNotFound(argv0: string, absolute: boolean): EngineError {
  const reason = absolute ? `stat ${argv0}: no such file or directory` : 'executable file not found in $PATH';
  return new EngineError(
    'system',
    `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${argv0}": ${reason}: unknown`,
  );
}

/** The same failure for `docker exec`. */
export function execProcessNotFound(argv0: string, absolute: boolean): EngineError {
  const reason = absolute ? `stat ${argv0}: no such file or directory` : 'executable file not found in $PATH';
  return new EngineError('system', `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv0}": ${reason}: unknown`);
}
