// The programs each Debian package puts under /bin, /sbin, /usr/bin and /usr/sbin, as `dpkg -L` lists them
// for bookworm (amd64; paths as the package ships them, before the merged /usr): `name=size` a file of
// that many bytes, `name>target` a symbolic link. The rootfs of every Debian and Ubuntu image writes the
// files of its installed packages from here, so the shell finds exactly the programs the image has.
import type { TreeBuilder } from './files.ts';

const LISTS = `
adduser: usr/sbin/adduser=48382 usr/sbin/deluser=16727 usr/sbin/addgroup>adduser usr/sbin/delgroup>deluser
apt: usr/bin/apt=18752 usr/bin/apt-cache=88456 usr/bin/apt-cdrom=22920 usr/bin/apt-config=26944 usr/bin/apt-get=51592 usr/bin/apt-key=27972 usr/bin/apt-mark=59784
base-passwd: usr/sbin/update-passwd=39416
bash: bin/bash=1265648 usr/bin/bashbug=6865 usr/bin/clear_console=14488 bin/rbash>bash
bsdutils: usr/bin/logger=56216 usr/bin/renice=14648 usr/bin/script=71992 usr/bin/scriptlive=55608 usr/bin/scriptreplay=47416 usr/bin/wall=39224
coreutils: bin/cat=44016 bin/chgrp=68656 bin/chmod=64496 bin/chown=72752 bin/cp=151152 bin/date=121904 bin/dd=89240 bin/df=102200 bin/dir=151344 bin/echo=43856 bin/false=35664 bin/ln=72824 bin/ls=151344 bin/mkdir=97552 bin/mknod=72912 bin/mktemp=43952 bin/mv=142968 bin/pwd=43952 bin/readlink=52112 bin/rm=72752 bin/rmdir=56240 bin/sleep=43888 bin/stty=85008 bin/sync=39824 bin/touch=109616 bin/true=35664 bin/uname=43888 bin/vdir=151344 usr/bin/[=68496 usr/bin/arch=43888 usr/bin/b2sum=60400 usr/bin/base32=48016 usr/bin/base64=48016 usr/bin/basename=43856 usr/bin/basenc=56208 usr/bin/chcon=68720 usr/bin/cksum=142384 usr/bin/comm=48048 usr/bin/csplit=122032 usr/bin/cut=48112 usr/bin/dircolors=52144 usr/bin/dirname=39760 usr/bin/du=175440 usr/bin/env=48536 usr/bin/expand=43952 usr/bin/expr=117808 usr/bin/factor=85200 usr/bin/fmt=48016 usr/bin/fold=43920 usr/bin/groups=43920 usr/bin/head=48080 usr/bin/hostid=39760 usr/bin/id=48144 usr/bin/install=159544 usr/bin/join=56304 usr/bin/link=39760 usr/bin/logname=39760 usr/bin/md5sum=52176 usr/bin/mkfifo=68784 usr/bin/nice=43888 usr/bin/nl=113776 usr/bin/nohup=43920 usr/bin/nproc=43920 usr/bin/numfmt=68624 usr/bin/od=80912 usr/bin/paste=43920 usr/bin/pathchk=43888 usr/bin/pinky=48176 usr/bin/pr=81008 usr/bin/printenv=35664 usr/bin/printf=64432 usr/bin/ptx=138480 usr/bin/realpath=52144 usr/bin/runcon=43984 usr/bin/seq=60336 usr/bin/sha1sum=56272 usr/bin/sha224sum=60368 usr/bin/sha256sum=60368 usr/bin/sha384sum=64464 usr/bin/sha512sum=64464 usr/bin/shred=64656 usr/bin/shuf=60400 usr/bin/sort=118456 usr/bin/split=60984 usr/bin/stat=97488 usr/bin/stdbuf=60336 usr/bin/sum=52184 usr/bin/tac=113712 usr/bin/tail=76944 usr/bin/tee=43984 usr/bin/test=60304 usr/bin/timeout=48632 usr/bin/tr=56208 usr/bin/truncate=43920 usr/bin/tsort=56208 usr/bin/tty=35696 usr/bin/unexpand=43952 usr/bin/uniq=48080 usr/bin/unlink=39760 usr/bin/users=39824 usr/bin/wc=52280 usr/bin/who=60432 usr/bin/whoami=39792 usr/bin/yes=39760 usr/sbin/chroot=48112 usr/bin/md5sum.textutils>md5sum
dash: bin/dash=125640 bin/sh>dash
debconf: usr/bin/debconf=2859 usr/bin/debconf-apt-progress=11541 usr/bin/debconf-communicate=608 usr/bin/debconf-copydb=1719 usr/bin/debconf-escape=647 usr/bin/debconf-set-selections=2995 usr/bin/debconf-show=1827 usr/sbin/dpkg-preconfigure=3925 usr/sbin/dpkg-reconfigure=4485
debianutils: bin/run-parts=27560 bin/tempfile=14520 sbin/installkernel=2659 usr/bin/ischroot=14664 usr/bin/savelog=10487 usr/bin/which.debianutils=946 usr/sbin/add-shell=1053 usr/sbin/remove-shell=1111 usr/sbin/update-shells=3984
diffutils: usr/bin/cmp=52176 usr/bin/diff=155216 usr/bin/diff3=68752 usr/bin/sdiff=56400
dpkg: sbin/start-stop-daemon=44464 usr/bin/dpkg=318096 usr/bin/dpkg-deb=170512 usr/bin/dpkg-divert=158264 usr/bin/dpkg-maintscript-helper=21206 usr/bin/dpkg-query=162384 usr/bin/dpkg-realpath=4186 usr/bin/dpkg-split=129520 usr/bin/dpkg-statoverride=63824 usr/bin/dpkg-trigger=88560 usr/bin/update-alternatives=59712 usr/sbin/dpkg-fsys-usrunmess=17401
e2fsprogs: sbin/badblocks=35072 sbin/debugfs=239440 sbin/dumpe2fs=31040 sbin/e2fsck=356624 sbin/e2image=55760 sbin/e2scrub=7294 sbin/e2scrub_all=5394 sbin/e2undo=22840 sbin/mke2fs=141904 sbin/resize2fs=63800 sbin/tune2fs=117264 usr/bin/chattr=14584 usr/bin/lsattr=14584 usr/sbin/e2freefrag=14648 usr/sbin/e4crypt=26936 usr/sbin/e4defrag=30960 usr/sbin/filefrag=18696 usr/sbin/mklost+found=14576 sbin/e2label>tune2fs sbin/e2mmpstatus>dumpe2fs sbin/fsck.ext2>e2fsck sbin/fsck.ext3>e2fsck sbin/fsck.ext4>e2fsck sbin/mkfs.ext2>mke2fs sbin/mkfs.ext3>mke2fs sbin/mkfs.ext4>mke2fs
findutils: usr/bin/find=224848 usr/bin/xargs=72136
gpgv: usr/bin/gpgv=474112
grep: bin/egrep=41 bin/fgrep=41 bin/grep=203152 usr/bin/rgrep=30
gzip: bin/gunzip=2346 bin/gzexe=6447 bin/gzip=98136 bin/uncompress=2346 bin/zcat=1984 bin/zcmp=1678 bin/zdiff=6460 bin/zegrep=29 bin/zfgrep=29 bin/zforce=2081 bin/zgrep=8103 bin/zless=2206 bin/zmore=1842 bin/znew=4577
hostname: bin/hostname=22680 bin/dnsdomainname>hostname bin/domainname>hostname bin/nisdomainname>hostname bin/ypdomainname>hostname
init-system-helpers: usr/bin/deb-systemd-helper=24358 usr/bin/deb-systemd-invoke=6241 usr/sbin/invoke-rc.d=16517 usr/sbin/service=9099 usr/sbin/update-rc.d=17742
libc-bin: sbin/ldconfig=982880 usr/bin/getconf=27136 usr/bin/getent=36320 usr/bin/iconv=64648 usr/bin/ldd=5407 usr/bin/locale=47272 usr/bin/localedef=298912 usr/bin/pldd=23232 usr/bin/tzselect=15352 usr/bin/zdump=23064 usr/sbin/iconvconfig=31584 usr/sbin/zic=60136
libpam-modules-bin: sbin/mkhomedir_helper=22800 sbin/pam_namespace_helper=467 sbin/pwhistory_helper=18680 sbin/unix_chkpwd=39160 sbin/unix_update=39160 usr/sbin/faillock=14584 usr/sbin/pam_timestamp_check=14584
libpam-runtime: usr/sbin/pam-auth-update=21288 usr/sbin/pam_getenv=2890
login: bin/login=53024 usr/bin/faillog=23072 usr/bin/lastlog=32512 usr/bin/newgrp=48896 usr/sbin/nologin=14568 usr/bin/sg>newgrp
logsave: sbin/logsave=14424
mawk: usr/bin/mawk=158376
mount: bin/mount=59704 bin/umount=35128 sbin/losetup=117168 sbin/swapoff=22840 sbin/swapon=51512
ncurses-bin: usr/bin/clear=14584 usr/bin/infocmp=63808 usr/bin/tabs=18672 usr/bin/tic=92512 usr/bin/toe=22768 usr/bin/tput=26896 usr/bin/tset=30968 usr/bin/captoinfo>tic usr/bin/infotocap>tic usr/bin/reset>tset
passwd: sbin/shadowconfig=2273 usr/bin/chage=80376 usr/bin/chfn=62672 usr/bin/chsh=52880 usr/bin/expiry=31184 usr/bin/gpasswd=88496 usr/bin/passwd=68248 usr/sbin/chgpasswd=67880 usr/sbin/chpasswd=63856 usr/sbin/cppw=61880 usr/sbin/groupadd=101416 usr/sbin/groupdel=88936 usr/sbin/groupmems=67920 usr/sbin/groupmod=101384 usr/sbin/grpck=67888 usr/sbin/grpconv=59536 usr/sbin/grpunconv=59536 usr/sbin/newusers=105392 usr/sbin/pwck=59656 usr/sbin/pwconv=55432 usr/sbin/pwunconv=55472 usr/sbin/useradd=159536 usr/sbin/userdel=113608 usr/sbin/usermod=147056 usr/sbin/vipw=74384 usr/sbin/cpgr>cppw usr/sbin/vigr>vipw
perl-base: usr/bin/perl=3804432 usr/bin/perl5.36.0=3804432
procps: bin/kill=22840 bin/ps=146360 sbin/sysctl=31040 usr/bin/free=26936 usr/bin/pgrep=35248 usr/bin/pidwait=35248 usr/bin/pmap=35160 usr/bin/pwdx=14648 usr/bin/skill=31056 usr/bin/slabtop=22904 usr/bin/tload=18760 usr/bin/top=134736 usr/bin/uptime=14648 usr/bin/vmstat=35552 usr/bin/w=22840 usr/bin/watch=27352 usr/bin/pkill>pgrep usr/bin/snice>skill
sed: bin/sed=126424
sysvinit-utils: sbin/fstab-decode=14576 sbin/killall5=26944 bin/pidof>/sbin/killall5
tar: bin/tar=531984 usr/sbin/rmt-tar=60432 usr/sbin/tarcat=936
util-linux: bin/dmesg=88656 bin/findmnt=85600 bin/lsblk=207168 bin/more=59712 bin/mountpoint=18744 bin/su=72000 bin/wdctl=72024 sbin/agetty=69112 sbin/blkdiscard=35136 sbin/blkid=125280 sbin/blkzone=80192 sbin/blockdev=80192 sbin/chcpu=47416 sbin/ctrlaltdel=39224 sbin/findfs=14648 sbin/fsck=55664 sbin/fsck.cramfs=43384 sbin/fsck.minix=125272 sbin/fsfreeze=14648 sbin/fstrim=76096 sbin/isosize=31040 sbin/mkfs=14648 sbin/mkfs.bfs=35136 sbin/mkfs.cramfs=43256 sbin/mkfs.minix=112968 sbin/mkswap=117056 sbin/pivot_root=14648 sbin/runuser=72000 sbin/sulogin=55616 sbin/swaplabel=18744 sbin/switch_root=18744 sbin/wipefs=47424 sbin/zramctl=117168 usr/bin/addpart=31040 usr/bin/choom=55616 usr/bin/chrt=67904 usr/bin/delpart=31040 usr/bin/fallocate=35136 usr/bin/flock=35216 usr/bin/getopt=35136 usr/bin/hardlink=51600 usr/bin/ionice=35136 usr/bin/ipcmk=35200 usr/bin/ipcrm=35136 usr/bin/ipcs=76096 usr/bin/last=51520 usr/bin/lscpu=129344 usr/bin/lsipc=100672 usr/bin/lslocks=72400 usr/bin/lslogins=96576 usr/bin/lsmem=67904 usr/bin/lsns=84288 usr/bin/mcookie=35200 usr/bin/mesg=18744 usr/bin/namei=35136 usr/bin/nsenter=35368 usr/bin/partx=121152 usr/bin/prlimit=39760 usr/bin/rename.ul=22840 usr/bin/resizepart=72000 usr/bin/rev=14648 usr/bin/setarch=27216 usr/bin/setpriv=80192 usr/bin/setsid=14648 usr/bin/setterm=47424 usr/bin/taskset=63808 usr/bin/uclampset=63808 usr/bin/unshare=84520 usr/bin/utmpdump=31032 usr/bin/whereis=31504 usr/sbin/chmem=67904 usr/sbin/ldattach=35136 usr/sbin/readprofile=35168 usr/sbin/rtcwake=47424 sbin/getty>agetty usr/bin/i386>setarch usr/bin/lastb>last usr/bin/linux32>setarch usr/bin/linux64>setarch usr/bin/x86_64>setarch
util-linux-extra: sbin/hwclock=88512 usr/bin/fincore=35184 usr/bin/lsfd=123192 usr/bin/lsirq=35312
`;

/** Each package's program files: path (unmerged) → size in bytes, or the target of a link. */
export const DEB_PROGRAMS: ReadonlyMap<string, { path: string; size?: number; target?: string }[]> = new Map(
  LISTS.trim().split('\n').map((line) => {
    const [name, rest] = line.split(': ');
    return [name, rest.split(' ').map((word) => {
      const link = word.indexOf('>');
      if (link > 0) return { path: word.slice(0, link), target: word.slice(link + 1) };
      const eq = word.lastIndexOf('=');
      return { path: word.slice(0, eq), size: Number(word.slice(eq + 1)) };
    })];
  }),
);

/** Links update-alternatives makes when these packages are installed: [link, alternative's name, target, package]. */
const ALTERNATIVES: [string, string, string, string][] = [
  ['usr/bin/awk', 'awk', '/usr/bin/mawk', 'mawk'],
  ['usr/bin/nawk', 'nawk', '/usr/bin/mawk', 'mawk'],
  ['usr/bin/which', 'which', '/usr/bin/which.debianutils', 'debianutils'],
  ['usr/bin/pager', 'pager', '/bin/more', 'util-linux'],
  ['usr/sbin/rmt', 'rmt', '/usr/sbin/rmt-tar', 'tar'],
];

/**
 * Writes the program files of `packages` into `t`: under /usr when the image has merged /usr (its /bin,
 * /sbin are links there), with the /etc/alternatives links of awk, which, pager and rmt.
 */
export function debianProgramFiles(t: TreeBuilder, packages: readonly string[], mergedUsr: boolean): TreeBuilder {
  const placed = (path: string) => (mergedUsr && /^s?bin\//.test(path) ? `usr/${path}` : path);
  const installed = new Set(packages);
  for (const name of packages) {
    for (const f of DEB_PROGRAMS.get(name) ?? []) {
      if (f.target !== undefined) t.link(placed(f.path), f.target);
      else t.stub(placed(f.path), f.size ?? 0);
    }
  }
  for (const [link, alternative, target, from] of ALTERNATIVES) {
    if (!installed.has(from)) continue;
    t.link(link, `/etc/alternatives/${alternative}`).link(`etc/alternatives/${alternative}`, target);
  }
  return t;
}
