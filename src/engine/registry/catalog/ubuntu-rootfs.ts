// The Ubuntu cloud-image rootfs the official ubuntu images ADD, one layer per release and platform,
// memoised so images built FROM ubuntu share the very same layer.
import type { LayerRecipe } from './types.ts';
import { TreeBuilder, archNames, epoch, fillTo, hexFrom, scaledSize } from './files.ts';
import { debianGroup, debianPasswd, dpkgStatus, packageTable, shadowFor, type DebPackage } from './dpkg.ts';
import { debianProgramFiles } from './deb-programs.ts';

/** An Ubuntu release as its Hub image was in early 2025. */
export interface UbuntuRelease {
  version: string; // 24.04
  point: string; // 24.04.1
  codename: string; // noble
  name: string; // Noble Numbat
  serial: string; // the image's build serial, noble-20250127
  created: string;
  debianVersion: string;
  packages: DebPackage[];
  bytes: number; // amd64, as docker images shows
  /** Long-term support: `24.04.1 LTS` in os-release; interim releases say just `24.10`. */
  lts: boolean;
}

const NOBLE = packageTable(`
apt 2.7.14build2 4412
base-files 13ubuntu10.1 375
base-passwd 3.6.3build1 246
bash 5.2.21-2ubuntu4 7318
bsdutils 1:2.39.3-9ubuntu6.1 346
coreutils 9.4-3ubuntu6 19556
dash 0.5.12-6ubuntu5 227
debconf 1.5.86ubuntu1 528
debianutils 5.17build1 225
diffutils 1:3.10-1build1 1612
dpkg 1.22.6ubuntu6.1 6364
findutils 4.9.0-5build1 1772
gcc-14-base 14.2.0-4ubuntu2~24.04 265
gpgv 2.4.4-2ubuntu17 472
grep 3.11-4build1 1213
gzip 1.12-1ubuntu3 251
hostname 3.23+nmu2ubuntu2 50
init-system-helpers 1.66ubuntu1 169
libapt-pkg6.0t64 2.7.14build2 3436
libc-bin 2.39-0ubuntu8.3 2645
libc6 2.39-0ubuntu8.3 12877
libgcc-s1 14.2.0-4ubuntu2~24.04 141
libgcrypt20 1.10.3-2build1 1626
liblzma5 5.6.1+really5.4.5-1build0.1 319
libpam-modules 1.5.3-5ubuntu5.1 1099
libpam-runtime 1.5.3-5ubuntu5.1 803
libpam0g 1.5.3-5ubuntu5.1 248
libpcre2-8-0 10.42-4ubuntu2 663
libselinux1 3.5-2ubuntu2 213
libstdc++6 14.2.0-4ubuntu2~24.04 2795
libsystemd0 255.4-1ubuntu8.4 1017
libtinfo6 6.4+20240113-1ubuntu2 589
libudev1 255.4-1ubuntu8.4 325
libzstd1 1.5.5+dfsg2-2build1.1 896
login 1:4.13+dfsg1-4ubuntu3.2 862
mawk 1.3.4.20240123-1build1 281
mount 2.39.3-9ubuntu6.1 393
ncurses-base 6.4+20240113-1ubuntu2 385
ncurses-bin 6.4+20240113-1ubuntu2 673
passwd 1:4.13+dfsg1-4ubuntu3.2 2828
perl-base 5.38.2-3.2build2.1 7730
sed 4.9-2build1 1001
sysvinit-utils 3.08-6ubuntu3 79
tar 1.35+dfsg-3build1 3163
ubuntu-keyring 2023.11.28.1 41
util-linux 2.39.3-9ubuntu6.1 4005
zlib1g 1:1.3.dfsg-3.1ubuntu2.1 170`);

const JAMMY = packageTable(`
apt 2.4.13 4180
base-files 12ubuntu4.7 393
base-passwd 3.5.52build1 243
bash 5.1-6ubuntu1.1 1864
bsdutils 1:2.37.2-4ubuntu3.4 344
coreutils 8.32-4.1ubuntu1.2 7128
dash 0.5.11+git20210903+057cd650a4ed-3build1 221
debconf 1.5.79ubuntu1 520
debianutils 5.5-1ubuntu2 243
diffutils 1:3.8-0ubuntu2 424
dpkg 1.21.1ubuntu2.3 6733
findutils 4.8.0-1ubuntu3 1732
gcc-12-base 12.3.0-1ubuntu1~22.04 271
gpgv 2.2.27-3ubuntu2.1 324
grep 3.7-1build1 1136
gzip 1.10-4ubuntu4.1 248
hostname 3.23ubuntu2 51
libc-bin 2.35-0ubuntu3.8 2864
libc6 2.35-0ubuntu3.8 13392
libstdc++6 12.3.0-1ubuntu1~22.04 2839
libsystemd0 249.11-0ubuntu3.12 968
login 1:4.8.1-2ubuntu2.2 751
mawk 1.3.4.20200120-3 221
mount 2.37.2-4ubuntu3.4 427
ncurses-base 6.3-2ubuntu0.1 392
ncurses-bin 6.3-2ubuntu0.1 644
passwd 1:4.8.1-2ubuntu2.2 2504
perl-base 5.34.0-3ubuntu1.3 7688
sed 4.8-1ubuntu2 704
tar 1.34+dfsg-1ubuntu0.1.22.04.2 956
ubuntu-keyring 2021.03.26 44
util-linux 2.37.2-4ubuntu3.4 3386
zlib1g 1:1.2.11.dfsg-2ubuntu9.2 164`);

const FOCAL = packageTable(`
apt 2.0.10 4209
base-files 11ubuntu5.8 394
base-passwd 3.5.47 228
bash 5.0-6ubuntu1.2 1660
bsdutils 1:2.34-0.1ubuntu9.6 339
coreutils 8.30-3ubuntu2 6608
dash 0.5.10.2-6 212
debconf 1.5.73 520
debianutils 4.9.1 213
diffutils 1:3.7-3 456
dpkg 1.19.7ubuntu3.2 6736
findutils 4.7.0-1ubuntu1 1680
gcc-10-base 10.5.0-1ubuntu1~20.04 260
gpgv 2.2.19-3ubuntu2.2 316
grep 3.4-1 964
gzip 1.10-0ubuntu4.1 240
hostname 3.23 53
libc-bin 2.31-0ubuntu9.16 3040
libc6 2.31-0ubuntu9.16 12958
libstdc++6 10.5.0-1ubuntu1~20.04 2416
libsystemd0 245.4-4ubuntu3.24 858
login 1:4.8.1-1ubuntu5.20.04.5 896
mawk 1.3.4.20200120-2 224
mount 2.34-0.1ubuntu9.6 412
ncurses-base 6.2-0ubuntu2.1 392
ncurses-bin 6.2-0ubuntu2.1 652
passwd 1:4.8.1-1ubuntu5.20.04.5 2660
perl-base 5.30.0-9ubuntu0.5 7652
sed 4.7-1 840
tar 1.30+dfsg-7ubuntu0.20.04.4 912
ubuntu-keyring 2020.02.11.4 44
util-linux 2.34-0.1ubuntu9.6 3304
zlib1g 1:1.2.11.dfsg-2ubuntu1.5 164`);

/** The releases on the Hub, by version. */
export const UBUNTU_RELEASES: Record<string, UbuntuRelease> = {
  '24.04': { version: '24.04', point: '24.04.1', codename: 'noble', name: 'Noble Numbat', serial: 'noble-20250127', created: '2025-01-27T10:31:33Z', debianVersion: 'trixie/sid', packages: NOBLE, bytes: 78_100_000, lts: true },
  '24.10': { version: '24.10', point: '24.10', codename: 'oracular', name: 'Oracular Oriole', serial: 'oracular-20250225', created: '2025-02-25T08:12:40Z', debianVersion: 'trixie/sid', packages: NOBLE, bytes: 100_600_000, lts: false },
  '22.04': { version: '22.04', point: '22.04.5', codename: 'jammy', name: 'Jammy Jellyfish', serial: 'jammy-20250126', created: '2025-01-26T05:31:25Z', debianVersion: 'bookworm/sid', packages: JAMMY, bytes: 77_900_000, lts: true },
  '20.04': { version: '20.04', point: '20.04.6', codename: 'focal', name: 'Focal Fossa', serial: 'focal-20250120', created: '2025-01-20T03:48:21Z', debianVersion: 'bullseye/sid', packages: FOCAL, bytes: 72_800_000, lts: true },
};

/** The platforms an Ubuntu release is published for. */
export function ubuntuPlatforms(version: string): string[] {
  const base = ['linux/amd64', 'linux/arm/v7', 'linux/arm64/v8', 'linux/ppc64le', 'linux/s390x'];
  return version === '20.04' ? base : [...base, 'linux/riscv64'];
}

/** The classic-builder ADD line Ubuntu's history shows: `/bin/sh -c #(nop) ADD file:<hash> in / `. */
export function ubuntuAddLine(r: UbuntuRelease, platform: string): string {
  return `/bin/sh -c #(nop) ADD file:${hexFrom(`${r.serial} ${platform}`)} in / `;
}

const cache = new Map<string, LayerRecipe>();

/** The rootfs layer of `ubuntu:<version>` for one platform; the same object on every call. */
export function ubuntuBaseLayer(version: string, platform: string): LayerRecipe {
  const key = `${version} ${platform}`;
  let step = cache.get(key);
  if (!step) {
    const r = UBUNTU_RELEASES[version];
    step = { files: ubuntuRootfs(r, platform).entries, compressRatio: 0.38, createdBy: ubuntuAddLine(r, platform), created: r.created };
    cache.set(key, step);
  }
  return step;
}

/** The Ubuntu rootfs for one platform. */
export function ubuntuRootfs(r: UbuntuRelease, platform: string): TreeBuilder {
  const { deb, triplet } = archNames(platform);
  const t = new TreeBuilder(epoch(r.created));
  for (const d of ['boot', 'dev', 'etc', 'home', 'media', 'mnt', 'opt', 'proc', 'run', 'srv', 'sys', 'usr/bin', 'usr/sbin', 'usr/games', 'usr/include', 'usr/local/bin', 'usr/local/lib', 'usr/local/sbin', 'usr/local/share', 'usr/src', `usr/lib/${triplet}`, 'var/backups', 'var/cache/apt', 'var/lib/apt/lists', 'var/lib/dpkg/info', 'var/log', 'var/mail', 'var/opt', 'var/spool', 'etc/apt/apt.conf.d', 'etc/apt/sources.list.d', 'etc/dpkg/dpkg.cfg.d', 'etc/skel', 'etc/profile.d', 'etc/pam.d', 'etc/default']) t.dir(d);
  t.dir('root', 0o700).dir('tmp', 0o1777).dir('var/tmp', 0o1777);
  // base-files: /var/run and /var/lock lead into /run, which holds the sticky lock directory.
  t.dir('run/lock', 0o1777).link('var/run', '/run').link('var/lock', '/run/lock');
  t.link('bin', 'usr/bin').link('sbin', 'usr/sbin').link('lib', 'usr/lib');
  if (deb === 'amd64') t.link('lib64', 'usr/lib64').dir('usr/lib64');
  const point = r.lts ? `${r.point} LTS` : r.point;
  const pretty = `Ubuntu ${point}`;
  t.file('usr/lib/os-release', `PRETTY_NAME="${pretty}"\nNAME="Ubuntu"\nVERSION_ID="${r.version}"\nVERSION="${point} (${r.name})"\nVERSION_CODENAME=${r.codename}\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=${r.codename}\nLOGO=ubuntu-logo\n`);
  t.link('etc/os-release', '../usr/lib/os-release');
  t.file('etc/lsb-release', `DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=${r.version}\nDISTRIB_CODENAME=${r.codename}\nDISTRIB_DESCRIPTION="${pretty}"\n`);
  t.file('etc/debian_version', `${r.debianVersion}\n`).file('etc/issue', `${pretty} \\n \\l\n\n`).file('etc/issue.net', `${pretty}\n`);
  // From 23.04 on, the image ships a default `ubuntu` user (UID 1000) and deb822 apt sources.
  const modern = Number(r.version) >= 23.04;
  const users = ['_apt:x:42:65534::/nonexistent:/usr/sbin/nologin'];
  if (modern) users.push('ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash');
  const passwd = debianPasswd(users);
  t.file('etc/passwd', passwd).file('etc/group', debianGroup(modern ? ['ubuntu:x:1000:'] : [])).file('etc/shadow', shadowFor(passwd, Math.floor(epoch(r.created) / 86400)), 0o640);
  if (modern) t.dir('home/ubuntu').file('home/ubuntu/.bashrc', "# ~/.bashrc: executed by bash(1) for non-login shells.\n").file('home/ubuntu/.profile', '# ~/.profile: executed by the command interpreter for login shells.\n');
  t.file('etc/hostname', 'localhost\n').file('etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/rbash\n/usr/bin/rbash\n/usr/bin/dash\n');
  t.file(...ubuntuSources(r, modern, deb));
  if (modern) t.file('etc/apt/sources.list', '# Ubuntu sources have moved to the /etc/apt/sources.list.d/ubuntu.sources\n# file, which uses the deb822 format. Use deb822-formatted .sources files\n# to manage package sources in the /etc/apt/sources.list.d/ directory.\n# See the sources.list(5) manual page for details.\n');
  t.file('etc/apt/apt.conf.d/docker-clean', 'DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\nAPT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };\nDir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n');
  t.file('etc/dpkg/dpkg.cfg.d/excludes', '# Drop all man pages\npath-exclude=/usr/share/man/*\n\n# Drop all translations\npath-exclude=/usr/share/locale/*/LC_MESSAGES/*.mo\n\n# Drop all documentation ...\npath-exclude=/usr/share/doc/*\n\n# ... except copyright files ...\npath-include=/usr/share/doc/*/copyright\n');
  t.file('usr/local/sbin/unminimize', '#!/bin/sh\n\nset -e\n\necho "This system has been minimized by removing packages and content that are"\necho "not required on a system that users do not log into."\n', 0o755);
  t.file('var/lib/dpkg/status', dpkgStatus(r.packages, deb, 'Ubuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>'));
  for (const p of r.packages) t.stub(`usr/share/doc/${p.name}/copyright`, 1_200 + (p.sizeKiB % 5000), 0o644);
  // The minimized cloud image keeps procps (ps, top, free) though its manifest here lists the essential set only.
  debianProgramFiles(t, [...r.packages.map((p) => p.name), 'procps'], true);
  for (const l of ['libc.so.6', 'libm.so.6', 'libstdc++.so.6', 'libgcc_s.so.1', 'libsystemd.so.0', 'libselinux.so.1', 'libpcre2-8.so.0', 'libz.so.1', 'libzstd.so.1', 'liblzma.so.5', 'libtinfo.so.6']) t.stub(`usr/lib/${triplet}/${l}`, l === 'libc.so.6' ? 2_125_328 : 90_000 + l.length * 17_000);
  t.stub('usr/share/keyrings/ubuntu-archive-keyring.gpg', 3_600, 0o644);
  return fillTo(t, scaledSize(r.bytes, platform), [
    [`usr/lib/${triplet}/perl-base/unicore/Name.pl`, 5],
    [`usr/lib/${triplet}/gconv/gconv-modules.cache`, 2],
    [`usr/lib/${triplet}/libdb-5.3.so`, 4],
    [`usr/lib/${triplet}/libgnutls.so.30`, 4],
    ['usr/lib/apt/methods/http', 1],
    ['usr/share/perl5/Debconf/Template.pm', 1],
    ['var/cache/debconf/templates.dat', 3],
  ]);
}

/**
 * Where apt looks: archive.ubuntu.com and security.ubuntu.com on amd64 (ports.ubuntu.com for the
 * other architectures); deb822 `ubuntu.sources` from 23.04 on, a one-line `sources.list` before.
 */
export function ubuntuSources(r: UbuntuRelease, deb822: boolean, arch: string): [string, string] {
  const ports = arch !== 'amd64' && arch !== 'i386';
  const archive = ports ? 'http://ports.ubuntu.com/ubuntu-ports/' : 'http://archive.ubuntu.com/ubuntu/';
  const security = ports ? 'http://ports.ubuntu.com/ubuntu-ports/' : 'http://security.ubuntu.com/ubuntu/';
  const c = r.codename;
  if (deb822) {
    const stanza = (uri: string, suites: string) => `Types: deb\nURIs: ${uri}\nSuites: ${suites}\nComponents: main universe restricted multiverse\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n`;
    return ['etc/apt/sources.list.d/ubuntu.sources', `${stanza(archive, `${c} ${c}-updates ${c}-backports`)}\n${stanza(security, `${c}-security`)}`];
  }
  const lines = [`${c} main restricted`, `${c}-updates main restricted`, `${c} universe`, `${c}-updates universe`, `${c} multiverse`, `${c}-updates multiverse`, `${c}-backports main restricted universe multiverse`].map((l) => `deb ${archive} ${l}`);
  const sec = [`${c}-security main restricted`, `${c}-security universe`, `${c}-security multiverse`].map((l) => `deb ${security} ${l}`);
  return ['etc/apt/sources.list', `# See http://help.ubuntu.com/community/UpgradeNotes for how to upgrade to\n# newer versions of the distribution.\n${[...lines, ...sec].join('\n')}\n`];
}
