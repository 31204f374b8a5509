docker build -q -t capstone:quick -f capstone/Dockerfile.quick capstone
echo no > predictions/quick-env.txt
docker run --rm capstone:quick ls -a /usr/share/nginx/html
echo yes > answers/quick-env.txt
printf 'FROM alpine:3.21@sha256:11a85806f6ba33a0c36d769f2a75c07f55b06d856df48414addc190a7bbcb841 AS build\nWORKDIR /src\nCOPY packages.txt .\nRUN xargs apk add --no-cache < packages.txt\nCOPY build.sh .\nCOPY content content\nRUN bash build.sh /out\n\nFROM nginx:1.27-alpine@sha256:27fb2e3eed1cdbfcc29951dc87da8aad263fdc1416d493ac6f30abd91c6cdcea\nCOPY nginx.conf /etc/nginx/nginx.conf\nCOPY --from=build /out /usr/share/nginx/html\nUSER nginx\nEXPOSE 8080\n' > capstone/Dockerfile
printf '.env\n.git\n' > capstone/.dockerignore
docker build -q -t capstone:1.0 capstone
docker run -d -p 8080:8080 --name capstone capstone:1.0
sleep 1
curl -s localhost:8080
docker run -d -p 5000:5000 --name registry registry:2
docker tag capstone:1.0 localhost:5000/capstone/site:1.0
docker push localhost:5000/capstone/site:1.0
