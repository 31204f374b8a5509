docker pull -q alpine
docker pull -q alpine:3.20
docker tag alpine myapp:v1
docker rmi myapp:v1
docker tag alpine myapp:v1
docker rmi $(docker images -q alpine:latest)
echo $?
docker rmi -f $(docker images -q alpine:latest)
docker images
docker rmi nope alpine:3.20 alsonope
echo $?
docker rmi -f nope
echo $?
docker pull -q alpine
docker image rm alpine
docker images -a
docker rmi Foo
echo $?
