docker run -d --name one alpine:3.21 sleep 3600
docker run -d --name two alpine:3.21 sleep 3600
docker exec one sh -c 'echo hello > /tmp/hello.txt'
printf 'C /etc/motd\n' > ~/predictions/motd-diff.txt
docker exec two sh -c 'echo hi >> /etc/motd'
docker diff two > ~/answers/motd-diff.txt
docker run -d --name lab alpine:3.21 sleep 3600
docker run -d --name control alpine:3.21 sleep 3600
docker exec lab sh -c 'mkdir -p /srv && echo notes > /srv/notes.txt && echo hi >> /etc/motd && rm /etc/shells'
