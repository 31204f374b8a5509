printf 'FROM alpine:3.20\nRUN echo one\nRUN ls /nope\nRUN echo never\n' > Dockerfile
docker build --progress=plain -t broken .
echo $?
docker images
printf 'FROM alpine:3.20\nRUNN echo hi\n' > Dockerfile
docker build --progress=plain .
printf 'FROM alpine:3.20\nCOPY missing.txt /app/\n' > Dockerfile
docker build --progress=plain .
printf 'FROM alpine:nope\n' > Dockerfile
docker build --progress=plain .
docker build --progress=plain nowhere
docker build --progress=plain -f Nofile .
