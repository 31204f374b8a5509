// What runc, containerd and dockerd report when a process cannot start (PID 1 or `docker exec`), and
// the exec-instance errors of the Engine API, word for word.
import { defineError } from './engine-error.ts';

const reason = (argv0: string, absolute: boolean) => (absolute ? `stat ${argv0}: no such file or directory` : 'executable file not found in $PATH');

/** PID 1's executable cannot be found. */
export const ExecutableNotFound = defineError(
  'ExecutableNotFound',
  'system',
  (argv0: string, absolute: boolean) =>
    `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${argv0}": ${reason(argv0, absolute)}: unknown`,
);
/** The same failure for `docker exec`. */
export const ExecProcessNotFound = defineError(
  'ExecProcessNotFound',
  'system',
  (argv0: string, absolute: boolean) => `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv0}": ${reason(argv0, absolute)}: unknown`,
);
/** An exec instance ID the daemon never made. */
export const NoSuchExec = defineError('NoSuchExec', 'notFound', (id: string) => `No such exec instance: ${id}`);
/** POST /exec/{id}/start twice. */
export const ExecAlreadyRan = defineError('ExecAlreadyRan', 'conflict', (id: string) => `Error: Exec command ${id} has already run`);
