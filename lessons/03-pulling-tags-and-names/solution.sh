docker pull docker.io/library/alpine:3.20
docker pull alpine
docker pull alpine:3.21
docker images alpine
docker pull alpine@sha256:d0e80e64f69708e1d0ba3b8f6d55e3927f8051f47122cae6b0c2c04961201bea
docker images --digests alpine
docker tag alpine:3.21 localhost:5000/learner/alpine:3.21
docker images
