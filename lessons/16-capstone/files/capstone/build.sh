#!/bin/bash
# Turns content/*.md into HTML pages in the folder named by $1 (a heading line becomes <h1>, the rest <p>).
set -euo pipefail
out="${1:?usage: build.sh OUTPUT-DIR}"
mkdir -p "$out"
for page in content/*.md; do
  name="$(basename "$page" .md)"
  { echo '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Field notes</title></head><body>'
    sed -e 's|^# \(.*\)$|<h1>\1</h1>|' -e '/^<h1>/!s|^\(..*\)$|<p>\1</p>|' "$page"
    echo '</body></html>'; } > "$out/$name.html"
done
echo "built $(ls "$out" | wc -l) pages into $out"
