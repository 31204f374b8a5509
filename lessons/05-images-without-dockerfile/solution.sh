docker run --name greeter alpine:3.21 sh -c 'echo hello from a commit > /greeting.txt'
docker commit --change 'CMD ["cat","/greeting.txt"]' greeter greeting:v1
docker tag $(docker images -q greeting:v1) greeting:1.0
echo 2 > ~/predictions/import-layers.txt
docker export greeter | docker import - greeting:flat
docker image inspect -f '{{len .RootFS.Layers}}' greeting:flat > ~/answers/import-layers.txt
docker run --name curlbox alpine:3.21 apk add --no-cache curl
docker commit --change 'CMD ["curl","--version"]' curlbox tools:v1
docker run --name flatbox alpine:3.21 apk add --no-cache curl
docker export flatbox | docker import -c 'CMD ["curl","--version"]' - flat:v1
