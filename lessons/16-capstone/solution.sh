docker build -q -t capstone:quick -f capstone/Dockerfile.quick capstone
echo no > predictions/quick-env.txt
docker run --rm capstone:quick ls -a /usr/share/nginx/html
echo yes > answers/quick-env.txt
printf 'FROM alpine:3.21@sha256:8cdc4d51915fb643938fc4a9c67c6d9389926a51be34344cb8c8c8fa4ad07c61 AS build\nWORKDIR /src\nCOPY packages.txt .\nRUN xargs apk add --no-cache < packages.txt\nCOPY build.sh .\nCOPY content content\nRUN bash build.sh /out\n\nFROM nginx:1.27-alpine@sha256:8151b51f8437d0e13134dbbacd52888b885599667c7d5376d96aef5ff7b12322\nCOPY nginx.conf /etc/nginx/nginx.conf\nCOPY --from=build /out /usr/share/nginx/html\nUSER nginx\nEXPOSE 8080\n' > capstone/Dockerfile
printf '.env\n.git\n' > capstone/.dockerignore
docker build -q -t capstone:1.0 capstone
docker run -d -p 8080:8080 --name capstone capstone:1.0
sleep 1
curl -s localhost:8080
docker run -d -p 5000:5000 --name registry registry:2
docker tag capstone:1.0 localhost:5000/capstone/site:1.0
docker push localhost:5000/capstone/site:1.0
