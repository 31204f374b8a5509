docker pull alpine:3.21
docker pull busybox
echo "same as alpine" > ~/predictions/kernel.txt
docker run --rm ubuntu uname -r > ~/answers/ubuntu-kernel.txt
docker run --rm python:3.12-slim cat /etc/os-release
echo debian > ~/answers/distro.txt
docker run --rm python:3.12-slim uname -r > ~/answers/kernel.txt
