docker search alpine
docker search --filter is-official=true --limit 2 o
docker search --filter stars=10000 --format '{{.Name}}: {{.StarCount}}' n
docker search --no-trunc --format '{{.Description}}' nginx
docker search --filter is-official=maybe alpine
docker search --filter foo=bar alpine
docker search --filter stars=many alpine
docker search --limit 101 alpine
docker search --format '{{json .}}' hello
