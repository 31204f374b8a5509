docker pull alpine
docker images
docker history alpine
