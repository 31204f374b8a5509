docker pull alpine:3.20
docker pull alpine
docker pull alpine:3.21
docker tag alpine:3.21 localhost:5000/learner/alpine:3.21
echo older > ~/predictions/stable.txt
docker pull nginx:stable
docker pull nginx:latest
docker image inspect -f '{{index .Config.Env 1}}' nginx:stable nginx:latest | cut -d= -f2 > ~/answers/stable.txt
docker pull nginx:1.26-alpine
docker image inspect -f '{{index .RepoDigests 0}}' nginx:1.26-alpine > ~/pins.txt
docker pull --platform linux/arm64 alpine:3.21
docker tag alpine:3.21 alpine:arm64
docker pull --platform linux/amd64 alpine:3.21
