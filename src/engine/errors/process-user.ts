// The process user a container process should run as is not in its /etc/passwd or /etc/group.
import { EngineError } from './engine-error.ts';

/** runc's `unable to find user x: no matching entries in passwd file` (also for groups), as dockerd returns it. */
export class UnknownProcessUser extends EngineError {
  static readonly code = 'UNKNOWN_PROCESS_USER';
  constructor(message: string) {
    super('system', message, UnknownProcessUser.code);
    this.name = 'UnknownProcessUser';
  }
}
