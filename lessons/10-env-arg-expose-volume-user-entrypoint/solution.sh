docker build --build-arg ALPINE_VERSION=3.20 -t demo:old demo
echo yes > predictions/rm-volume.txt
docker build -q -t demo:v1 demo
docker volume ls
docker run --rm --name second demo:v1
docker volume ls
echo no > answers/rm-volume.txt
printf 'ARG ALPINE_VERSION=3.21\nFROM alpine:${ALPINE_VERSION}\nRUN adduser -D -H -u 1000 greeter && mkdir /data && chown greeter:greeter /data\nENV GREETING=Hello\nCOPY greet.sh /usr/local/bin/greet\nUSER greeter\nVOLUME /data\nENTRYPOINT ["greet"]\nCMD ["world"]\n' > greeter/Dockerfile
docker build -t greeter:v1 greeter
docker run --rm -v greeter-data:/data greeter:v1
