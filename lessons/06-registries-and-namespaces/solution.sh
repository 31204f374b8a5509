docker run -d --name clock jpetazzo/clock
echo registry.example.com > ~/predictions/registry-host.txt
docker pull registry.example.com:5000/team/tool || true
echo registry.example.com:5000 > ~/answers/registry-host.txt
printf 'ghcr.io actions/actions-runner\ndocker.io jpetazzo/clock\nlocalhost:5000 team/api\ndocker.io library/nginx\n' > ~/answers/names.txt
docker pull bitnami/wordpress
docker tag bitnami/wordpress cms:community
docker pull wordpress
docker tag wordpress cms:official
