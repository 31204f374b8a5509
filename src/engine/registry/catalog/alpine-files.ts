// The alpine minirootfs as a file tree: real text where it is small (os-release, passwd, group, the apk
// database), sized stand-ins for binaries, and busybox's applet links.
import { TreeBuilder, archNames, epoch } from './files.ts';

/** Package versions and binary sizes that differ between Alpine releases. */
export interface AlpineRelease {
  version: string; // 3.20.3
  branch: string; // v3.20 or edge
  created: string;
  busybox: string; // 1.36.1-r29
  musl: string;
  openssl: string;
  apkTools: string;
  baselayout: string;
  caCerts: string;
  zlib: string;
  /** The uncompressed size of the real amd64 rootfs layer, so `docker images` shows what Docker shows. */
  rootfsBytes: number;
}

/** Busybox applet names by the directory alpine links them into. */
export const APPLETS: Record<string, string[]> = {
  bin: ['arch', 'ash', 'base64', 'bbconfig', 'cat', 'chattr', 'chgrp', 'chmod', 'chown', 'cp', 'date', 'dd', 'df', 'dmesg', 'dnsdomainname', 'dumpkmap', 'echo', 'egrep', 'false', 'fatattr', 'fdflush', 'fgrep', 'fsync', 'getopt', 'grep', 'gunzip', 'gzip', 'hostname', 'ionice', 'iostat', 'ipcalc', 'kbd_mode', 'kill', 'link', 'linux32', 'linux64', 'ln', 'login', 'ls', 'lsattr', 'lzop', 'makemime', 'mkdir', 'mknod', 'mktemp', 'more', 'mount', 'mountpoint', 'mpstat', 'mv', 'netstat', 'nice', 'pidof', 'ping', 'ping6', 'pipe_progress', 'printenv', 'ps', 'pwd', 'reformime', 'rev', 'rm', 'rmdir', 'run-parts', 'sed', 'setpriv', 'setserial', 'sh', 'sleep', 'stat', 'stty', 'su', 'sync', 'tar', 'touch', 'true', 'umount', 'uname', 'usleep', 'watch', 'zcat'],
  sbin: ['acpid', 'adjtimex', 'arp', 'blkid', 'blockdev', 'depmod', 'fbsplash', 'fdisk', 'findfs', 'fsck', 'fstrim', 'getty', 'halt', 'hwclock', 'ifconfig', 'ifdown', 'ifenslave', 'ifup', 'init', 'inotifyd', 'insmod', 'ip', 'ipaddr', 'iplink', 'ipneigh', 'iproute', 'iprule', 'iptunnel', 'klogd', 'loadkmap', 'logread', 'losetup', 'lsmod', 'mdev', 'mkdosfs', 'mkfs.vfat', 'mkswap', 'modinfo', 'modprobe', 'nameif', 'nologin', 'pivot_root', 'poweroff', 'reboot', 'rmmod', 'route', 'setconsole', 'slattach', 'swapoff', 'swapon', 'switch_root', 'sysctl', 'syslogd', 'tunctl', 'udhcpc', 'vconfig', 'watchdog'],
  'usr/bin': ['[', '[[', 'awk', 'basename', 'bc', 'beep', 'blkdiscard', 'bunzip2', 'bzcat', 'bzip2', 'cal', 'chvt', 'cksum', 'clear', 'cmp', 'comm', 'cpio', 'crontab', 'cryptpw', 'cut', 'dc', 'deallocvt', 'diff', 'dirname', 'dos2unix', 'du', 'eject', 'env', 'expand', 'expr', 'factor', 'fallocate', 'find', 'flock', 'fold', 'free', 'fuser', 'head', 'hexdump', 'hostid', 'id', 'install', 'ipcrm', 'ipcs', 'killall', 'last', 'less', 'logger', 'lsof', 'lsusb', 'lzcat', 'lzma', 'lzopcat', 'md5sum', 'mesg', 'microcom', 'mkfifo', 'mkpasswd', 'nc', 'nl', 'nmeter', 'nohup', 'nproc', 'nsenter', 'nslookup', 'od', 'openvt', 'paste', 'pgrep', 'pkill', 'pmap', 'printf', 'pscan', 'pstree', 'pwdx', 'readlink', 'realpath', 'renice', 'reset', 'resize', 'seq', 'setkeycodes', 'setsid', 'sha1sum', 'sha256sum', 'sha3sum', 'sha512sum', 'showkey', 'shred', 'shuf', 'sort', 'split', 'strings', 'sum', 'tac', 'tail', 'tee', 'test', 'time', 'timeout', 'top', 'tr', 'traceroute', 'traceroute6', 'tree', 'truncate', 'tty', 'ttysize', 'udhcpc6', 'unexpand', 'uniq', 'unix2dos', 'unlink', 'unlzma', 'unlzop', 'unshare', 'unxz', 'unzip', 'uptime', 'uudecode', 'uuencode', 'vi', 'vlock', 'volname', 'wc', 'wget', 'which', 'who', 'whoami', 'whois', 'xargs', 'xxd', 'xzcat', 'yes'],
  'usr/sbin': ['addgroup', 'adduser', 'arping', 'brctl', 'chpasswd', 'chroot', 'crond', 'delgroup', 'deluser', 'ether-wake', 'fbset', 'killall5', 'loadfont', 'nanddump', 'nandwrite', 'nbd-client', 'ntpd', 'partprobe', 'rdate', 'rdev', 'readahead', 'remove-shell', 'rfkill', 'sendmail', 'setfont', 'setlogcons'],
};

const PASSWD = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

const GROUP = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

/** A system account that a later layer adds with busybox `addgroup -S` + `adduser -S -G <group>` (nginx:alpine's nginx). */
export interface AlpineSystemUser {
  name: string;
  id: number; // uid and gid
  home: string;
  shell: string;
}

/**
 * Writes alpine's /etc/passwd, /etc/group and /etc/shadow, plus the lines busybox's adduser appends for
 * `users` (`-G group` makes the user a member of its group; shadow's day count is the layer's date).
 */
export function alpineAccounts(t: TreeBuilder, users: AlpineSystemUser[] = [], createdDay = 0): TreeBuilder {
  const base = PASSWD.split('\n').filter(Boolean).map((l) => `${l.split(':')[0]}:${l.startsWith('root') ? '*' : '!'}::0:::::`);
  const passwd = PASSWD + users.map((u) => `${u.name}:x:${u.id}:${u.id}:${u.name}:${u.home}:${u.shell}\n`).join('');
  const group = GROUP + users.map((u) => `${u.name}:x:${u.id}:${u.name}\n`).join('');
  const shadow = [...base, ...users.map((u) => `${u.name}:!:${createdDay}:0:99999:7:::`)];
  return t.file('etc/passwd', passwd).file('etc/group', group).file('etc/shadow', shadow.join('\n') + '\n', 0o640);
}

/** A package as /lib/apk/db/installed records it. */
export interface ApkPackage {
  name: string;
  version: string;
  size: number; // installed bytes
  description: string;
  license: string;
  origin?: string;
}

/** The packages of the minirootfs with their installed sizes (bytes) and one-line descriptions. */
function basePackages(r: AlpineRelease): ApkPackage[] {
  const bb = r.busybox;
  return [
    { name: 'alpine-baselayout', version: r.baselayout, size: 8192, description: 'Alpine base dir structure and init scripts', license: 'GPL-2.0-only' },
    { name: 'alpine-baselayout-data', version: r.baselayout, size: 94208, description: 'Alpine base dir structure and init scripts', license: 'GPL-2.0-only' },
    { name: 'alpine-keys', version: '2.4-r1', size: 163840, description: 'Public keys for Alpine Linux packages', license: 'MIT' },
    { name: 'apk-tools', version: r.apkTools, size: 262144, description: 'Alpine Package Keeper - package manager for alpine', license: 'GPL-2.0-only' },
    { name: 'busybox', version: bb, size: 954368, description: 'Size optimized toolbox of many common UNIX utilities', license: 'GPL-2.0-only' },
    { name: 'busybox-binsh', version: bb, size: 4096, description: 'busybox ash /bin/sh', license: 'GPL-2.0-only' },
    { name: 'ca-certificates-bundle', version: r.caCerts, size: 237568, description: 'Pre generated bundle of Mozilla certificates', license: 'MPL-2.0 AND MIT' },
    { name: 'libcrypto3', version: r.openssl, size: 4734976, description: 'Crypto library from openssl', license: 'Apache-2.0' },
    { name: 'libssl3', version: r.openssl, size: 753664, description: 'SSL shared libraries', license: 'Apache-2.0' },
    { name: 'musl', version: r.musl, size: 659456, description: 'the musl c library (libc) implementation', license: 'MIT' },
    { name: 'musl-utils', version: r.musl, size: 135168, description: 'the musl c library (libc) implementation', license: 'MIT AND BSD-2-Clause AND GPL-2.0-or-later' },
    { name: 'scanelf', version: '1.3.7-r2', size: 86016, description: 'Scan ELF binaries for stuff', license: 'GPL-2.0-only' },
    { name: 'ssl_client', version: bb, size: 28672, description: 'EXternal ssl_client for busybox wget', license: 'GPL-2.0-only' },
    { name: 'zlib', version: r.zlib, size: 102400, description: 'A compression/decompression Library', license: 'Zlib' },
  ];
}

/** The rootfs layer of alpine for one platform. */
export function alpineRootfs(r: AlpineRelease, platform: string): TreeBuilder {
  const arch = archNames(platform).apk;
  const t = new TreeBuilder(epoch(r.created));
  for (const d of ['bin', 'dev', 'etc', 'home', 'lib', 'media/cdrom', 'media/floppy', 'media/usb', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'usr/bin', 'usr/lib', 'usr/local/bin', 'usr/local/lib', 'usr/local/share', 'usr/sbin', 'usr/share/apk/keys', 'usr/share/man', 'usr/share/misc', 'var/cache/apk', 'var/empty', 'var/lib/misc', 'var/local', 'var/lock/subsys', 'var/log', 'var/mail', 'var/opt', 'var/spool/cron', 'var/tmp', 'etc/apk/keys', 'etc/apk/protected_paths.d', 'etc/crontabs', 'etc/logrotate.d', 'etc/modprobe.d', 'etc/modules-load.d', 'etc/network/if-up.d', 'etc/opt', 'etc/periodic/daily', 'etc/profile.d', 'etc/ssl/certs', 'etc/ssl/private', 'etc/sysctl.d', 'lib/apk/db', 'lib/firmware', 'lib/modules-load.d', 'lib/sysctl.d']) t.dir(d);
  t.dir('root', 0o700).dir('tmp', 0o1777).dir('var/tmp', 0o1777);
  // alpine-baselayout links /var/run to /run (nginx and others write their pid files through it).
  t.link('var/run', '/run');
  const short = r.version.split('.').slice(0, 2).join('.');
  t.file('etc/os-release', `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${r.version}\nPRETTY_NAME="Alpine Linux ${r.branch === 'edge' ? 'edge' : 'v' + short}"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n`);
  t.link('usr/lib/os-release', '../../etc/os-release');
  t.file('etc/alpine-release', `${r.version}\n`);
  alpineAccounts(t);
  t.file('etc/hostname', 'localhost\n').file('etc/hosts', '127.0.0.1\tlocalhost localhost.localdomain\n::1\t\tlocalhost localhost.localdomain\n');
  t.file('etc/shells', '# valid login shells\n/bin/sh\n/bin/ash\n');
  t.file('etc/profile', 'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n\nexport PAGER=less\numask 022\n\n# use nicer PS1 for bash and busybox ash\nif [ -n "$BASH_VERSION" -o "$BB_ASH_VERSION" ]; then\n\tPS1=\'\\h:\\w\\$ \'\n# use nicer PS1 for zsh\nelif [ -n "$ZSH_VERSION" ]; then\n\tPS1=\'%m:%~%# \'\n# set up fallback default PS1\nelse\n\t: "${HOSTNAME:=$(hostname)}"\n\tPS1=\'${HOSTNAME%%.*}:$PWD\'\n\t[ "$(id -u)" -eq 0 ] && PS1="${PS1}# " || PS1="${PS1}\\$ "\nfi\n\nfor script in /etc/profile.d/*.sh ; do\n\tif [ -r "$script" ] ; then\n\t\t. "$script"\n\tfi\ndone\nunset script\n');
  const repoBase = r.branch === 'edge' ? 'edge' : `v${short}`;
  t.file('etc/apk/repositories', `https://dl-cdn.alpinelinux.org/alpine/${repoBase}/main\nhttps://dl-cdn.alpinelinux.org/alpine/${repoBase}/community\n`);
  t.file('etc/apk/world', 'alpine-baselayout\nalpine-keys\napk-tools\nbusybox\nca-certificates-bundle\nlibc-utils\n');
  t.file('etc/apk/arch', `${arch}\n`);
  t.file('etc/motd', 'Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n\nYou can setup the system with the command: setup-alpine\n\nYou may change this message by editing /etc/motd.\n\n');
  t.file('lib/apk/db/installed', apkInstalled(r, platform, []));
  t.stub('bin/busybox', 812_000);
  for (const [dir, names] of Object.entries(APPLETS)) for (const name of names) t.link(`${dir}/${name}`, '/bin/busybox');
  t.stub(`lib/ld-musl-${arch}.so.1`, 667_000);
  t.link(`lib/libc.musl-${arch}.so.1`, `ld-musl-${arch}.so.1`);
  t.stub('lib/libz.so.1.3.1', 100_000).link('lib/libz.so.1', 'libz.so.1.3.1');
  t.stub('lib/libssl.so.3', 610_000).stub('sbin/apk', 103_000).stub('lib/libapk.so.2.14.0', 190_000);
  t.stub('usr/bin/scanelf', 80_000).stub('usr/bin/ssl_client', 14_000).stub('usr/bin/getconf', 30_000).stub('usr/bin/getent', 45_000).stub('usr/bin/iconv', 30_000).stub('sbin/ldconfig', 400, 0o755);
  t.stub('etc/ssl/certs/ca-certificates.crt', 219_000, 0o644).link('etc/ssl/cert.pem', 'certs/ca-certificates.crt');
  for (const key of ['alpine-devel@lists.alpinelinux.org-4a6a0840.rsa.pub', 'alpine-devel@lists.alpinelinux.org-5261cecb.rsa.pub', 'alpine-devel@lists.alpinelinux.org-6165ee59.rsa.pub']) {
    t.stub(`usr/share/apk/keys/${key}`, 451, 0o644);
    t.link(`etc/apk/keys/${key}`, `../../../usr/share/apk/keys/${key}`);
  }
  // libcrypto is the largest file: it absorbs the difference so the layer has the real image's size.
  t.stub('lib/libcrypto.so.3', Math.max(1_000_000, r.rootfsBytes - t.declaredBytes()));
  return t;
}

/** /lib/apk/db/installed of a release's minirootfs plus `extra` packages (what `apk add` in a later layer writes). */
export function apkInstalled(r: AlpineRelease, platform: string, extra: ApkPackage[]): string {
  const arch = archNames(platform).apk;
  return [...basePackages(r), ...extra]
    .map((p) => `C:Q1${btoaLike(p.name + p.version)}=\nP:${p.name}\nV:${p.version}\nA:${arch}\nS:${Math.round(p.size * 0.45)}\nI:${p.size}\nT:${p.description}\nU:https://alpinelinux.org\nL:${p.license}\no:${p.origin ?? p.name.replace(/-data$|-binsh$/, '')}\nm:Natanael Copa <ncopa@alpinelinux.org>\nt:${epoch(r.created)}\n`)
    .join('\n') + '\n';
}

// A deterministic stand-in for apk's base64 SHA1 checksum field.
function btoaLike(text: string): string {
  let h = 2166136261;
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < 27; i++) {
    h = Math.imul(h ^ i, 16777619) >>> 0;
    out += alphabet[h % 64];
  }
  return out;
}
