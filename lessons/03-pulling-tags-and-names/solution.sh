docker pull docker.io/library/alpine:3.20
docker pull alpine
docker pull alpine:3.21
docker images alpine
docker pull alpine@sha256:d3bc01edad309d7d49617391fcdf580541172abb4e3a605725e425527956d7cd
docker images --digests alpine
docker tag alpine:3.21 localhost:5000/learner/alpine:3.21
docker images
