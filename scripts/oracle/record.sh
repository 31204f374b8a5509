#!/usr/bin/env bash
# Builds every differential case (tests/oracle/cases/<name>/) in buildah and records, as
# tests/oracle/recorded/<name>.json, the image config fields we compare and the files a container sees
# at the paths listed in tests/oracle/paths.json. Needs root, buildah and the alpine:3.20 stand-in
# (../shared/oracle/alpine-base.sh). Usage: scripts/oracle/record.sh [case…]
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v buildah >/dev/null || { echo "buildah is not installed (apt-get install -y buildah busybox-static)"; exit 1; }
export BUILDAH_ISOLATION=chroot
B="buildah --storage-driver vfs"
$B inspect --type image docker.io/library/alpine:3.20 >/dev/null 2>&1 || bash ../shared/oracle/alpine-base.sh
out=${ORACLE_OUT:-tests/oracle/recorded}
mkdir -p "$out"
cases=("$@"); [ ${#cases[@]} -gt 0 ] || cases=($(ls tests/oracle/cases))
for c in "${cases[@]}"; do
  echo "== $c"
  flags=(); [ -f "tests/oracle/cases/$c/bud-flags" ] && read -ra flags < "tests/oracle/cases/$c/bud-flags"   # e.g. --secret id=…,src=…
  (cd "tests/oracle/cases/$c" && $B bud --format docker --pull=never --isolation chroot --layers "${flags[@]}" -t "localhost/oracle-$c" . >/dev/null)
  config=$($B inspect --type image "localhost/oracle-$c" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const c=JSON.parse(s).Docker.config;const keys=["Env","Cmd","Entrypoint","WorkingDir","ExposedPorts","Volumes","Labels","User","StopSignal","OnBuild","Shell"];const o={};for(const k of keys)o[k]=c[k]??null;process.stdout.write(JSON.stringify(o))})')
  ctr=$($B from --pull=never "localhost/oracle-$c")
  paths=$(node -e "const p=require('./tests/oracle/paths.json');console.log((p['$c']||[]).join('\n'))")
  files='{}'
  while IFS= read -r p; do
    [ -n "$p" ] || continue
    listing=$($B run --isolation chroot "$ctr" -- sh -c "if [ -d '$p' ]; then cd '$p' && find . | sort | while read f; do stat -c '%n %a %u:%g' \"\$f\"; done; elif [ -e '$p' ]; then stat -c '%a %u:%g' '$p'; cat '$p'; else echo MISSING; fi" </dev/null 2>&1 || true)
    files=$(node -e 'const f=JSON.parse(process.argv[1]);f[process.argv[2]]=process.argv[3];console.log(JSON.stringify(f))' "$files" "$p" "$listing")
  done <<< "$paths"
  $B rm "$ctr" >/dev/null
  node -e 'const [c,f,v]=process.argv.slice(1);console.log(JSON.stringify({buildah:v,config:JSON.parse(c),files:JSON.parse(f)},null,2))' "$config" "$files" "$(buildah --version)" > "$out/$c.json"
done
