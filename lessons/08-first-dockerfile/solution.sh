docker build -t hello:v1 hello
echo 2 > predictions/layers.txt
docker image inspect -f '{{len .RootFS.Layers}}' hello:v1
echo 2 > answers/layers.txt
docker pull -q alpine:3.21
printf 'FROM alpine:3.21\nRUN echo "Hello from my first image" > /greeting\nCMD ["cat", "/greeting"]\n' > hello/Dockerfile
docker build -t hello:v2 hello
printf 'FROM alpine:3.21\nRUN apk add --no-cache curl\n' > hello/Dockerfile.shell
docker build -t shell:v1 -f hello/Dockerfile.shell hello
