#!/bin/sh
# Installs Debian's buildah and busybox-static (the real engine the Dockerfile builder is checked
# against, and the busybox its alpine stand-in is made of) when missing. Needs root.
set -eu
if command -v buildah >/dev/null 2>&1 && [ -x /usr/bin/busybox ]; then
  echo "buildah: $(buildah --version)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "ensure-buildah: buildah is missing and installing it needs root" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
[ -n "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' 2>/dev/null | head -1)" ] || apt-get update
apt-get install -y --no-install-recommends buildah busybox-static || { apt-get update && apt-get install -y --no-install-recommends buildah busybox-static; }
buildah --version
