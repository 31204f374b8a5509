#!/bin/sh
# Installs the report tool. A real project would compile something here, so the build needs the C
# toolchain from build-base; the finished image only needs the script and curl.
set -e
command -v gcc >/dev/null || { echo "build.sh: gcc not found: install build-base first" >&2; exit 1; }
cp /app/src/report.sh /usr/local/bin/report
chmod 755 /usr/local/bin/report
echo "build.sh: installed /usr/local/bin/report"
