docker build -t report:v1 report
echo none > predictions/cached.txt
echo '# reviewed' >> report/src/report.sh
docker build -t report:v1 report
printf 'FROM alpine:3.21\nCOPY packages.txt /app/packages.txt\nRUN xargs apk add --no-cache < /app/packages.txt\nCOPY src /app/src\nRUN apk add --no-cache build-base && sh /app/src/build.sh && apk del build-base\nCMD ["report"]\n' > report/Dockerfile
docker build -t report:v2 report
