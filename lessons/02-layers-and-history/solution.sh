docker pull alpine:3.21
docker pull nginx:alpine
echo 3 > ~/predictions/python-layers.txt
docker pull python:3.12-alpine
docker image inspect -f '{{len .RootFS.Layers}}' python:3.12-alpine > ~/answers/python-layers.txt
docker image inspect -f '{{index .RootFS.Layers 0}}' python:3.12-alpine > ~/answers/shared-layer.txt
docker rmi alpine:3.21
docker pull alpine:3.21 | grep -o '^[0-9a-f]\{12\}' | head -n 1 > ~/answers/pull-id.txt
echo blob >> ~/answers/pull-id.txt
