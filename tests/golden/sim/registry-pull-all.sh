docker pull -a hello-world
docker images hello-world
docker pull -a hello-world:latest
docker pull -a nosuchrepo
