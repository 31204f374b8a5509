docker login -p x --password-stdin -u y
docker login --password-stdin
docker login -u learner1
echo $?
echo secret123 | docker login --password-stdin -u learner1
docker login
docker login -u learner1 -p wrongpass
echo $?
docker login -u library -p secret123
docker logout
docker logout
docker logout localhost:5000
docker login localhost:5000 -u a -p b
docker login a b
