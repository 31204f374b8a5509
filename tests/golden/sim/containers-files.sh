docker pull -q alpine
docker create --name c1 alpine
echo hello > note.txt
docker cp note.txt c1:/tmp/
docker cp c1:/etc/hostname ./hostname-copy
docker cp c1:/nope .
docker diff c1
docker export -o c1.tar c1
tar -tf c1.tar | head -3
docker import c1.tar flat:v1
docker history flat:v1
docker volume create data
docker volume ls
docker run --rm -v data:/data alpine sh -c 'echo saved > /data/f'
docker run --rm -v data:/data alpine cat /data/f
docker volume rm data
docker volume inspect -f '{{.Name}} {{.Driver}} {{.Mountpoint}}' data
mkdir site
docker run --rm -v ./site:/out alpine sh -c 'echo from container > /out/index.html'
cat site/index.html
docker volume rm nope
docker rm c1
docker container prune -f
