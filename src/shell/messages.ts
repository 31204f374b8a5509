// Error wording per shell: bash (the host) and busybox ash (Alpine containers) say things differently.
import type { FsErrorCode } from '../vfs/types.ts';

/** Which shell we imitate: bash, busybox ash (Alpine's /bin/sh) or dash (Debian's and Ubuntu's /bin/sh). */
export type Dialect = 'bash' | 'ash' | 'dash';

/** strerror(3) text for a filesystem error code, as glibc and musl print it. */
export function strerror(code: FsErrorCode | string): string {
  switch (code) {
    case 'ENOENT': return 'No such file or directory';
    case 'EEXIST': return 'File exists';
    case 'ENOTDIR': return 'Not a directory';
    case 'EISDIR': return 'Is a directory';
    case 'ENOSPC': return 'No space left on device';
    case 'ENOTEMPTY': return 'Directory not empty';
    case 'EACCES': return 'Permission denied';
    case 'EINVAL': return 'Invalid argument';
    case 'ELOOP': return 'Too many levels of symbolic links';
    case 'EBUSY': return 'Device or resource busy';
    case 'EPERM': return 'Operation not permitted';
    case 'EROFS': return 'Read-only file system';
    default: return String(code);
  }
}

/** The workbook's one wording for a feature the real program has but the simulation leaves out (`option '--x'`, `system()`). */
export function notSupported(what: string): string {
  return `${what} is not supported in the workbook`;
}
