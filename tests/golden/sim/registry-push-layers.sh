docker pull -q nginx
docker tag nginx learner1/web
docker push learner1/web
echo secret123 | docker login -u learner1 --password-stdin 2>/dev/null
docker push learner1/web
docker tag nginx learner1/web:v2
docker push -a learner1/web
docker push -q learner1/web:v2
docker push -a learner1/web:v2
