// The base OS repositories: debian, ubuntu and busybox, each image one rootfs layer (and its CMD).
import type { CatalogImage, CatalogRepo } from './types.ts';
import { DEBIAN_SUITES, debianBaseLayer, debianPlatforms } from './debian-rootfs.ts';
import { UBUNTU_RELEASES, ubuntuBaseLayer, ubuntuPlatforms } from './ubuntu-rootfs.ts';
import { TreeBuilder, archNames, epoch, fillTo, scaledSize } from './files.ts';
import { APPLETS } from './alpine-files.ts';
import { DEFAULT_PATH, quoted } from './steps.ts';
import { libraryTags, versionAliases } from './tag-aliases.ts';

function debianImage(codename: string, slim: boolean): CatalogImage {
  const suite = DEBIAN_SUITES[codename];
  return {
    platforms: debianPlatforms(codename),
    recipe: (platform) => ({
      created: suite.created,
      steps: [debianBaseLayer(codename, slim, platform)],
      config: { Env: [DEFAULT_PATH], Cmd: ['bash'] },
    }),
  };
}

/** The official debian repository. */
export const debian: CatalogRepo = {
  name: 'library/debian',
  description: 'Debian is a Linux distribution that\'s composed entirely of free and open-source software.',
  stars: 5237,
  official: true,
  tags: libraryTags([
    { image: 'bookworm', versions: ['bookworm', '12', '12.9', 'bookworm-20250224', 'stable', 'latest'], variants: [''] },
    { image: 'bookworm-slim', versions: ['bookworm', '12', '12.9', 'bookworm-20250224', 'stable'], variants: ['slim'] },
    { image: 'bullseye', versions: ['bullseye', '11', '11.11', 'bullseye-20250224', 'oldstable'], variants: [''] },
    { image: 'bullseye-slim', versions: ['bullseye', '11', '11.11', 'bullseye-20250224', 'oldstable'], variants: ['slim'] },
    { image: 'trixie', versions: ['trixie', 'trixie-20250224', 'testing'], variants: [''] },
    { image: 'trixie-slim', versions: ['trixie', 'trixie-20250224', 'testing'], variants: ['slim'] },
  ]),
  images: {
    bookworm: debianImage('bookworm', false), 'bookworm-slim': debianImage('bookworm', true),
    bullseye: debianImage('bullseye', false), 'bullseye-slim': debianImage('bullseye', true),
    trixie: debianImage('trixie', false), 'trixie-slim': debianImage('trixie', true),
  },
};

function ubuntuImage(version: string): CatalogImage {
  const r = UBUNTU_RELEASES[version];
  return {
    platforms: ubuntuPlatforms(version),
    recipe: (platform) => ({
      created: r.created,
      // Ubuntu's images are still built with the classic builder: `#(nop)` lines and no comment.
      steps: [
        { createdBy: '/bin/sh -c #(nop)  ARG RELEASE' },
        { createdBy: '/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH' },
        { createdBy: '/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu' },
        { createdBy: `/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=${r.version}` },
        ubuntuBaseLayer(version, platform),
        { createdBy: `/bin/sh -c #(nop)  CMD ${quoted(['/bin/bash'])}` },
      ],
      config: { Env: [DEFAULT_PATH], Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': r.version } },
    }),
  };
}

/** The official ubuntu repository. */
export const ubuntu: CatalogRepo = {
  name: 'library/ubuntu',
  description: 'Ubuntu is a Debian-based Linux operating system based on free software.',
  stars: 17389,
  official: true,
  tags: {
    '24.04': '24.04', noble: '24.04', 'noble-20250127': '24.04', latest: '24.04',
    '24.10': '24.10', oracular: '24.10', 'oracular-20250225': '24.10', rolling: '24.10',
    '22.04': '22.04', jammy: '22.04', 'jammy-20250126': '22.04',
    '20.04': '20.04', focal: '20.04', 'focal-20250120': '20.04',
  },
  images: { '24.04': ubuntuImage('24.04'), '24.10': ubuntuImage('24.10'), '22.04': ubuntuImage('22.04'), '20.04': ubuntuImage('20.04') },
};

/** One busybox build: its libc flavour, version, date and the amd64 layer size. */
interface BusyboxBuild {
  version: string;
  libc: 'glibc' | 'musl' | 'uclibc';
  created: string;
  bytes: number;
}

const BUSYBOX_PLATFORMS: Record<BusyboxBuild['libc'], string[]> = {
  glibc: ['linux/amd64', 'linux/arm/v5', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/mips64le', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'],
  musl: ['linux/amd64', 'linux/arm/v6', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/ppc64le', 'linux/riscv64', 'linux/s390x'],
  uclibc: ['linux/amd64', 'linux/arm/v5', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/mips64le', 'linux/riscv64'],
};

function busyboxImage(b: BusyboxBuild): CatalogImage {
  return {
    platforms: BUSYBOX_PLATFORMS[b.libc],
    recipe(platform) {
      const t = new TreeBuilder(epoch(b.created));
      for (const d of ['bin', 'dev', 'etc', 'home', 'lib', 'usr/sbin', 'var/spool/mail', 'var/www']) t.dir(d);
      t.dir('root', 0o700).dir('tmp', 0o1777);
      t.file('etc/passwd', 'root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\nbin:x:2:2:bin:/bin:/bin/false\nsys:x:3:3:sys:/dev:/bin/false\nsync:x:4:100:sync:/bin:/bin/sync\nmail:x:8:8:mail:/var/spool/mail:/bin/false\nwww-data:x:33:33:www-data:/var/www:/bin/false\noperator:x:37:37:Operator:/var:/bin/false\nnobody:x:65534:65534:nobody:/home:/bin/false\n');
      t.file('etc/group', 'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nadm:x:4:\ntty:x:5:\ndisk:x:6:\nlp:x:7:\nmail:x:8:\nkmem:x:9:\nwheel:x:10:root\ncdrom:x:11:\ndialout:x:18:\nfloppy:x:19:\nvideo:x:28:\naudio:x:29:\ntape:x:32:\nwww-data:x:33:\noperator:x:37:\nutmp:x:43:\nplugdev:x:46:\nstaff:x:50:\nlock:x:54:\nnetdev:x:82:\nusers:x:100:\nnobody:x:65534:\n');
      t.file('etc/shadow', 'root:*::::::::\ndaemon:*::::::::\nbin:*::::::::\nsys:*::::::::\nsync:*::::::::\nmail:*::::::::\nwww-data:*::::::::\noperator:*::::::::\nnobody:*::::::::\n', 0o600);
      t.file('etc/localtime', 'TZif2\n', 0o644).file('etc/nsswitch.conf', 'hosts: files dns\nnetworks: files\n');
      if (b.libc === 'glibc') {
        const { triplet } = archNames(platform);
        for (const l of ['libc.so.6', 'libm.so.6', 'libresolv.so.2', 'libnss_files.so.2', 'libnss_dns.so.2']) t.stub(`lib/${l}`, l === 'libc.so.6' ? 2_125_328 : 60_000);
        t.stub(`lib/ld-linux${triplet.startsWith('x86_64') ? '-x86-64.so.2' : '.so.1'}`, 210_000);
      }
      fillTo(t, scaledSize(b.bytes, platform), [['bin/busybox', 1]]);
      // The real image hard-links every applet to /bin/busybox, so they add nothing to its size.
      for (const names of Object.values(APPLETS)) for (const name of names) t.entries.push({ path: `bin/${name}`, type: 'hardlink', mode: 0o755, uid: 0, gid: 0, mtime: epoch(b.created), linkTarget: 'bin/busybox' });
      const base = b.libc === 'glibc' ? ', Debian 12' : b.libc === 'musl' ? ', Alpine 3.20' : '';
      return {
        created: b.created,
        steps: [
          { files: t.entries, compressRatio: 0.5, createdBy: `BusyBox ${b.version} (${b.libc})${base}`, created: b.created },
          { createdBy: 'CMD ["sh"]', created: b.created },
        ],
        config: { Env: [DEFAULT_PATH], Cmd: ['sh'] },
      };
    },
  };
}

/** The official busybox repository: one layer holding /bin/busybox and its applet links. */
export const busybox: CatalogRepo = {
  name: 'library/busybox',
  description: 'Busybox base image.',
  stars: 3388,
  official: true,
  tags: libraryTags([
    { image: '1.37-glibc', versions: versionAliases('1.37.0', '1', 'unstable', 'latest'), variants: ['', 'glibc'] },
    { image: '1.37-musl', versions: versionAliases('1.37.0', '1', 'unstable', 'latest'), variants: ['musl'] },
    { image: '1.37-uclibc', versions: versionAliases('1.37.0', '1', 'unstable', 'latest'), variants: ['uclibc'] },
    { image: '1.36-glibc', versions: versionAliases('1.36.1', 'stable'), variants: ['', 'glibc'] },
    { image: '1.36-musl', versions: versionAliases('1.36.1', 'stable'), variants: ['musl'] },
    { image: '1.36-uclibc', versions: versionAliases('1.36.1', 'stable'), variants: ['uclibc'] },
  ]),
  images: {
    '1.37-glibc': busyboxImage({ version: '1.37.0', libc: 'glibc', created: '2024-09-26T21:31:42Z', bytes: 4_270_000 }),
    '1.36-glibc': busyboxImage({ version: '1.36.1', libc: 'glibc', created: '2024-09-26T21:31:42Z', bytes: 4_260_000 }),
    '1.37-musl': busyboxImage({ version: '1.37.0', libc: 'musl', created: '2024-09-26T21:31:42Z', bytes: 1_470_000 }),
    '1.36-musl': busyboxImage({ version: '1.36.1', libc: 'musl', created: '2024-09-26T21:31:42Z', bytes: 1_460_000 }),
    '1.37-uclibc': busyboxImage({ version: '1.37.0', libc: 'uclibc', created: '2024-09-26T21:31:42Z', bytes: 1_240_000 }),
    '1.36-uclibc': busyboxImage({ version: '1.36.1', libc: 'uclibc', created: '2024-09-26T21:31:42Z', bytes: 1_230_000 }),
  },
};
