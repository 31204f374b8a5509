docker run -d -p 8080:80 --name web nginx
curl -s localhost:8080 | grep title
curl -sI localhost:8080/nope | head -1
curl -s localhost:9999
echo $?
docker run -d -p 5000:5000 --name reg registry:2
docker pull -q alpine:3.20
docker tag alpine:3.20 localhost:5000/team/base:1
docker push localhost:5000/team/base:1
docker rmi localhost:5000/team/base:1
docker pull localhost:5000/team/base:1
curl -s localhost:5000/v2/_catalog
docker stop web reg
docker ps -a --format '{{.Names}} {{.Status}}'
docker push localhost:5000/team/base:1
