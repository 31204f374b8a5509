echo 'pipenv is missing, and COPY does not expand ~' > predictions/seed.txt
docker build -t seed seedfix
docker build -q --target build -t report:builder -f report/Dockerfile.stages report
printf 'FROM alpine:3.21 AS build\nENV BUILD_MODE=release\nRUN apk add --no-cache build-base\nCOPY src /app/src\nRUN sh /app/src/build.sh\n\nFROM alpine:3.21\nCOPY packages.txt /app/packages.txt\nRUN xargs apk add --no-cache < /app/packages.txt\nCOPY --from=build /usr/local/bin/report /usr/local/bin/report\nCMD ["report"]\n' > report/Dockerfile
docker build -t report:v3 report
