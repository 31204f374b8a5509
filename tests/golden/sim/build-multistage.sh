mkdir src && echo 'int main(){}' > src/main.c && printf 'node_modules\n*.log\n' > .dockerignore && echo x > debug.log
printf 'ARG BASE=alpine:3.20\nFROM $BASE AS build\nARG VERSION=1.0\nRUN mkdir /out && echo "v$VERSION" > /out/version\nCOPY src/ /src/\n\nFROM scratch\nCOPY --from=build /out/version /version\nLABEL org.example.v=1\nENTRYPOINT ["/app"]\n' > Dockerfile
docker build --progress=plain --build-arg VERSION=2.0 -t multi .
docker history multi
docker build --progress=plain --target build -t stage1 .
echo y > debug.log
docker build -q --target build -t stage1 .
docker build --progress=tty -t multi .
