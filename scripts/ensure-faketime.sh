#!/bin/sh
# Installs Debian's faketime (the test command runs the unit suite with the clock moved a year either
# way, so no test may depend on today's date) when missing. Needs root.
set -eu
if command -v faketime >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-faketime: faketime is missing and installing it needs root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends faketime || { apt-get update && apt-get install -y --no-install-recommends faketime; }
