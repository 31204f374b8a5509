// dpkg's view of a Debian or Ubuntu image: /var/lib/dpkg/status written from a readable package list,
// and the stock /etc/passwd and /etc/group of base-passwd.

/** One installed package: `name version installed-KiB` as a line of a release's package table. */
export interface DebPackage {
  name: string;
  version: string;
  sizeKiB: number;
}

/** Parses a package table: one `name version installed-KiB` per line. */
export function packageTable(text: string): DebPackage[] {
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [name, version, size] = line.trim().split(/\s+/);
      return { name, version, sizeKiB: Number(size) };
    });
}

// The packages priority `required` brings in, with dpkg's section and short description.
const INFO: Record<string, [section: string, description: string]> = {
  adduser: ['admin', 'add and remove users and groups'],
  apt: ['admin', 'commandline package manager'],
  'base-files': ['admin', 'Debian base system miscellaneous files'],
  'base-passwd': ['admin', 'Debian base system master password and group files'],
  bash: ['shells', 'GNU Bourne Again SHell'],
  bsdutils: ['utils', 'basic utilities from 4.4BSD-Lite'],
  coreutils: ['utils', 'GNU core utilities'],
  dash: ['shells', 'POSIX-compliant shell'],
  debconf: ['admin', 'Debian configuration management system'],
  'debian-archive-keyring': ['misc', 'GnuPG archive keys of the Debian archive'],
  debianutils: ['utils', 'Miscellaneous utilities specific to Debian'],
  diffutils: ['utils', 'File comparison utilities'],
  dpkg: ['admin', 'Debian package management system'],
  e2fsprogs: ['admin', 'ext2/ext3/ext4 file system utilities'],
  findutils: ['utils', 'utilities for finding files--find, xargs'],
  gpgv: ['utils', 'GNU privacy guard - signature verification tool'],
  grep: ['utils', 'GNU grep, egrep and fgrep'],
  gzip: ['utils', 'GNU compression utilities'],
  hostname: ['admin', 'utility to set/show the host name or domain name'],
  'init-system-helpers': ['admin', 'helper tools for all init systems'],
  'libc-bin': ['libs', 'GNU C Library: Binaries'],
  libc6: ['libs', 'GNU C Library: Shared libraries'],
  login: ['admin', 'system login tools'],
  logsave: ['admin', 'save the output of a command in a log file'],
  mawk: ['interpreters', 'Pattern scanning and text processing language'],
  mount: ['admin', 'tools for mounting and manipulating filesystems'],
  'ncurses-base': ['misc', 'basic terminal type definitions'],
  'ncurses-bin': ['utils', 'terminal-related programs and man pages'],
  passwd: ['admin', 'change and administer password and group data'],
  'perl-base': ['perl', 'minimal Perl system'],
  sed: ['utils', 'GNU stream editor for filtering/transforming text'],
  'sysvinit-utils': ['admin', 'System-V-like utilities'],
  tar: ['utils', 'GNU version of the tar archiving utility'],
  tzdata: ['localization', 'time zone and daylight-saving time data'],
  'usr-is-merged': ['oldlibs', 'Transitional package to assert a merged-/usr system'],
  'util-linux': ['utils', 'miscellaneous system utilities'],
  'util-linux-extra': ['utils', 'interactive login tools'],
  zlib1g: ['libs', 'compression library - runtime'],
  'libstdc++6': ['libs', 'GNU Standard C++ Library v3'],
  'libgcc-s1': ['libs', 'GCC support library'],
  libsystemd0: ['libs', 'systemd utility library'],
  libudev1: ['libs', 'libudev shared library'],
  libselinux1: ['libs', 'SELinux runtime shared libraries'],
  libzstd1: ['libs', 'fast lossless compression algorithm'],
  liblzma5: ['libs', 'XZ-format compression library'],
  'libpam-modules': ['admin', 'Pluggable Authentication Modules for PAM'],
  'libpam-runtime': ['admin', 'Runtime support for the PAM library'],
  libpam0g: ['libs', 'Pluggable Authentication Modules library'],
  libgnutls30: ['libs', 'GNU TLS library - main runtime library'],
  'libapt-pkg6.0': ['libs', 'package management runtime library'],
  libgcrypt20: ['libs', 'LGPL Crypto library - runtime library'],
  'libpcre2-8-0': ['libs', 'New Perl Compatible Regular Expression Library- 8 bit runtime files'],
  libtinfo6: ['libs', 'shared low-level terminfo library for terminal handling'],
  'ubuntu-keyring': ['misc', 'GnuPG keys of the Ubuntu archive'],
  'libc6:i386': ['libs', 'GNU C Library: Shared libraries'],
};

const ESSENTIAL = new Set(['base-files', 'base-passwd', 'bash', 'bsdutils', 'coreutils', 'dash', 'debianutils', 'diffutils', 'dpkg', 'findutils', 'grep', 'gzip', 'hostname', 'init-system-helpers', 'libc-bin', 'login', 'ncurses-base', 'ncurses-bin', 'perl-base', 'sed', 'sysvinit-utils', 'tar', 'util-linux', 'mawk']);

/** /var/lib/dpkg/status for these packages on one Debian architecture. */
export function dpkgStatus(packages: DebPackage[], arch: string, maintainer: string): string {
  return packages
    .map((p) => {
      const [section, description] = INFO[p.name] ?? (p.name.startsWith('lib') ? ['libs', `${p.name.replace(/^lib/, '').replace(/[0-9.-]+$/, '')} shared library`] : ['utils', p.name]);
      const allArch = p.name.endsWith('-base') || p.name.endsWith('-common') || p.name.endsWith('keyring') || ['adduser', 'debconf', 'tzdata', 'usr-is-merged', 'libpam-runtime'].includes(p.name);
      return [
        `Package: ${p.name}`,
        ...(ESSENTIAL.has(p.name) ? ['Essential: yes'] : []),
        'Status: install ok installed',
        `Priority: ${ESSENTIAL.has(p.name) || p.name.startsWith('lib') ? 'required' : 'important'}`,
        `Section: ${section}`,
        `Installed-Size: ${p.sizeKiB}`,
        `Maintainer: ${maintainer}`,
        `Architecture: ${allArch ? 'all' : arch}`,
        ...(p.name.startsWith('lib') ? ['Multi-Arch: same'] : []),
        `Version: ${p.version}`,
        `Description: ${description}`,
        '',
      ].join('\n');
    })
    .join('\n');
}

/** base-passwd's /etc/passwd, plus extra users a distribution adds (`ubuntu`, `_apt`). */
export function debianPasswd(extra: string[] = []): string {
  return [
    'root:x:0:0:root:/root:/bin/bash',
    'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin',
    'bin:x:2:2:bin:/bin:/usr/sbin/nologin',
    'sys:x:3:3:sys:/dev:/usr/sbin/nologin',
    'sync:x:4:65534:sync:/bin:/bin/sync',
    'games:x:5:60:games:/usr/games:/usr/sbin/nologin',
    'man:x:6:12:man:/var/cache/man:/usr/sbin/nologin',
    'lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin',
    'mail:x:8:8:mail:/var/mail:/usr/sbin/nologin',
    'news:x:9:9:news:/var/spool/news:/usr/sbin/nologin',
    'uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin',
    'proxy:x:13:13:proxy:/bin:/usr/sbin/nologin',
    'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin',
    'backup:x:34:34:backup:/var/backups:/usr/sbin/nologin',
    'list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin',
    'irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin',
    ...extra,
    'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin',
  ].join('\n') + '\n';
}

/** base-passwd's /etc/group. */
export function debianGroup(extra: string[] = []): string {
  const groups = ['root', 'daemon', 'bin', 'sys', 'adm', 'tty', 'disk', 'lp', 'mail', 'news', 'uucp', 'man', 'proxy', 'kmem', 'dialout', 'fax', 'voice', 'cdrom', 'floppy', 'tape', 'sudo', 'audio', 'dip', 'www-data', 'backup', 'operator', 'list', 'irc', 'src', 'shadow', 'utmp', 'video', 'sasl', 'plugdev', 'staff', 'games', 'users'];
  const ids = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 15, 20, 21, 22, 24, 25, 26, 27, 29, 30, 33, 34, 37, 38, 39, 40, 42, 43, 44, 45, 46, 50, 60, 100];
  return [...groups.map((g, i) => `${g}:x:${ids[i]}:`), ...extra, 'nogroup:x:65534:'].join('\n') + '\n';
}

/** /etc/shadow entries for a passwd file: root locked with `*`, the rest `*` too, as debootstrap leaves them. */
export function shadowFor(passwd: string, lastChange: number): string {
  return passwd.trim().split('\n').map((l) => `${l.split(':')[0]}:*:${lastChange}:0:99999:7:::`).join('\n') + '\n';
}
