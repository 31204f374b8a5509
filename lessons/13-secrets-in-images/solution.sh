docker build -q -t demo:v1 demo
docker save -o demo.tar demo:v1
echo no > predictions/deleted.txt
mkdir -p demo-image && tar -xf demo.tar -C demo-image
for f in demo-image/blobs/sha256/*; do tar -tf $f 2>/dev/null | grep credentials; done
echo yes > answers/deleted.txt
sh acme/release.sh
printf 'ak_be85e447dd83aab870a08f91\nnpm_aca2b0a685af6fd46ae4cccb\ndk_4e3cf2f94b434bff97c54836\n' > answers/leaks.txt
printf 'FROM alpine:3.21\nCOPY src /app/src\nRUN --mount=type=secret,id=npm sh /app/src/fetch-vendor.sh\nCMD ["sh", "/app/src/run.sh"]\n' > acme/Dockerfile
docker build -q --secret id=npm,src=acme/token.txt -t acme/app:1.1 acme
