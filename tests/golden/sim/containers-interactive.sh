docker pull -q alpine
docker run -it --name box alpine sh
ls
touch /x
rm /etc/motd
exit
docker ps -a --format '{{.Names}} {{.Status}}'
docker diff box
docker commit -m "add x" -a learner -c 'CMD ["ls","/"]' box mine:v1
docker history mine:v1
docker run --rm mine:v1 ls /x
docker image inspect -f '{{.Config.Cmd}} {{.Comment}} {{.Author}}' mine:v1
docker run -d --name bg alpine sleep 600
docker exec -it bg sh
echo in exec
exit
docker rm -f bg
