docker run alpine echo hi
docker run alpine ls /
docker run alpine cat /etc/os-release
docker ps
docker ps -a
docker run alpine foo
echo $?
docker ps -a --format '{{.Command}} {{.Status}}'
docker run --rm -e GREETING=hello -w /tmp alpine sh -c 'echo $GREETING from $(pwd)'
docker ps -a -q | wc -l
