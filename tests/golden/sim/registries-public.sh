docker pull -q registry.k8s.io/pause:3.10
docker pull -q --platform linux/arm64 gcr.io/distroless/static-debian12:nonroot
docker images
docker image inspect gcr.io/distroless/static-debian12:nonroot --format '{{.Architecture}} {{.Config.User}} {{.Config.WorkingDir}}'
docker run --rm gcr.io/distroless/static-debian12:nonroot
docker pull ghcr.io/containerd/busybox:9.9
docker pull quay.io/prometheus/nothing
docker pull nosuch.example.com/team/app:1
printf 'FROM ghcr.io/containerd/busybox:1.36\nRUN echo built on ghcr busybox > /note\nCMD ["cat", "/note"]\n' > Dockerfile
docker build -q -t fromghcr . > /dev/null
docker run --rm fromghcr
printf 'FROM nosuch.example.com/foo\n' > Dockerfile
docker build --progress=plain . 2>&1 | tail -n 1
docker tag fromghcr ghcr.io/learner1/fromghcr:1
docker push ghcr.io/learner1/fromghcr:1
echo secretpw | docker login ghcr.io -u learner1 --password-stdin 2>/dev/null
docker push ghcr.io/learner1/fromghcr:1
docker rmi -f fromghcr ghcr.io/learner1/fromghcr:1 > /dev/null
docker run --rm ghcr.io/learner1/fromghcr:1
