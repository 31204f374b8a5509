docker pull -q alpine
docker image prune
echo $?
echo n | docker image prune -a
echo $?
echo y | docker image prune
docker image prune -f
docker image prune -f --filter bogus=1
docker image prune -af --filter until=24h
docker image prune -af --filter label=nope
docker image prune -af
docker images
