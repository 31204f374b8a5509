// buildpack-deps:bookworm(-curl, -scm): the layers python, node and golang are built on, memoised per
// platform so every image FROM them carries the same bytes.
import type { LayerRecipe } from './types.ts';
import { TreeBuilder, archNames, epoch, fillTo, scaledSize } from './files.ts';
import { debianBaseLayer } from './debian-rootfs.ts';
import { debianProgramFiles } from './deb-programs.ts';
import { BUILDKIT, perPlatform, runText } from './steps.ts';

const CREATED = '2025-02-24T23:09:21Z';

/** A layer of `bytes` (amd64) built at `created`: a few named files, the bulk as stand-ins under `bulk`. */
export function sizedLayer(o: { createdBy: string; created: string; bytes: number; ratio: number; platform: string; build?: (t: TreeBuilder, triplet: string) => void; bulk: [string, number][] }): LayerRecipe {
  const t = new TreeBuilder(epoch(o.created));
  o.build?.(t, archNames(o.platform).triplet);
  fillTo(t, scaledSize(o.bytes, o.platform), o.bulk.map(([p, w]) => [p.replace('TRIPLET', archNames(o.platform).triplet), w]));
  return { files: t.entries, compressRatio: o.ratio, createdBy: o.createdBy, comment: BUILDKIT, created: o.created };
}

const curl = perPlatform((platform) =>
  sizedLayer({
    createdBy: runText('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\tcurl \t\tgnupg \t\tnetbase \t\tsq \t\twget \t; \trm -rf /var/lib/apt/lists/*'),
    created: CREATED, bytes: 24_100_000, ratio: 0.4, platform,
    build: (t) => t.stub('usr/bin/curl', 305_000).stub('usr/bin/wget', 527_000).stub('usr/bin/gpg', 1_160_000).stub('usr/bin/sq', 9_800_000).stub('etc/ssl/certs/ca-certificates.crt', 213_777, 0o644).file('etc/protocols', '# Internet (IP) protocols\nip\t0\tIP\nicmp\t1\tICMP\ntcp\t6\tTCP\nudp\t17\tUDP\n'),
    bulk: [['usr/lib/TRIPLET/libcurl.so.4.8.0', 3], ['usr/lib/TRIPLET/libssl.so.3', 2], ['usr/lib/TRIPLET/libcrypto.so.3', 7], ['usr/share/ca-certificates/mozilla/bundle.crt', 1], ['var/lib/dpkg/status-new-packages', 1]],
  }),
);

const scm = perPlatform((platform) =>
  sizedLayer({
    createdBy: runText('set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgit \t\tmercurial \t\topenssh-client \t\tsubversion \t\t\t\tprocps \t; \trm -rf /var/lib/apt/lists/*'),
    created: CREATED, bytes: 64_400_000, ratio: 0.36, platform,
    build: (t) => debianProgramFiles(t.stub('usr/bin/git', 3_940_000).stub('usr/bin/ssh', 1_015_000).stub('usr/bin/svn', 290_000).stub('usr/bin/hg', 1_300), ['procps'], true),
    bulk: [['usr/lib/git-core/git-remote-http', 2], ['usr/lib/python3/dist-packages/mercurial/__init__.py', 5], ['usr/lib/python3.11/lib-dynload/_ssl.so', 6], ['usr/lib/TRIPLET/libsvn_subr-1.so.1', 2], ['usr/share/perl5/Git.pm', 1]],
  }),
);

const full = perPlatform((platform) =>
  sizedLayer({
    createdBy: runText('set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tautoconf \t\tautomake \t\tbzip2 \t\tdefault-libmysqlclient-dev \t\tdpkg-dev \t\tfile \t\tg++ \t\tgcc \t\timagemagick \t\tlibbz2-dev \t\tlibc6-dev \t\tlibcurl4-openssl-dev \t\tlibdb-dev \t\tlibevent-dev \t\tlibffi-dev \t\tlibgdbm-dev \t\tlibglib2.0-dev \t\tlibgmp-dev \t\tlibjpeg-dev \t\tlibkrb5-dev \t\tliblzma-dev \t\tlibmagickcore-dev \t\tlibmagickwand-dev \t\tlibmaxminddb-dev \t\tlibncurses5-dev \t\tlibncursesw5-dev \t\tlibpng-dev \t\tlibpq-dev \t\tlibreadline-dev \t\tlibsqlite3-dev \t\tlibssl-dev \t\tlibtool \t\tlibwebp-dev \t\tlibxml2-dev \t\tlibxslt-dev \t\tlibyaml-dev \t\tmake \t\tpatch \t\tunzip \t\txz-utils \t\tzlib1g-dev \t; \trm -rf /var/lib/apt/lists/*'),
    created: CREATED, bytes: 716_800_000, ratio: 0.3, platform,
    build: (t, triplet) => t.stub('usr/bin/gcc-12', 1_230_000).link('usr/bin/gcc', 'gcc-12').stub('usr/bin/g++-12', 1_230_000).link('usr/bin/g++', 'g++-12').stub('usr/bin/make', 253_000).stub(`usr/lib/gcc/${triplet}/12/cc1`, 33_900_000).stub(`usr/lib/gcc/${triplet}/12/cc1plus`, 36_200_000).stub('usr/bin/convert-im6.q16', 14_500).file('usr/include/stdio.h', '/* Define ISO C stdio on top of C++ iostreams.\n   Copyright (C) 1991-2022 Free Software Foundation, Inc.\n   This file is part of the GNU C Library.  */\n', 0o644),
    bulk: [['usr/lib/TRIPLET/libLLVM-14.so.1', 10], ['usr/lib/TRIPLET/libMagickCore-6.Q16.so.6.0.0', 3], ['usr/lib/TRIPLET/libicudata.so.72.1', 3], ['usr/share/icons/Adwaita/icon-theme.cache', 2], ['usr/lib/TRIPLET/libperl.so.5.36.0', 1], ['usr/lib/TRIPLET/libgtk-3.so.0', 2], ['usr/share/doc/imagemagick-6-common/changelog.gz', 1], ['usr/lib/python3.11/config-3.11-TRIPLET/libpython3.11.a', 2], ['usr/lib/TRIPLET/libx265.so.199', 2], ['usr/include/unicode/uchar.h', 1], ['usr/lib/TRIPLET/libgs.so.10.00', 2], ['usr/lib/TRIPLET/libasan.so.8.0.0', 1], ['usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 1], ['usr/lib/TRIPLET/libstdc++.a', 1]],
  }),
);

/** The platforms buildpack-deps:bookworm is published for. */
export const BUILDPACK_PLATFORMS = ['linux/amd64', 'linux/arm/v5', 'linux/arm/v7', 'linux/arm64/v8', 'linux/386', 'linux/mips64le', 'linux/ppc64le', 'linux/s390x'];

/** The layers of buildpack-deps:bookworm-scm (`scm`) or buildpack-deps:bookworm (`full`) for one platform. */
export function buildpackDeps(variant: 'curl' | 'scm' | 'full', platform: string): LayerRecipe[] {
  const layers = [debianBaseLayer('bookworm', false, platform), curl(platform)];
  if (variant !== 'curl') layers.push(scm(platform));
  if (variant === 'full') layers.push(full(platform));
  return layers;
}
