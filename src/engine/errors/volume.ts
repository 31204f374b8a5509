// dockerd's volume errors, word for word.
import { defineError } from './engine-error.ts';

/** A volume name the local driver does not take. */
export const InvalidVolumeName = defineError(
  'InvalidVolumeName',
  'invalidParameter',
  (name: string) =>
    `create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`,
);
/** `get x: no such volume` */
export const NoSuchVolume = defineError('NoSuchVolume', 'notFound', (name: string) => `get ${name}: no such volume`);
/** `docker volume rm` of a volume a container mounts. */
export const VolumeInUse = defineError('VolumeInUse', 'conflict', (name: string, users: readonly string[]) => `remove ${name}: volume is in use - [${users.join(', ')}]`);
