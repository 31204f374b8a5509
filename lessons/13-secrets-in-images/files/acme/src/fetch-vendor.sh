#!/bin/sh
# Fetches Acme's licensed library from the private package registry, which wants a token: the first
# argument, or else the build secret mounted at /run/secrets/npm.
token="${1:-$(cat /run/secrets/npm 2>/dev/null)}"
case "$token" in
  npm_*) mkdir -p /app/vendor && echo "acme vendor lib 4.2 (licensed to Acme)" > /app/vendor/lib.txt ;;
  *) echo "fetch-vendor: 401 Unauthorized: no npm token (pass one, or mount the secret npm)" >&2; exit 1 ;;
esac
