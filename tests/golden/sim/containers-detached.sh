docker pull -q alpine
docker run -d --name web -p 8080:80 alpine sh -c 'echo started; sleep 1000'
docker ps
docker logs web
docker logs -t web
docker port web
docker port web 80
docker port web 81
docker exec web echo inside
docker exec web nope
echo $?
docker run --name web alpine true
echo $?
docker rm web
docker rmi alpine
docker stop web
docker ps -a --format '{{.Names}}: {{.Status}}'
docker exec web ls
docker start web
docker ps --format '{{.Names}} {{.State}}'
docker kill web
docker ps -a --format '{{.Names}} {{.Status}}'
docker rename web site
docker rm site
docker rm site
docker ps -a
