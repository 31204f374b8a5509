docker login
docker login -p x
docker login -u bob -p abc
docker login -u learner1 -p secret123
cat ~/.docker/config.json
docker pull -q alpine
docker tag alpine learner1/app:v1
docker push learner1/app:v1
docker push learner1/app:v1
docker tag alpine learner1/app2
docker push learner1/app2
docker push otheruser/app
docker tag alpine otheruser/app
docker push otheruser/app
docker push learner1/app:nope
docker search app
docker logout
docker push learner1/app:v1
docker rmi learner1/app:v1
docker pull learner1/app:v1
docker push localhost:5000/app
docker tag alpine localhost:5000/app
docker push localhost:5000/app
docker pull localhost:5000/app
