// The learner's own machine: a Debian-like host with bash, their workspace as the home directory,
// and the docker CLI. Containers get their own filesystems; this one is only the host's.
import { Vfs } from '../vfs/vfs.ts';
import type { Identity } from '../vfs/access.ts';
import type { WorkspaceFile } from '../protocol/session.ts';

/** The learner's home directory, which holds the lesson's workspace. */
export const HOME = '/home/learner';
/** The learner's user and group ID on the host. */
export const LEARNER_UID = 1000;
const UID = LEARNER_UID;
/** The learner's credentials (in the docker group): what the host shell and its programs run as. */
export const LEARNER: Identity = { uid: UID, gid: UID, groups: [UID, 999] };

/** A fresh host filesystem with the lesson's files in the home directory. */
export function createHostFs(workspace: readonly WorkspaceFile[], clock: () => number): Vfs {
  const fs = Vfs.empty({ clock });
  for (const dir of ['/bin', '/etc', '/tmp', '/usr/bin', '/usr/local/bin', '/var/tmp', '/home']) fs.mkdir(dir, { recursive: true });
  fs.chmod('/tmp', 0o1777);
  fs.writeFile('/etc/hostname', 'workbook\n');
  fs.writeFile('/etc/os-release', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\n');
  fs.writeFile('/etc/passwd', `root:x:0:0:root:/root:/bin/bash\nlearner:x:${UID}:${UID}:Learner,,,:${HOME}:/bin/bash\n`);
  fs.writeFile('/etc/group', `root:x:0:\ndocker:x:999:learner\nlearner:x:${UID}:\n`);
  fs.mkdir(HOME, { recursive: true, uid: UID, gid: UID });
  for (const file of workspace) {
    const path = `${HOME}/${file.path.replace(/^\/+/, '')}`;
    if (file.directory) {
      fs.mkdir(path, { recursive: true, mode: file.mode ?? 0o755, uid: UID, gid: UID });
      continue;
    }
    fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true, uid: UID, gid: UID });
    fs.writeFile(path, file.content, { mode: file.mode ?? 0o644, uid: UID, gid: UID });
  }
  return fs;
}

/** The environment of the learner's login shell. */
export function hostEnv(): Map<string, string> {
  return new Map([
    ['HOME', HOME],
    ['USER', 'learner'],
    ['LOGNAME', 'learner'],
    ['SHELL', '/bin/bash'],
    ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    ['PWD', HOME],
    ['TERM', 'xterm-256color'],
    ['LANG', 'C.UTF-8'],
    ['HOSTNAME', 'workbook'],
  ]);
}
