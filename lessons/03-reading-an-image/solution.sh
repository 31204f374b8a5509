docker pull nginx:alpine
docker image inspect -f '{{.Config.StopSignal}}' nginx:alpine > ~/answers/nginx-stop.txt
echo no > ~/predictions/postgres-rows.txt
docker pull postgres:17-alpine
docker history -q postgres:17-alpine | wc -l > ~/answers/postgres-rows.txt
docker image inspect -f '{{range $k, $v := .Config.Volumes}}{{$k}}{{end}}' postgres:17-alpine > ~/answers/postgres.txt
docker image inspect -f '{{range $k, $v := .Config.ExposedPorts}}{{$k}}{{end}}' postgres:17-alpine >> ~/answers/postgres.txt
docker image inspect -f '{{.Config.StopSignal}}' postgres:17-alpine >> ~/answers/postgres.txt
docker image inspect -f '{{len .RootFS.Layers}}' postgres:17-alpine >> ~/answers/postgres.txt
