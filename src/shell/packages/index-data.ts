// The offline package indexes: a few dozen popular packages per ecosystem, one line each:
//   name | version | installed KiB | dependencies | files (path, path:KiB for a sized stand-in, or path>target for a symlink) | description
// Versions and sizes follow Alpine 3.21, Debian 12 (bookworm) and PyPI as of early 2025 (npm: npm-registry.ts).

/** Alpine v3.21 main and community (x86_64). */
export const APK_INDEX = `
zlib|1.3.1-r2|100||lib/libz.so.1.3.1:96|A compression/decompression Library
ca-certificates|20241121-r1|684||usr/sbin/update-ca-certificates:40 etc/ssl/certs/ca-certificates.crt:220 usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt:2|Common CA certificates PEM files from Mozilla
brotli-libs|1.1.0-r2|876||usr/lib/libbrotlicommon.so.1.1.0:136 usr/lib/libbrotlidec.so.1.1.0:52 usr/lib/libbrotlienc.so.1.1.0:688|Generic lossless compressor (libraries)
c-ares|1.34.5-r0|228||usr/lib/libcares.so.2.19.4:224|Asynchronous DNS/names resolver library
libunistring|1.2-r0|1708||usr/lib/libunistring.so.5.1.0:1704|Library for manipulating Unicode strings and C strings
libidn2|2.3.7-r0|192|libunistring|usr/lib/libidn2.so.0.4.0:188|Encode/Decode library for internationalized domain names
nghttp2-libs|1.64.0-r0|168||usr/lib/libnghttp2.so.14.28.3:164|Experimental HTTP/2 client, server and proxy (libraries)
libpsl|0.21.5-r3|72|libidn2 libunistring|usr/lib/libpsl.so.5.3.5:68|C library for the Publix Suffix List
zstd-libs|1.5.6-r2|672||usr/lib/libzstd.so.1.5.6:668|Zstandard - Fast real-time compression algorithm (libraries)
libcurl|8.12.1-r1|652|brotli-libs c-ares libidn2 libpsl nghttp2-libs zstd-libs|usr/lib/libcurl.so.4.8.0:648|The multiprotocol file transfer library
curl|8.12.1-r1|252|libcurl|usr/bin/curl:248|URL retrival utility and library
ncurses-terminfo-base|6.5_p20241006-r3|40||etc/terminfo/x/xterm:4|Descriptions of common terminals
libncursesw|6.5_p20241006-r3|324|ncurses-terminfo-base|usr/lib/libncursesw.so.6.5:320|Console display library (libncursesw)
readline|8.2.13-r0|260|libncursesw|usr/lib/libreadline.so.8.2:256|GNU readline library
bash|5.2.37-r0|1176|readline|bin/bash:1172 etc/bash/bashrc|The GNU Bourne Again shell
libexpat|2.7.0-r0|204||usr/lib/libexpat.so.1.10.0:200|XML Parser library written in C
pcre2|10.43-r0|616||usr/lib/libpcre2-8.so.0.13.0:612|Perl-compatible regular expression library
git|2.47.2-r0|14948|libcurl libexpat pcre2 zlib|usr/bin/git:3652 usr/libexec/git-core/git-remote-http:1680 usr/share/git-core/templates/description:1|Distributed version control system
libffi|3.4.6-r0|48||usr/lib/libffi.so.8.1.4:44|Portable, high level programming interface to various calling conventions
gdbm|1.24-r0|228||usr/lib/libgdbm.so.6.0.0:224|GNU dbm is a set of database routines that use extensible hashing
xz-libs|5.6.3-r1|212||usr/lib/liblzma.so.5.6.3:208|Library and CLI tools for XZ and LZMA compressed files (libraries)
mpdecimal|4.0.0-r0|176||usr/lib/libmpdec.so.4.0.0:172|complete implementation of the General Decimal Arithmetic Specification
sqlite-libs|3.48.0-r0|1464||usr/lib/libsqlite3.so.0.8.6:1460|Sqlite3 library
libbz2|1.0.8-r6|72||usr/lib/libbz2.so.1.0.8:68|Shared library for bz2
libpanelw|6.5_p20241006-r3|16|libncursesw|usr/lib/libpanelw.so.6.5:12|Console display library (libpanelw)
python3|3.12.9-r0|38416|gdbm libbz2 libexpat libffi libpanelw mpdecimal readline sqlite-libs xz-libs|usr/bin/python3.12:16 usr/lib/libpython3.12.so.1.0:5472 usr/lib/python3.12/os.py:44|A high-level scripting language
py3-pip|24.3.1-r0|10308|python3|usr/bin/pip:1 usr/bin/pip3:1 usr/lib/python3.12/site-packages/pip/__init__.py:10300|Tool for installing and managing python packages
libstdc++|14.2.0-r4|2608||usr/lib/libstdc++.so.6.0.33:2604|GNU C++ standard runtime library
libgcc|14.2.0-r4|152||usr/lib/libgcc_s.so.1:148|GNU C compiler runtime libraries
icu-data-en|76.1-r0|2396||usr/share/icu/76.1/icudt76l.dat:2392|Stripped down ICU data with only en_US/GB locale and no legacy charset converters
icu-libs|76.1-r0|2036|icu-data-en libgcc libstdc++|usr/lib/libicuuc.so.76.1:2032|International Components for Unicode library
ada-libs|2.9.2-r2|264|libgcc libstdc++|usr/lib/libada.so.2.9.2:260|WHATWG-compliant and fast URL parser written in modern C++ (libraries)
simdjson|3.10.1-r0|380|libgcc libstdc++|usr/lib/libsimdjson.so.24.0.0:376|Parsing gigabytes of JSON per second (libraries)
simdutf|5.7.2-r0|1496|libgcc libstdc++|usr/lib/libsimdutf.so.20.0.0:1492|Unicode validation and transcoding at billions of characters per second (libraries)
sqlite-libs-node|3.48.0-r0|4||usr/share/doc/sqlite-libs-node:1|placeholder
nodejs|22.13.1-r0|45488|ada-libs brotli-libs c-ares icu-libs libgcc libstdc++ nghttp2-libs simdjson simdutf sqlite-libs zstd-libs|usr/bin/node:45484|JavaScript runtime built on V8 engine - LTS version
npm|10.9.1-r0|8192|nodejs|usr/bin/npm:1 usr/bin/npx:1 usr/lib/node_modules/npm/index.js:8188|The package manager for JavaScript
vim-common|9.1.1105-r0|33176||usr/share/vim/vim91/defaults.vim:4 usr/share/vim/vim91/syntax/syntax.vim:33168|Vi IMproved - common files
xxd|9.1.1105-r0|20||usr/bin/xxd:16|Hexdump utility from vim
vim|9.1.1105-r0|3456|libncursesw vim-common xxd|usr/bin/vim:3452 usr/bin/vimdiff:1|Improved vi-style text editor
nano|8.2-r0|676|libncursesw|usr/bin/nano:672 usr/bin/rnano:1|Enhanced clone of the Pico text editor
oniguruma|6.9.9-r0|544||usr/lib/libonig.so.5.4.0:540|a regular expressions library
jq|1.7.1-r0|336|oniguruma|usr/bin/jq:332|A lightweight and flexible command-line JSON processor
tzdata|2025a-r0|1496||usr/share/zoneinfo/UTC:1 usr/share/zoneinfo/Europe/Paris:3 usr/share/zoneinfo/tzdata.zi:1488|Timezone data
openssl|3.3.3-r0|956||usr/bin/openssl:952 etc/ssl/openssl.cnf:12|Toolkit for Transport Layer Security (TLS)
binutils|2.43.1-r2|9764|libstdc++ zstd-libs|usr/bin/ld:1796 usr/bin/as:7964|Tools necessary to build programs
libgomp|14.2.0-r4|304||usr/lib/libgomp.so.1.0.0:300|GCC shared-memory parallel programming API library
libatomic|14.2.0-r4|40||usr/lib/libatomic.so.1.2.0:36|GCC Atomic library
gmp|6.3.0-r2|420||usr/lib/libgmp.so.10.5.0:416|free library for arbitrary precision arithmetic
isl26|0.26-r1|2228|gmp|usr/lib/libisl.so.23.3.0:2224|An Integer Set Library for the Polyhedral Model
mpfr4|4.2.1-r0|2776|gmp|usr/lib/libmpfr.so.6.2.1:2772|multiple-precision floating-point library
mpc1|1.3.1-r1|124|gmp mpfr4|usr/lib/libmpc.so.3.3.1:120|Multiprecision C library
gcc|14.2.0-r4|118000|binutils gmp isl26 libatomic libgcc libgomp libstdc++ mpc1 mpfr4 zstd-libs|usr/bin/gcc:1072 usr/libexec/gcc/x86_64-alpine-linux-musl/14.2.0/cc1:116928|The GNU Compiler Collection
musl-dev|1.2.5-r9|5004||usr/include/stdio.h:8 usr/lib/libc.a:4996|the musl c library (libc) implementation (development files)
libc-dev|0.7.2-r6|4|musl-dev|usr/share/doc/libc-dev:1|Meta package to pull in correct libc
g++|14.2.0-r4|44164|gcc libc-dev|usr/bin/g++:1072 usr/libexec/gcc/x86_64-alpine-linux-musl/14.2.0/cc1plus:43092|GNU C++ standard library and compiler
make|4.4.1-r2|276||usr/bin/make:272|GNU make utility to maintain groups of programs
fortify-headers|1.1-r5|56||usr/include/fortify/stdio.h:56|standalone fortify-source implementation
patch|2.7.6-r10|124||usr/bin/patch:120|Utility to apply diffs to files
build-base|0.5-r3|4|binutils file fortify-headers g++ gcc libc-dev make patch|usr/share/doc/build-base:1|Meta package for build base
libmagic|5.46-r2|9712||usr/share/misc/magic.mgc:9440 usr/lib/libmagic.so.1.0.0:156|File type identification library
file|5.46-r2|36|libmagic|usr/bin/file:32|File type identification utility
`;

/** Debian 12 bookworm main (amd64); Download is the .deb size in KiB. */
export const DEB_INDEX = `
libbrotli1|1.0.9-2+b6|769||usr/lib/x86_64-linux-gnu/libbrotlidec.so.1.0.9:765|library implementing brotli encoder and decoder (shared libraries)|314
libsasl2-modules-db|2.1.28+dfsg-10|182||usr/lib/x86_64-linux-gnu/sasl2/libsasldb.so.2.0.25:178|Cyrus SASL - pluggable authentication modules (DB)|20
libsasl2-2|2.1.28+dfsg-10|192|libsasl2-modules-db|usr/lib/x86_64-linux-gnu/libsasl2.so.2.0.25:188|Cyrus SASL - authentication abstraction library|58
libldap-2.5-0|2.5.13+dfsg-5|579|libsasl2-2|usr/lib/x86_64-linux-gnu/libldap-2.5.so.0.1.8:575|OpenLDAP libraries|183
libnghttp2-14|1.52.0-1+deb12u2|217||usr/lib/x86_64-linux-gnu/libnghttp2.so.14.24.1:213|library implementing HTTP/2 protocol (shared library)|72
libpsl5|0.21.2-1|94||usr/lib/x86_64-linux-gnu/libpsl.so.5.3.4:90|Library for Public Suffix List (shared libraries)|58
librtmp1|2.4+20151223.gitfa8646d.1-2+b2|148||usr/lib/x86_64-linux-gnu/librtmp.so.1:144|toolkit for RTMP streams (shared library)|59
libssh2-1|1.10.0-3+b1|272||usr/lib/x86_64-linux-gnu/libssh2.so.1.0.1:268|SSH2 client-side library|179
libcurl4|7.88.1-10+deb12u12|1004|libbrotli1 libldap-2.5-0 libnghttp2-14 libpsl5 librtmp1 libssh2-1|usr/lib/x86_64-linux-gnu/libcurl.so.4.8.0:1000|easy-to-use client-side URL transfer library (OpenSSL flavour)|390
openssl|3.0.15-1~deb12u1|2303||usr/bin/openssl:1000 etc/ssl/openssl.cnf:12|Secure Sockets Layer toolkit - cryptographic utility|1427
ca-certificates|20230311|382|openssl|usr/sbin/update-ca-certificates:12 etc/ssl/certs/ca-certificates.crt:214 usr/share/ca-certificates/mozilla/ISRG_Root_X1.crt:2|Common CA certificates|153
curl|7.88.1-10+deb12u12|500|libcurl4|usr/bin/curl:296|command line tool for transferring data with URL syntax|309
libpcre2-posix3|10.42-2|35||usr/lib/x86_64-linux-gnu/libpcre2-posix.so.3.0.4:31|New Perl Compatible Regular Expression Library - posix-compatible runtime files|55
wget|1.21.3-1+b2|3694|libpsl5|usr/bin/wget:512 etc/wgetrc:5|retrieves files from the web|984
libcurl3-gnutls|7.88.1-10+deb12u12|982|libbrotli1 libldap-2.5-0 libnghttp2-14 libpsl5 librtmp1 libssh2-1|usr/lib/x86_64-linux-gnu/libcurl-gnutls.so.4.8.0:978|easy-to-use client-side URL transfer library (GnuTLS flavour)|386
liberror-perl|0.17029-2|40||usr/share/perl5/Error.pm:36|Perl module for error/exception handling in an OO-ish way|29
git-man|1:2.39.5-0+deb12u2|2136||usr/share/man/man1/git.1.gz:2132|fast, scalable, distributed revision control system (manual pages)|2051
libexpat1|2.5.0-1+deb12u1|352||usr/lib/x86_64-linux-gnu/libexpat.so.1.8.10:348|XML parsing C library - runtime library|99
git|1:2.39.5-0+deb12u2|39195|git-man libcurl3-gnutls liberror-perl libexpat1|usr/bin/git:3840 usr/lib/git-core/git-remote-http:1712 usr/share/git-core/templates/description:1|fast, scalable, distributed revision control system|7256
libgpm2|1.20.7-10+b1|64||usr/lib/x86_64-linux-gnu/libgpm.so.2:60|General Purpose Mouse - shared library|14
libsodium23|1.0.18-1|362||usr/lib/x86_64-linux-gnu/libsodium.so.23.3.0:358|Network communication, cryptography and signaturing library|161
vim-common|2:9.0.1378-2+deb12u2|379||usr/share/vim/vimrc:4 usr/share/vim/vim90/debian.vim:2|Vi IMproved - Common files|126
vim-runtime|2:9.0.1378-2+deb12u2|37127||usr/share/vim/vim90/syntax/syntax.vim:37123|Vi IMproved - Runtime files|7025
vim|2:9.0.1378-2+deb12u2|3946|libgpm2 libsodium23 vim-common vim-runtime|usr/bin/vim.basic:3942 etc/alternatives/vim>/usr/bin/vim.basic usr/bin/vim>/etc/alternatives/vim etc/alternatives/vi>/usr/bin/vim.basic usr/bin/vi>/etc/alternatives/vi|Vi IMproved - enhanced vi editor|1568
nano|7.2-1+deb12u1|2853||bin/nano:272 etc/nanorc:11|small, friendly text editor inspired by Pico|690
libexpat1-dev|2.5.0-1+deb12u1|1|libexpat1|usr/share/doc/libexpat1-dev:1|placeholder|1
libpython3.11-minimal|3.11.2-6+deb12u5|5054|libexpat1|usr/lib/python3.11/os.py:40 usr/lib/python3.11/encodings/__init__.py:5014|Minimal subset of the Python language (version 3.11)|818
python3.11-minimal|3.11.2-6+deb12u5|6133|libpython3.11-minimal|usr/bin/python3.11:6129|Minimal subset of the Python language (version 3.11)|2064
python3-minimal|3.11.2-1+b1|118|python3.11-minimal|usr/share/doc/python3-minimal/README:1|minimal subset of the Python language (default python3 version)|26
media-types|10.0.0|104||etc/mime.types:100|List of standard media types and their usual file extension|26
libpython3.11-stdlib|3.11.2-6+deb12u5|7976|libpython3.11-minimal media-types|usr/lib/python3.11/json/__init__.py:7972|Interactive high-level object-oriented language (standard library, version 3.11)|1798
python3.11|3.11.2-6+deb12u5|658|libpython3.11-stdlib python3.11-minimal|usr/bin/pydoc3.11:1 usr/share/doc/python3.11/README:654|Interactive high-level object-oriented language (version 3.11)|573
libpython3-stdlib|3.11.2-1+b1|37|libpython3.11-stdlib|usr/share/doc/libpython3-stdlib/README:1|interactive high-level object-oriented language (default python3 version)|9
python3|3.11.2-1+b1|90|libpython3-stdlib python3-minimal python3.11|usr/bin/python3:1 usr/share/doc/python3/README:86|interactive high-level object-oriented language (default python3 version)|26
python3-pkg-resources|66.1.1-1+deb12u1|908|python3|usr/lib/python3/dist-packages/pkg_resources/__init__.py:904|Package Discovery and Resource Access using pkg_resources|296
python3-setuptools|66.1.1-1+deb12u1|2813|python3-pkg-resources|usr/lib/python3/dist-packages/setuptools/__init__.py:2809|Python3 Distutils Enhancements|522
python3-wheel|0.38.4-2|197|python3|usr/lib/python3/dist-packages/wheel/__init__.py:193|built-package format for Python|32
python3-pip|23.0.1+dfsg-1|6920|python3 python3-setuptools python3-wheel|usr/bin/pip:1 usr/bin/pip3:1 usr/lib/python3/dist-packages/pip/__init__.py:6916|Python package installer|1325
libonig5|6.9.8-1|676||usr/lib/x86_64-linux-gnu/libonig.so.5.3.0:672|regular expressions library|182
libjq1|1.6-2.1|382|libonig5|usr/lib/x86_64-linux-gnu/libjq.so.1.0.4:378|lightweight and flexible command-line JSON processor - shared library|135
jq|1.6-2.1|102|libjq1|usr/bin/jq:98|lightweight and flexible command-line JSON processor|64
libcap2-bin|1:2.66-4+deb12u1|117||sbin/capsh:113|POSIX 1003.1e capabilities (utilities)|34
iputils-ping|3:20221126-1+deb12u1|116|libcap2-bin|bin/ping:112|Tools to test the reachability of network hosts|47
libproc2-0|2:4.0.2-3|206||usr/lib/x86_64-linux-gnu/libproc2.so.0.0.1:202|library for accessing process information from /proc|62
procps|2:4.0.2-3|2389|libproc2-0|bin/kill:23 bin/ps:143 sbin/sysctl:31 usr/bin/free:27 usr/bin/pgrep:35 usr/bin/pidwait:35 usr/bin/pmap:35 usr/bin/pwdx:15 usr/bin/skill:31 usr/bin/slabtop:23 usr/bin/tload:19 usr/bin/top:132 usr/bin/uptime:15 usr/bin/vmstat:35 usr/bin/w:23 usr/bin/watch:27 usr/bin/pkill>pgrep usr/bin/snice>skill|/proc file system utilities|709
less|590-2.1~deb12u2|476||usr/bin/less:176|pager program similar to more|131
binutils-common|2.40-2|12748||usr/lib/x86_64-linux-gnu/ldscripts/elf_x86_64.x:12744|Common files for the GNU assembler, linker and binary utilities|2487
binutils|2.40-2|33996|binutils-common|usr/bin/x86_64-linux-gnu-ld.bfd:1712 usr/bin/x86_64-linux-gnu-as:32280|GNU assembler, linker and binary utilities|2571
cpp-12|12.2.0-14|29930||usr/libexec/gcc/x86_64-linux-gnu/12/cc1:29926|GNU C preprocessor|9972
gcc-12|12.2.0-14|65912|binutils cpp-12|usr/bin/x86_64-linux-gnu-gcc-12:1164 usr/libexec/gcc/x86_64-linux-gnu/12/lto1:64744|GNU C compiler|19306
gcc|4:12.2.0-3|51|gcc-12|usr/bin/gcc:1|GNU C compiler|5
libc6-dev|2.36-9+deb12u9|12070||usr/include/stdio.h:32 usr/lib/x86_64-linux-gnu/libc.a:12034|GNU C Library: Development Libraries and Header Files|1904
g++-12|12.2.0-14|36152|gcc-12|usr/libexec/gcc/x86_64-linux-gnu/12/cc1plus:36148|GNU C++ compiler|10696
g++|4:12.2.0-3|16|g++-12|usr/bin/g++:1|GNU C++ compiler|1
make|4.3-4.1|1567||usr/bin/make:252|utility for directing compilation|396
dpkg-dev|1.21.22|3163||usr/bin/dpkg-buildpackage:40 usr/share/perl5/Dpkg.pm:3119|Debian package development tools|1343
build-essential|12.9|21|dpkg-dev g++ gcc libc6-dev make|usr/share/build-essential/essential-packages-list:4|Informational list of build-essential packages|8
`;

/**
 * PyPI wheels (py3-none-any unless sized): name|version|installed KiB|Requires-Dist (name and specifier)|files under
 * site-packages|wheel file name|download KiB|console scripts (name=module:function, comma-separated)|Requires-Python.
 */
export const PIP_INDEX = `
blinker|1.9.0|40||blinker/__init__.py|blinker-1.9.0-py3-none-any.whl|8.5||>=3.9
click|8.1.8|300||click/__init__.py click/core.py:120|click-8.1.8-py3-none-any.whl|98||>=3.7
itsdangerous|2.2.0|60||itsdangerous/__init__.py|itsdangerous-2.2.0-py3-none-any.whl|16||>=3.8
MarkupSafe|3.0.2|60||markupsafe/__init__.py markupsafe/_speedups.cpython-312-x86_64-linux-gnu.so:44|MarkupSafe-3.0.2-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl|23||>=3.9
Jinja2|3.1.5|480|MarkupSafe>=2.0|jinja2/__init__.py jinja2/environment.py:60|jinja2-3.1.5-py3-none-any.whl|134||>=3.7
Werkzeug|3.1.3|900|MarkupSafe>=2.1.1|werkzeug/__init__.py werkzeug/serving.py:40|werkzeug-3.1.3-py3-none-any.whl|224||>=3.9
flask|3.1.0|280|Werkzeug>=3.1 Jinja2>=3.1.2 itsdangerous>=2.2 click>=8.1.3 blinker>=1.9|flask/__init__.py flask/cli.py flask/app.py:60|flask-3.1.0-py3-none-any.whl|102|flask=flask.cli:main|>=3.9
charset-normalizer|3.4.1|400||charset_normalizer/__init__.py|charset_normalizer-3.4.1-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl|145|normalizer=charset_normalizer.cli:cli_detect|>=3.7
idna|3.10|300||idna/__init__.py idna/idnadata.py:190|idna-3.10-py3-none-any.whl|70||>=3.6
urllib3|2.3.0|450||urllib3/__init__.py|urllib3-2.3.0-py3-none-any.whl|128||>=3.9
certifi|2025.1.31|300||certifi/__init__.py certifi/cacert.pem:290|certifi-2025.1.31-py3-none-any.whl|166||>=3.6
requests|2.32.3|220|charset_normalizer<4,>=2 idna<4,>=2.5 urllib3<3,>=1.21.1 certifi>=2017.4.17|requests/__init__.py requests/api.py|requests-2.32.3-py3-none-any.whl|63||>=3.8
numpy|2.2.3|60000||numpy/__init__.py numpy/_core/_multiarray_umath.cpython-312-x86_64-linux-gnu.so:10400 numpy.libs/libscipy_openblas64_-6bb31eeb.so:49000|numpy-2.2.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl|16100|f2py=numpy.f2py.f2py2e:main,numpy-config=numpy._configtool:main|>=3.10
asgiref|3.8.1|90||asgiref/__init__.py|asgiref-3.8.1-py3-none-any.whl|23||>=3.8
sqlparse|0.5.3|190||sqlparse/__init__.py|sqlparse-0.5.3-py3-none-any.whl|44|sqlformat=sqlparse.__main__:main|>=3.8
django|5.1.6|44000|asgiref<4,>=3.8.1 sqlparse>=0.3.1|django/__init__.py django/core/management/__init__.py django/contrib/admin/static/admin/css/base.css:22 django/conf/locale/fr/LC_MESSAGES/django.mo:43900|Django-5.1.6-py3-none-any.whl|8100|django-admin=django.core.management:execute_from_command_line|>=3.10
packaging|24.2|260||packaging/__init__.py|packaging-24.2-py3-none-any.whl|65||>=3.8
gunicorn|23.0.0|400|packaging|gunicorn/__init__.py gunicorn/app/__init__.py gunicorn/app/wsgiapp.py|gunicorn-23.0.0-py3-none-any.whl|85|gunicorn=gunicorn.app.wsgiapp:run|>=3.7
iniconfig|2.0.0|20||iniconfig/__init__.py|iniconfig-2.0.0-py3-none-any.whl|5.9||>=3.7
pluggy|1.5.0|90||pluggy/__init__.py|pluggy-1.5.0-py3-none-any.whl|20||>=3.8
pytest|8.3.4|1600|iniconfig packaging pluggy<2,>=1.5|pytest/__init__.py _pytest/main.py:40|pytest-8.3.4-py3-none-any.whl|343|py.test=pytest:console_main,pytest=pytest:console_main|>=3.8
distlib|0.3.9|1380||distlib/__init__.py distlib/t64.exe:106 distlib/w64.exe:100 distlib/util.py:68 distlib/database.py:50|distlib-0.3.9-py2.py3-none-any.whl|468||
filelock|3.17.0|60||filelock/__init__.py filelock/_api.py:14|filelock-3.17.0-py3-none-any.whl|16||>=3.9
platformdirs|4.3.6|80||platformdirs/__init__.py platformdirs/unix.py:10|platformdirs-4.3.6-py3-none-any.whl|18||>=3.8
virtualenv|20.29.2|6300|distlib<1,>=0.3.7 filelock<4,>=3.12.2 platformdirs<5,>=3.9.1|virtualenv/__init__.py virtualenv/seed/wheels/embed/pip-25.0.1-py3-none-any.whl:1800 virtualenv/seed/wheels/embed/setuptools-75.8.0-py3-none-any.whl:1200 virtualenv/seed/wheels/embed/wheel-0.45.1-py3-none-any.whl:72 virtualenv/create/creator.py:10 virtualenv/activation/bash/activate.sh:4|virtualenv-20.29.2-py3-none-any.whl|4200|virtualenv=virtualenv.__main__:run_with_catch|>=3.8
setuptools|75.8.0|4800||setuptools/__init__.py setuptools/_vendor/__init__.py:1900 pkg_resources/__init__.py:130 _distutils_hack/__init__.py distutils-precedence.pth|setuptools-75.8.0-py3-none-any.whl|1200||>=3.9
pipenv|2024.4.1|11800|certifi packaging>=22 setuptools>=67 virtualenv>=20.24.2|pipenv/__init__.py pipenv/cli/command.py:30 pipenv/vendor/__init__.py:5600 pipenv/patched/pip/__init__.py:6100|pipenv-2024.4.1-py3-none-any.whl|3000|pipenv=pipenv:cli,pipenv-resolver=pipenv.resolver:main|>=3.8
`;
