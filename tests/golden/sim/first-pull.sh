docker pull alpine
docker images
docker pull alpine
docker pull alpine:3.20
docker image ls
docker images alpine:3.*
docker history alpine
docker pull nope
docker pull alpine:9.9
docker pull Alpine
docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}'
docker images -q
doker images
echo $?
