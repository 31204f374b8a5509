mkdir app && cd app
printf 'FROM alpine:3.20\nWORKDIR /app\nCOPY . .\nRUN echo hello from $HOSTNAME && ls\nENV PORT=8080\nEXPOSE 8080\nCMD node server.js\n' > Dockerfile
echo 'console.log(1)' > server.js
docker build --progress=plain -t myapp .
echo $?
docker build --progress=plain -t myapp .
echo 'console.log(2)' > server.js
docker build --progress=plain -t myapp:v2 .
docker images
docker history myapp
docker build -q .
docker image inspect -f '{{json .Config}}' myapp
