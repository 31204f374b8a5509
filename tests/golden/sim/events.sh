docker pull -q alpine:3.21
docker run --rm --name once alpine:3.21 true
docker run -d --name web -l app=demo alpine:3.21 sleep 30
docker pause web
docker unpause web
docker stop web
docker volume create data
docker tag alpine:3.21 base:v1
docker rmi base:v1
docker events --since 0 --until 0s
docker events --since 10s --until 0s --format '{{.Type}} {{.Action}} {{.Actor.ID}}'
docker events --since 0 --until 0s --filter container=web --filter event=kill --format '{{json .Actor.Attributes}}'
docker events --since 2026-01-01T00:00:03Z --until 2026-01-01T00:00:04Z --format '{{.Action}} {{.TimeNano}}'
docker start web
docker restart -t 0 web
docker events --since 1s --until 0s --format '{{.Action}}'
docker events --filter event=die --format '{{.Actor.Attributes.name}} died with {{.Actor.Attributes.exitCode}} after {{.Actor.Attributes.execDuration}}s'
echo "exit $?"
docker events --format '{{.Nope}}'
echo "exit $?"
docker events --since yesterday
echo "exit $?"
docker commit -m snapshot web web:snap
docker save -o web.tar web:snap
docker load -i web.tar
docker export web -o web-fs.tar
docker import web-fs.tar flat:1
docker events --since 40s --until 0s --format '{{.Type}} {{.Action}} {{.Actor.Attributes.name}} {{.Actor.Attributes.imageRef}}'
