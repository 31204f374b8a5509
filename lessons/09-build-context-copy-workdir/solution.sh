docker build -t site:v0 site
echo / > predictions/pwd.txt
docker run --rm site:v0 pwd
printf '.env\nnode_modules\nnotes\n' > site/.dockerignore
printf 'FROM alpine:3.21\nWORKDIR /srv/site\nCOPY . .\nCMD ["ls", "-a"]\n' > site/Dockerfile
docker build -t site:v1 site
