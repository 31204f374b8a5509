docker run -d -p 8080:80 --name web nginx:alpine
sleep 1
curl -s localhost:8080
echo no > predictions/expose.txt
docker rm -f web
docker build -q -t site:v1 site
docker run -d -p 8080:8080 --name site-try site:v1
curl -sS localhost:8080 || echo no answer
docker rm -f site-try
docker run -d -p 8080:80 --name site1 site:v1
docker run -d -p 8081:80 --name site2 site:v1
sleep 1
curl -s localhost:8081
printf '#!/bin/sh\ni=0\nwhile true; do\n  i=$((i + 1))\n  echo "tick $i"\n  if [ $((i %% 5)) -eq 1 ]; then echo "warn: $i ticks" >&2; fi\n  sleep 1\ndone\n' > ticker/ticker.sh
docker build -q -t ticker:v2 ticker
docker run -d --name ticker ticker:v2
sleep 6
