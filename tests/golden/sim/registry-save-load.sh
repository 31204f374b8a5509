docker pull -q alpine
docker images -q alpine
docker save -o alpine.tar alpine
ls -l alpine.tar
docker rmi alpine
docker load -i alpine.tar
docker images -q alpine
docker save alpine | docker load
docker save nope
docker save alpine:nope
docker load -i missing.tar
docker save $(docker images -q alpine) | docker load -q
docker save -o /nope/x.tar alpine
