docker --version
docker pull hello-world
docker images
docker pull -q alpine:3.19
docker pull --platform linux/arm64 alpine:3.18
docker imagez
docker pull
docker tag a
