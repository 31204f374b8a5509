docker pull -q alpine
docker image inspect alpine
docker tag alpine myapp:v1
docker image inspect --format '{{.ID}} {{.Os}}/{{.Architecture}} {{.Size}}' alpine myapp:v1
docker inspect --format '{{.Id}}' alpine
docker image inspect -f '{{json .Config}}' alpine
docker image inspect -f '{{.Config.Env}} {{.RepoTags}} {{index .RepoTags 0}}' myapp:v1
docker inspect -f '{{.Metadata.LastTagTime}}' myapp:v1
docker image inspect -f json alpine
docker image inspect nope
echo $?
docker image inspect -f '{{.ID}}' alpine nope
echo $?
docker inspect nope
echo $?
docker inspect --type image nope
docker inspect --type container alpine
docker inspect --type bogus alpine
docker inspect -f '{{.Nope' alpine
echo $?
