// The debuerreotype rootfs of the official debian images (and their -slim variants) as one layer per
// platform. Every image `FROM debian:<suite>` starts with exactly this layer: the builder is memoised,
// so nginx, python, node … carry the same bytes and so the same diffID as debian itself.
import type { LayerRecipe } from './types.ts';
import { TreeBuilder, archNames, epoch, fillTo, scaledSize } from './files.ts';
import { debianGroup, debianPasswd, dpkgStatus, packageTable, shadowFor, type DebPackage } from './dpkg.ts';
import { debianProgramFiles } from './deb-programs.ts';

/** A Debian suite as the Hub images had it in late February 2025. */
export interface DebianSuite {
  codename: string; // bookworm
  debianVersion: string; // /etc/debian_version: 12.9 or trixie/sid
  versionId?: string; // 12; absent for testing
  created: string; // the snapshot time debuerreotype used
  mergedUsr: boolean;
  packages: DebPackage[];
  /** amd64 layer sizes as `docker images` shows them. */
  bytes: number;
  slimBytes: number;
}

const BOOKWORM_PACKAGES = packageTable(`
adduser 3.134 849
apt 2.6.1 4220
base-files 12.4+deb12u9 341
base-passwd 3.6.1 243
bash 5.2.15-2+b7 7164
bsdutils 1:2.38.1-5+deb12u3 358
coreutils 9.1-1 18062
dash 0.5.12-2 222
debconf 1.5.82 521
debian-archive-keyring 2023.3+deb12u1 239
debianutils 5.7-0.5~deb12u1 225
diffutils 1:3.8-4 1597
dpkg 1.21.22 6405
e2fsprogs 1.47.0-2 1465
findutils 4.9.0-4 1695
gcc-12-base 12.2.0-14 266
gpgv 2.2.40-1.1 903
grep 3.8-5 1227
gzip 1.12-1 252
hostname 3.23+nmu1 57
init-system-helpers 1.65.2 155
libacl1 2.3.1-3 62
libapt-pkg6.0 2.6.1 3371
libattr1 1:2.5.1-4 60
libaudit-common 1:3.0.9-1 19
libaudit1 1:3.0.9-1 160
libblkid1 2.38.1-5+deb12u3 409
libbz2-1.0 1.0.8-5+b1 105
libc-bin 2.36-9+deb12u9 2305
libc6 2.36-9+deb12u9 12986
libcap-ng0 0.8.3-1+b3 54
libcap2 1:2.66-4 93
libcom-err2 1.47.0-2 53
libcrypt1 1:4.4.33-2 233
libdb5.3 5.3.28+dfsg2-1 1767
libdebconfclient0 0.270 35
libext2fs2 1.47.0-2 574
libffi8 3.4.4-1 60
libgcc-s1 12.2.0-14 140
libgcrypt20 1.10.1-3 1581
libgmp10 2:6.2.1+dfsg1-1.1 863
libgnutls30 3.7.9-2+deb12u3 3513
libgpg-error0 1.46-1 961
libhogweed6 3.8.1-2 459
libidn2-0 2.3.3-1+b1 415
liblz4-1 1.9.4-1 166
liblzma5 5.4.1-0.2 306
libmd0 1.0.4-2 79
libmount1 2.38.1-5+deb12u3 469
libnettle8 3.8.1-2 475
libp11-kit0 0.24.1-2 1532
libpam-modules 1.5.2-6+deb12u1 1031
libpam-modules-bin 1.5.2-6+deb12u1 231
libpam-runtime 1.5.2-6+deb12u1 832
libpam0g 1.5.2-6+deb12u1 241
libpcre2-8-0 10.42-1 686
libseccomp2 2.5.4-1+deb12u1 142
libselinux1 3.4-1+b6 203
libsemanage-common 3.4-1 34
libsemanage2 3.4-1+b5 304
libsepol2 3.4-2.1 743
libsmartcols1 2.38.1-5+deb12u3 336
libss2 1.47.0-2 73
libstdc++6 12.2.0-14 2650
libsystemd0 252.33-1~deb12u1 959
libtasn1-6 4.19.0-2+deb12u1 210
libtinfo6 6.4-4 551
libudev1 252.33-1~deb12u1 320
libunistring2 1.0-2 1697
libuuid1 2.38.1-5+deb12u3 71
libxxhash0 0.8.1-1 130
libzstd1 1.5.4+dfsg2-5 867
login 1:4.13+dfsg1-1+b1 2611
logsave 1.47.0-2 58
mawk 1.3.4.20200120-3.1 263
mount 2.38.1-5+deb12u3 425
ncurses-base 6.4-4 386
ncurses-bin 6.4-4 665
passwd 1:4.13+dfsg1-1+b1 2842
perl-base 5.36.0-7+deb12u1 7628
sed 4.9-1 1001
sysvinit-utils 3.06-4 92
tar 1.34+dfsg-1.2+deb12u1 3166
tzdata 2024b-0+deb12u1 2825
usr-is-merged 37~deb12u1 20
util-linux 2.38.1-5+deb12u3 4069
util-linux-extra 2.38.1-5+deb12u3 522
zlib1g 1:1.2.13.dfsg-1 168`);

const BULLSEYE_PACKAGES = packageTable(`
adduser 3.118+deb11u1 849
apt 2.2.4 4337
base-files 11.1+deb11u11 340
base-passwd 3.5.52 228
bash 5.1-2+deb11u1 6469
bsdutils 1:2.36.1-8+deb11u2 393
coreutils 8.32-4+b1 17478
dash 0.5.11+git20200708+dd9ef66-5 212
debconf 1.5.77 519
debian-archive-keyring 2021.1.1+deb11u1 186
debianutils 4.11.2 231
diffutils 1:3.7-5 1552
dpkg 1.20.13 6568
e2fsprogs 1.46.2-2+deb11u1 1491
findutils 4.8.0-1 1620
gcc-10-base 10.2.1-6 256
gpgv 2.2.27-2+deb11u2 857
grep 3.6-1+deb11u1 1099
gzip 1.10-4+deb11u1 248
hostname 3.23 53
init-system-helpers 1.60 132
libapt-pkg6.0 2.2.4 3240
libc-bin 2.31-13+deb11u11 3148
libc6 2.31-13+deb11u11 12837
libgcc-s1 10.2.1-6 114
libgcrypt20 1.8.7-6 1391
libgnutls30 3.7.1-5+deb11u6 2936
liblzma5 5.2.5-2.1~deb11u1 283
libpam-modules 1.4.0-9+deb11u1 1005
libpam-runtime 1.4.0-9+deb11u1 1030
libpam0g 1.4.0-9+deb11u1 236
libpcre2-8-0 10.36-2+deb11u1 615
libselinux1 3.1-3 200
libstdc++6 10.2.1-6 2365
libsystemd0 247.3-7+deb11u6 908
libtinfo6 6.2+20201114-2+deb11u2 520
libudev1 247.3-7+deb11u6 295
libzstd1 1.4.8+dfsg-2.1 822
login 1:4.8.1-1 2694
mawk 1.3.4.20200120-2 244
mount 2.36.1-8+deb11u2 472
ncurses-base 6.2+20201114-2+deb11u2 384
ncurses-bin 6.2+20201114-2+deb11u2 628
passwd 1:4.8.1-1 2663
perl-base 5.32.1-4+deb11u4 7577
sed 4.7-1 883
sysvinit-utils 2.96-7+deb11u1 110
tar 1.34+dfsg-1+deb11u1 3143
tzdata 2024a-0+deb11u1 3293
util-linux 2.36.1-8+deb11u2 4576
zlib1g 1:1.2.11.dfsg-2+deb11u2 166`);

const TRIXIE_PACKAGES = packageTable(`
apt 2.9.30 4391
base-files 13.6 354
base-passwd 3.6.6 259
bash 5.2.37-1 7283
bsdutils 1:2.40.4-3 329
coreutils 9.5-1+b1 19056
dash 0.5.12-12 224
debconf 1.5.89 544
debian-archive-keyring 2023.4 269
debianutils 5.21 218
diffutils 1:3.10-2 1580
dpkg 1.22.15 6602
findutils 4.10.0-3 1862
gcc-14-base 14.2.0-16 280
gpgv 2.2.46-1+b1 869
grep 3.11-4 1228
gzip 1.13-1 266
hostname 3.25 55
init-system-helpers 1.68 145
libapt-pkg7.0 2.9.30 3434
libc-bin 2.41-4 2482
libc6 2.41-4 13151
libgcc-s1 14.2.0-16 145
libgcrypt20 1.11.0-7 1775
liblzma5 5.6.4-1 361
libpam-modules 1.7.0-2 1182
libpam-runtime 1.7.0-2 1057
libpam0g 1.7.0-2 239
libpcre2-8-0 10.45-1 695
libselinux1 3.8-1 215
libstdc++6 14.2.0-16 2815
libsystemd0 257.3-1 1045
libtinfo6 6.5+20250125-2 564
libudev1 257.3-1 328
libzstd1 1.5.6+dfsg-2 880
login 1:4.16.0-2+really2.40.4-3 1078
mawk 1.3.4.20250131-1 274
mount 2.40.4-3 421
ncurses-base 6.5+20250125-2 382
ncurses-bin 6.5+20250125-2 660
passwd 1:4.17.2-5 3015
perl-base 5.40.1-2 8004
sed 4.9-2 1002
sqv 1.2.1-5 2140
sysvinit-utils 3.14-1 88
tar 1.35+dfsg-3.1 3238
tzdata 2025a-2 3104
util-linux 2.40.4-3 4116
zlib1g 1:1.3.dfsg+really1.3.1-1+b1 168`);

/** The suites on the Hub, by codename. */
export const DEBIAN_SUITES: Record<string, DebianSuite> = {
  bookworm: { codename: 'bookworm', debianVersion: '12.9', versionId: '12', created: '2025-02-24T00:00:00Z', mergedUsr: true, packages: BOOKWORM_PACKAGES, bytes: 116_500_000, slimBytes: 74_800_000 },
  bullseye: { codename: 'bullseye', debianVersion: '11.11', versionId: '11', created: '2025-02-24T00:00:00Z', mergedUsr: false, packages: BULLSEYE_PACKAGES, bytes: 124_000_000, slimBytes: 80_700_000 },
  trixie: { codename: 'trixie', debianVersion: 'trixie/sid', created: '2025-02-24T00:00:00Z', mergedUsr: true, packages: TRIXIE_PACKAGES, bytes: 120_300_000, slimBytes: 78_600_000 },
};

/** The platforms the debian images are published for. */
export function debianPlatforms(codename: string): string[] {
  const all = ['linux/amd64', 'linux/arm/v5', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/mips64le', 'linux/ppc64le', 'linux/s390x'];
  return codename === 'trixie' ? [...all.filter((p) => p !== 'linux/mips64le'), 'linux/riscv64'] : all;
}

/** `# debian.sh --arch 'amd64' out/ 'bookworm' '@1740355200'`: the history line debuerreotype writes. */
export function debianCreatedBy(suite: DebianSuite, platform: string): string {
  return `# debian.sh --arch '${archNames(platform).deb}' out/ '${suite.codename}' '@${epoch(suite.created)}'`;
}

const cache = new Map<string, LayerRecipe>();

/** The base layer of `debian:<codename>` (or `-slim`) for one platform; the same object on every call. */
export function debianBaseLayer(codename: string, slim: boolean, platform: string): LayerRecipe {
  const key = `${codename} ${slim} ${platform}`;
  let step = cache.get(key);
  if (!step) {
    const suite = DEBIAN_SUITES[codename];
    step = { files: debianRootfs(suite, slim, platform).entries, compressRatio: slim ? 0.38 : 0.41, createdBy: debianCreatedBy(suite, platform), comment: 'debuerreotype 0.15', created: suite.created };
    cache.set(key, step);
  }
  return step;
}

const LIBS = ['libc.so.6', 'libm.so.6', 'libresolv.so.2', 'libselinux.so.1', 'libpcre2-8.so.0', 'libacl.so.1', 'libattr.so.1', 'libtinfo.so.6', 'libz.so.1', 'liblzma.so.5', 'libzstd.so.1', 'libbz2.so.1.0', 'libgcrypt.so.20', 'libgnutls.so.30', 'libstdc++.so.6', 'libgcc_s.so.1', 'libsystemd.so.0', 'libudev.so.1', 'libapt-pkg.so.6.0', 'libpam.so.0'];

/** The debian (or debian-slim) rootfs for one platform: real /etc text and dpkg status, stand-ins for the rest. */
export function debianRootfs(suite: DebianSuite, slim: boolean, platform: string): TreeBuilder {
  const { deb, triplet } = archNames(platform);
  const t = new TreeBuilder(epoch(suite.created));
  const usr = (p: string) => (suite.mergedUsr ? `usr/${p}` : p);
  for (const d of ['boot', 'dev', 'etc', 'home', 'media', 'mnt', 'opt', 'proc', 'run', 'srv', 'sys', 'usr/bin', 'usr/sbin', 'usr/games', 'usr/include', 'usr/local/bin', 'usr/local/etc', 'usr/local/games', 'usr/local/include', 'usr/local/lib', 'usr/local/sbin', 'usr/local/share', 'usr/local/src', 'usr/src', `usr/lib/${triplet}`, 'var/backups', 'var/cache/apt/archives/partial', 'var/lib/apt/lists/partial', 'var/lib/dpkg/info', 'var/lib/misc', 'var/local', 'var/log/apt', 'var/mail', 'var/opt', 'var/spool', 'etc/apt/apt.conf.d', 'etc/apt/sources.list.d', 'etc/apt/trusted.gpg.d', 'etc/dpkg/dpkg.cfg.d', 'etc/skel', 'etc/profile.d', 'etc/security', 'etc/pam.d', 'etc/default', 'etc/cron.daily', 'etc/update-motd.d']) t.dir(d);
  t.dir('root', 0o700).dir('tmp', 0o1777).dir('var/tmp', 0o1777);
  // base-files: /var/run and /var/lock lead into /run, which holds the sticky lock directory.
  t.dir('run/lock', 0o1777).link('var/run', '/run').link('var/lock', '/run/lock');
  if (suite.mergedUsr) t.link('bin', 'usr/bin').link('sbin', 'usr/sbin').link('lib', 'usr/lib');
  else t.dir('bin').dir('sbin').dir(`lib/${triplet}`);
  if (deb === 'amd64') {
    if (suite.mergedUsr) t.link('lib64', 'usr/lib64');
    t.dir(suite.mergedUsr ? 'usr/lib64' : 'lib64');
  }
  const name = 'Debian GNU/Linux';
  const release = suite.versionId ? `${name} ${suite.versionId} (${suite.codename})` : `${name} ${suite.codename}/sid`;
  const osRelease = [`PRETTY_NAME="${release}"`, `NAME="${name}"`, ...(suite.versionId ? [`VERSION_ID="${suite.versionId}"`, `VERSION="${suite.versionId} (${suite.codename})"`] : []), `VERSION_CODENAME=${suite.codename}`, 'ID=debian', 'HOME_URL="https://www.debian.org/"', 'SUPPORT_URL="https://www.debian.org/support"', 'BUG_REPORT_URL="https://bugs.debian.org/"', ''].join('\n');
  t.file('usr/lib/os-release', osRelease).link('etc/os-release', '../usr/lib/os-release');
  t.file('etc/debian_version', `${suite.debianVersion}\n`);
  t.file('etc/issue', `${release.replace(/ \(.*\)$/, '')} \\n \\l\n\n`).file('etc/issue.net', `${release.replace(/ \(.*\)$/, '')}\n`);
  const passwd = debianPasswd(['_apt:x:42:65534::/nonexistent:/usr/sbin/nologin']);
  t.file('etc/passwd', passwd).file('etc/group', debianGroup()).file('etc/shadow', shadowFor(passwd, Math.floor(epoch(suite.created) / 86400)), 0o640);
  // login.defs, trimmed to its settings: su takes PATH from ENV_SUPATH / ENV_PATH (as /etc/profile does).
  t.file('etc/login.defs', '#\n# /etc/login.defs - Configuration control definitions for the login package.\n#\nMAIL_DIR        /var/mail\nFAILLOG_ENAB\t\tyes\nLOG_UNKFAIL_ENAB\tno\nLOG_OK_LOGINS\t\tno\nSYSLOG_SU_ENAB\t\tyes\nSYSLOG_SG_ENAB\t\tyes\nFTMP_FILE\t/var/log/btmp\nSU_NAME\t\tsu\nHUSHLOGIN_FILE\t.hushlogin\nENV_SUPATH\tPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nENV_PATH\tPATH=/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games\nTTYGROUP\ttty\nTTYPERM\t\t0600\nERASECHAR\t0177\nKILLCHAR\t025\nUMASK\t\t022\nPASS_MAX_DAYS\t99999\nPASS_MIN_DAYS\t0\nPASS_WARN_AGE\t7\nUID_MIN\t\t\t 1000\nUID_MAX\t\t\t60000\nGID_MIN\t\t\t 1000\nGID_MAX\t\t\t60000\nLOGIN_RETRIES\t\t5\nLOGIN_TIMEOUT\t\t60\nCHFN_RESTRICT\t\trwh\nDEFAULT_HOME\tyes\nUSERGROUPS_ENAB yes\n');
  t.file('etc/hostname', 'localhost\n').file('etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/usr/bin/dash\n');
  t.file('etc/host.conf', 'multi on\n').file('etc/nsswitch.conf', 'passwd:         files\ngroup:          files\nshadow:         files\ngshadow:        files\n\nhosts:          files dns\nnetworks:       files\n\nprotocols:      db files\nservices:       db files\nethers:         db files\nrpc:            db files\n\nnetgroup:       nis\n');
  t.file('etc/profile', 'if [ "$(id -u)" -eq 0 ]; then\n  PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nelse\n  PATH="/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"\nfi\nexport PATH\n\nif [ "${PS1-}" ]; then\n  if [ "${BASH-}" ] && [ "$BASH" != "/bin/sh" ]; then\n    if [ -f /etc/bash.bashrc ]; then\n      . /etc/bash.bashrc\n    fi\n  else\n    if [ "$(id -u)" -eq 0 ]; then\n      PS1=\'# \'\n    else\n      PS1=\'$ \'\n    fi\n  fi\nfi\n\nif [ -d /etc/profile.d ]; then\n  for i in /etc/profile.d/*.sh; do\n    if [ -r $i ]; then\n      . $i\n    fi\n  done\n  unset i\nfi\n');
  t.file('etc/bash.bashrc', "# System-wide .bashrc file for interactive bash(1) shells.\n\n# If not running interactively, don't do anything\n[ -z \"${PS1-}\" ] && return\n\n# check the window size after each command\nshopt -s checkwinsize\n\n# set a fancy prompt\nPS1='${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ '\n");
  t.file('etc/skel/.bashrc', "# ~/.bashrc: executed by bash(1) for non-login shells.\n\n# If not running interactively, don't do anything\ncase $- in\n    *i*) ;;\n      *) return;;\nesac\n\nHISTCONTROL=ignoreboth\nshopt -s histappend\nHISTSIZE=1000\nHISTFILESIZE=2000\n").file('etc/skel/.profile', '# ~/.profile: executed by the command interpreter for login shells.\nif [ -n "$BASH_VERSION" ]; then\n    if [ -f "$HOME/.bashrc" ]; then\n\t. "$HOME/.bashrc"\n    fi\nfi\n');
  t.file('root/.bashrc', "# ~/.bashrc: executed by bash(1) for non-login shells.\n\n# Note: PS1 and umask are already set in /etc/profile. You should not\n# need this unless you want different defaults for root.\n# PS1='${debian_chroot:+($debian_chroot)}\\h:\\w\\$ '\n# umask 022\n").file('root/.profile', '# ~/.profile: executed by Bourne-compatible login shells.\n\nif [ "$BASH" ]; then\n  if [ -f ~/.bashrc ]; then\n    . ~/.bashrc\n  fi\nfi\n\nmesg n 2> /dev/null || true\n');
  const sources = suite.mergedUsr
    ? ['etc/apt/sources.list.d/debian.sources', `Types: deb\n# http://snapshot.debian.org/archive/debian/${suite.created.slice(0, 10).replace(/-/g, '')}T000000Z\nURIs: http://deb.debian.org/debian\nSuites: ${suite.codename} ${suite.codename}-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\nTypes: deb\n# http://snapshot.debian.org/archive/debian-security/${suite.created.slice(0, 10).replace(/-/g, '')}T000000Z\nURIs: http://deb.debian.org/debian-security\nSuites: ${suite.codename}-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`]
    : ['etc/apt/sources.list', `# deb http://snapshot.debian.org/archive/debian/${suite.created.slice(0, 10).replace(/-/g, '')}T000000Z ${suite.codename} main\ndeb http://deb.debian.org/debian ${suite.codename} main\n# deb http://snapshot.debian.org/archive/debian-security/${suite.created.slice(0, 10).replace(/-/g, '')}T000000Z ${suite.codename}-security main\ndeb http://deb.debian.org/debian-security ${suite.codename}-security main\n# deb http://snapshot.debian.org/archive/debian/${suite.created.slice(0, 10).replace(/-/g, '')}T000000Z ${suite.codename}-updates main\ndeb http://deb.debian.org/debian ${suite.codename}-updates main\n`];
  t.file(sources[0], sources[1]);
  t.file('etc/apt/apt.conf.d/docker-clean', 'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\nAPT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\nDir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n');
  t.file('etc/apt/apt.conf.d/docker-no-languages', 'Acquire::Languages "none";\n').file('etc/apt/apt.conf.d/docker-gzip-indexes', 'Acquire::GzipIndexes "true";\n').file('etc/apt/apt.conf.d/docker-autoremove-suggests', 'Apt::AutoRemove::SuggestsImportant "false";\n');
  t.file('etc/dpkg/dpkg.cfg.d/docker-apt-speedup', '# For most Docker users, package installs happen during "docker build", which\n# doesn\'t survive power loss and gets restarted clean afterwards anyhow, so\n# this minor tweak gives us a nice speedup (much less disk IO).\nforce-unsafe-io\n');
  if (slim) t.file('etc/dpkg/dpkg.cfg.d/docker', '# This is the "slim" variant of the Debian base image.\n# Many files which are normally unnecessary in containers are excluded,\n# and this configuration file keeps them that way.\npath-exclude /usr/share/doc/*\npath-include /usr/share/doc/*/copyright\npath-exclude /usr/share/groff/*\npath-exclude /usr/share/info/*\npath-exclude /usr/share/linda/*\npath-exclude /usr/share/lintian/overrides/*\npath-exclude /usr/share/locale/*\npath-exclude /usr/share/man/*\n');
  t.file('var/lib/dpkg/status', dpkgStatus(suite.packages, deb, 'Debian Maintainers'));
  for (const p of suite.packages) t.stub(`usr/share/doc/${p.name}/copyright`, 900 + (p.sizeKiB % 7000), 0o644);
  debianProgramFiles(t, suite.packages.map((p) => p.name), suite.mergedUsr);
  for (const l of LIBS) t.stub(`${usr('lib')}/${triplet}/${l}`, l === 'libc.so.6' ? 1_922_136 : 60_000 + l.length * 19_000);
  t.stub(`${usr('lib')}/${triplet}/ld-linux${deb === 'amd64' ? '-x86-64.so.2' : '.so.1'}`, 210_968);
  for (const z of ['Etc/UTC', 'Europe/London', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney']) t.stub(`usr/share/zoneinfo/${z}`, z === 'Etc/UTC' ? 111 : 2_800, 0o644);
  t.link('etc/localtime', '/usr/share/zoneinfo/Etc/UTC').file('etc/timezone', 'Etc/UTC\n');
  t.stub('usr/share/keyrings/debian-archive-keyring.gpg', 8_700, 0o644);
  for (const term of ['l/linux', 'v/vt100', 'x/xterm', 'x/xterm-256color', 'd/dumb', 's/screen']) t.stub(`usr/share/terminfo/${term}`, 1_800, 0o644);
  const bulk: [string, number][] = [
    [`${usr('lib')}/${triplet}/gconv/gconv-modules.cache`, 3],
    [`${usr('lib')}/${triplet}/perl-base/unicore/Name.pl`, 6],
    [`${usr('lib')}/${triplet}/libdb-5.3.so`, 5],
    [`${usr('lib')}/${triplet}/libp11-kit.so.0.3.0`, 4],
    ['usr/share/zoneinfo/zone1970.tab', 2],
    ['var/cache/debconf/templates.dat', 4],
    ['var/lib/dpkg/available', 2],
  ];
  if (!slim) {
    for (const m of ['bash.1.gz', 'ls.1.gz', 'dpkg.1.gz', 'apt-get.8.gz', 'tar.1.gz']) t.stub(`usr/share/man/man${m.includes('.8') ? 8 : 1}/${m}`, 12_000, 0o644);
    for (const lang of ['de', 'es', 'fr', 'ja', 'pt_BR', 'ru', 'zh_CN']) t.stub(`usr/share/locale/${lang}/LC_MESSAGES/coreutils.mo`, 330_000, 0o644);
    bulk.push(['usr/share/doc/perl-base/Changes.gz', 3], ['usr/share/man/man3/perl-base.3pm.gz', 6], ['usr/share/info/coreutils.info.gz', 2], ['usr/share/locale/locale.alias', 1], ['usr/share/i18n/charmaps/UTF-8.gz', 1]);
  }
  return fillTo(t, scaledSize(slim ? suite.slimBytes : suite.bytes, platform), bulk);
}
