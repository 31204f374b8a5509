docker build -t report:v3 report
docker run -d -p 5000:5000 --name registry registry:2
docker pull alpine:3.21
docker tag alpine:3.21 localhost:5000/base/alpine:3.21
docker push localhost:5000/base/alpine:3.21
echo 0 > predictions/second-tag.txt
docker tag alpine:3.21 localhost:5000/base/alpine:latest
docker push localhost:5000/base/alpine:latest
docker tag report:v3 localhost:5000/team/report:1.0
docker tag report:v3 localhost:5000/team/report:latest
docker push localhost:5000/team/report:1.0
docker push localhost:5000/team/report:latest
echo "FROM localhost:5000/team/report@$(docker inspect -f '{{index .RepoDigests 0}}' localhost:5000/team/report:1.0 | cut -d@ -f2)" > deploy/Dockerfile
echo 'workbook-pass' | docker login -u learner1 --password-stdin
docker tag report:v3 learner1/report:1.0
docker push learner1/report:1.0
docker logout
