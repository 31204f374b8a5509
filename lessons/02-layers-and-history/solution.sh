docker pull alpine:3.21
docker pull nginx:alpine
docker history nginx:alpine
docker image inspect --format '{{json .RootFS.Layers}}' alpine:3.21
docker image inspect --format '{{json .RootFS.Layers}}' nginx:alpine
docker images
