docker pull -q alpine:3.21
docker image inspect alpine:3.21 --format '{{.Os}}/{{.Architecture}} {{.Variant}}'
docker pull --platform linux/arm64 alpine:3.21
docker image inspect alpine:3.21 --format '{{.Os}}/{{.Architecture}}/{{.Variant}}'
docker images
docker run --rm alpine:3.21 uname -m
echo "exit $?"
docker run --rm --platform linux/arm64 alpine:3.21 uname -m
echo "exit $?"
docker run --pull never --platform linux/amd64 alpine:3.21 true
echo "exit $?"
docker create --pull never --platform linux/amd64 alpine:3.21
echo "exit $?"
docker run --rm --platform linux/amd64 alpine:3.21 uname -m
echo "exit $?"
docker run -d --name arm --platform linux/arm/v7 alpine:3.21 sleep 60
docker ps -a --filter name=arm --format '{{.Names}} {{.Status}}'
docker logs arm
docker inspect arm --format '{{.State.ExitCode}} {{.Platform}}'
docker pull --platform linux/mips64le alpine:3.21
echo "exit $?"
docker pull --platform linux/riscv64 alpine:3.18
docker pull --platform 'linux/arm64/v8/x' alpine
echo "exit $?"
docker run --platform foo alpine
echo "exit $?"
docker create --platform 'Linux!/amd64' alpine
echo "exit $?"
printf 'FROM --platform=$BUILDPLATFORM alpine:3.21 AS tools\nARG TARGETPLATFORM BUILDPLATFORM\nRUN echo "built on $BUILDPLATFORM for $TARGETPLATFORM" > /made\nFROM alpine:3.21\nCOPY --from=tools /made /made\n' > Dockerfile
docker build -q --platform linux/arm64 -t crossapp . > /dev/null
docker image inspect crossapp --format '{{.Os}}/{{.Architecture}}/{{.Variant}}'
docker run --rm --platform linux/arm64 crossapp cat /made
echo "exit $?"
docker create --name cross --platform linux/arm64 crossapp > /dev/null
docker cp cross:/made made.txt
cat made.txt
printf 'FROM alpine:3.21\nRUN echo hi\n' > Dockerfile
docker build --progress=plain --platform linux/s390x . 2>&1 | grep -E 'exec|ERROR'
