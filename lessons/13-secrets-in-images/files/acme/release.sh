#!/bin/sh
# Acme's release script for version 1.0, as it was used in 2023. It makes up the build, builds
# acme/app:1.0, and then deletes everything it made, so nothing secret is left lying around.
set -e
cd "$(dirname "$0")"
version="$(cat VERSION)"
api_key="ak_$(echo "acme api $version" | sha256sum | cut -c1-24)"
npm_token="npm_$(echo "acme npm $version" | sha256sum | cut -c1-24)"
deploy_token="dk_$(echo "acme deploy $version" | sha256sum | cut -c1-24)"
rm -rf build && mkdir build && cp -r src build/src
printf '//npm.acme.example/:_authToken=%s\n' "$deploy_token" > build/.npmrc
cat > build/Dockerfile <<DOCKERFILE
FROM alpine:3.21
ENV ACME_API_KEY=$api_key
ARG NPM_TOKEN
COPY .npmrc /root/.npmrc
COPY src /app/src
RUN sh /app/src/fetch-vendor.sh "\$NPM_TOKEN"
RUN rm /root/.npmrc
CMD ["sh", "/app/src/run.sh"]
DOCKERFILE
docker build -q --build-arg NPM_TOKEN="$npm_token" -t "acme/app:$version" build
rm -rf build
echo "acme/app:$version built; the build folder is gone."
