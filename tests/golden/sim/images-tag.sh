docker pull -q alpine
docker tag alpine myapp:v1
docker tag alpine:latest localhost:5000/myapp
docker images
docker tag nope myapp:v2
echo $?
docker tag alpine Foo
echo $?
docker tag Alpine foo
docker tag alpine foo:bad:tag
docker tag alpine foo@sha256:8cc74322ea5aa1634ed76a27c6639528cb25e9ef61e5ffebef48f27043f86dc0
docker tag alpine sha256:v1
docker pull -q alpine:3.20
docker tag alpine:3.20 myapp:v1
docker images myapp
docker image tag $(docker images -q alpine:latest) myapp:byid
docker images myapp
