#!/usr/bin/env bash
# Writes the archives buildah makes of a small two-layer image (a file, then a deletion and a new
# directory: a whiteout) as tests/oracle/archives/buildah-{docker,oci}.tar, for the tests that
# `docker load` them. Needs root and buildah. Usage: scripts/oracle/record-archives.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v buildah >/dev/null || { echo "buildah is not installed (apt-get install -y buildah)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
B="buildah --root $work/root --runroot $work/run --storage-driver vfs"
printf 'hello from buildah\n' > "$work/hello.txt"
printf 'deleted in the second layer\n' > "$work/gone.txt"
printf 'second layer\n' > "$work/second.txt"
ctr=$($B from scratch)
$B copy "$ctr" "$work/hello.txt" "$work/gone.txt" / >/dev/null
$B config --env GREETING=hello --label made-by=buildah --cmd '["/hello.txt"]' --workingdir /data "$ctr"
$B commit -q "$ctr" localhost/buildah-made:step1 >/dev/null
ctr=$($B from --pull=never localhost/buildah-made:step1)
mnt=$($B mount "$ctr")
rm "$mnt/gone.txt"
mkdir -p "$mnt/data/sub"
cp "$work/second.txt" "$mnt/data/sub/second.txt"
$B umount "$ctr" >/dev/null
$B commit -q "$ctr" localhost/buildah-made:v1 >/dev/null
out=tests/oracle/archives
mkdir -p "$out"
rm -f "$out/buildah-docker.tar" "$out/buildah-oci.tar"
$B push -q localhost/buildah-made:v1 "docker-archive:$out/buildah-docker.tar:buildah-made:v1"
$B push -q localhost/buildah-made:v1 "oci-archive:$out/buildah-oci.tar:v1"
buildah --version > "$out/buildah-version.txt"
ls -l "$out"
