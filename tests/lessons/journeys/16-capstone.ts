// Lesson 16: three more ways to ship the capstone — one written in the editor (bash installed by name,
// a numeric USER, the nginx:alpine tag with its digest, an unnamed registry); one pasted as a heredoc
// with the digests filled in by the shell (digest-only references); one on other bases (alpine 3.20,
// nginx stable) with harmless extra steps and another COPY order — each checked against every
// checkpoint; and wrong turns (unpinned FROM, a secret in a layer or the history, root), each caught
// by the checkpoint it breaks.
import { editor, heredoc, lines, type Journey, type Step } from './journey.ts';

const ALPINE_DIGEST = 'sha256:11a85806f6ba33a0c36d769f2a75c07f55b06d856df48414addc190a7bbcb841';
const NGINX_DIGEST = 'sha256:27fb2e3eed1cdbfcc29951dc87da8aad263fdc1416d493ac6f30abd91c6cdcea';
const SHIPPED = ['pinned', 'staged', 'cache-friendly', 'non-root', 'clean', 'served', 'published'];

const EDITOR_DOCKERFILE = `# syntax=docker/dockerfile:1
FROM alpine:3.21@${ALPINE_DIGEST} AS pages
RUN apk add --no-cache bash
WORKDIR /site
COPY build.sh ./
COPY content/ content/
RUN ./build.sh /html

FROM nginx:1.27-alpine@${NGINX_DIGEST}
COPY --chown=101:101 nginx.conf /etc/nginx/nginx.conf
COPY --from=pages /html/ /usr/share/nginx/html/
EXPOSE 8080/tcp
USER 101
`;

const editorRoute: Step[] = [
  editor('capstone/Dockerfile', EDITOR_DOCKERFILE),
  editor('capstone/.dockerignore', '# keep secrets and history out of the context\n.git/\n.env\nDockerfile*\n'),
  'docker build -t capstone:1.0 capstone',
  'docker run -d --name capstone -p 8080:8080 capstone:1.0',
  'docker run -d -p 5000:5000 registry:2',
  'docker image tag capstone:1.0 localhost:5000/capstone/site:1.0',
  'docker image push localhost:5000/capstone/site:1.0',
  'sleep 1',
  'curl -s localhost:8080',
];

const heredocRoute: Step[] = [
  'docker pull -q alpine:3.21',
  'docker pull -q nginx:1.27-alpine',
  'ALPINE=$(docker inspect -f "{{index .RepoDigests 0}}" alpine:3.21)',
  'NGINX=$(docker inspect -f "{{index .RepoDigests 0}}" nginx:1.27-alpine)',
  'cat > capstone/Dockerfile <<EOF',
  'FROM $ALPINE AS build',
  'WORKDIR /src',
  'COPY packages.txt .',
  'RUN apk add --no-cache \\$(cat packages.txt)',
  'COPY . .',
  'RUN bash build.sh /out',
  'FROM $NGINX',
  'COPY nginx.conf /etc/nginx/nginx.conf',
  'COPY --from=build /out /usr/share/nginx/html',
  'USER nginx:nginx',
  'EXPOSE 8080',
  'EOF',
  'cat capstone/Dockerfile',
  ...heredoc('capstone/.dockerignore', '.env\n**/.git\nnode_modules\n'),
  'cd capstone && docker build -q -t capstone:1.0 . && cd ..',
  'docker run -d -p 5000:5000 --name my-registry registry:2',
  'docker tag capstone:1.0 localhost:5000/capstone/site:1.0',
  'docker push -q localhost:5000/capstone/site:1.0',
  'docker run --detach --publish 8080:8080 --name capstone capstone:1.0',
  'sleep 1',
  'curl -s localhost:8080/about.html',
];

// Other bases (alpine 3.20 to build, nginx's stable branch to serve, both pinned by the digests the shell
// reads), harmless extra steps (LABEL, ENV, a second WORKDIR), the content copied before the script.
const otherBasesRoute: Step[] = [
  'docker pull -q alpine:3.20',
  'docker pull -q nginx:1.26-alpine',
  'BUILDER=$(docker inspect -f "{{index .RepoDigests 0}}" alpine:3.20)',
  'SERVER=$(docker inspect -f "{{index .RepoDigests 0}}" nginx:1.26-alpine)',
  'cat > capstone/Dockerfile <<EOF',
  'FROM $BUILDER AS site',
  'LABEL org.opencontainers.image.title="Field notes (build)"',
  'ENV LANG=C.UTF-8',
  'WORKDIR /work',
  'COPY packages.txt ./',
  'RUN xargs apk add --no-cache < packages.txt',
  'WORKDIR /work/site',
  'COPY content/ content/',
  'COPY build.sh ./',
  'RUN bash ./build.sh /public',
  '',
  'FROM $SERVER',
  'LABEL org.opencontainers.image.title="Field notes"',
  'COPY nginx.conf /etc/nginx/nginx.conf',
  'COPY --from=site /public/ /usr/share/nginx/html/',
  'USER nginx',
  'EXPOSE 8080',
  'EOF',
  ...heredoc('capstone/.dockerignore', '.git\n.env\n'),
  'docker build -q -t capstone:1.0 capstone',
  'docker run -d -p 5000:5000 --name hub registry:2',
  'docker run -d --name capstone -p 8080:8080 capstone:1.0',
  'docker tag capstone:1.0 localhost:5000/capstone/site:1.0',
  'docker push -q localhost:5000/capstone/site:1.0',
  'sleep 1',
  'curl -s localhost:8080/',
];

const routes = (name: string, steps: Step[]): Journey[] => SHIPPED.map((checkpoint) => ({ checkpoint, name, steps, expect: 'pass' as const }));
const good = (change: (line: string) => string) => editor('capstone/Dockerfile', EDITOR_DOCKERFILE.split('\n').map(change).join('\n'));
const buildAndRun = ['docker build -q -t capstone:1.0 capstone', 'docker run -d --name capstone -p 8080:8080 capstone:1.0', 'sleep 1'];
const ignore = editor('capstone/.dockerignore', '.git\n.env\n');

/** Journeys through lesson 16's challenges. */
export const journeys: Journey[] = [
  ...routes('written in the editor: bash by name, numeric USER, an unnamed registry', editorRoute),
  ...routes('pasted as a heredoc, digests filled in by the shell, built from inside the folder', heredocRoute),
  ...routes('alpine 3.20 and nginx stable, LABEL/ENV/two WORKDIRs added, the content copied before the script', otherBasesRoute),
  { checkpoint: 'pinned', name: 'the build stage on plain alpine (latest, no tag at all)', steps: [good((l) => (l.startsWith('FROM alpine') ? 'FROM alpine AS pages' : l)), ignore, ...buildAndRun], expect: /FROM alpine in ~\/capstone\/Dockerfile is not pinned/ },
  { checkpoint: 'pinned', name: 'the build stage pinned by a version tag, not a digest', steps: [good((l) => (l.startsWith('FROM alpine') ? 'FROM alpine:3.21.3 AS pages' : l)), ignore, ...buildAndRun], expect: /FROM alpine:3\.21\.3 .* is not pinned: a tag can be moved/ },
  {
    checkpoint: 'clean',
    name: 'the deploy key handed to the build as a build argument: it stays in the history',
    steps: [good((l) => (l === 'USER 101' ? 'ARG DEPLOY_KEY\nRUN test -n "$DEPLOY_KEY"\nUSER 101' : l)), ignore, 'docker build -q --build-arg DEPLOY_KEY=$(sed -n "s/^DEPLOY_KEY=//p" capstone/.env) -t capstone:1.0 capstone'],
    expect: /its history .* still shows it in "RUN \|1 DEPLOY_KEY=/,
  },
  {
    checkpoint: 'clean',
    name: 'the sources copied into the web root with .env, then deleted by a later RUN: the key stays in the COPY layer',
    steps: [good((l) => (l === 'USER 101' ? 'COPY . /usr/share/nginx/html/src/\nRUN rm -f /usr/share/nginx/html/src/.env\nUSER 101' : l)), editor('capstone/.dockerignore', '.git\n'), ...buildAndRun],
    expect: /the layer of "COPY \. \/usr\/share\/nginx\/html\/src\/.* still contains .*\.env/,
  },
  { checkpoint: 'non-root', name: 'USER root added at the end to fix a permission, and never undone', steps: [good((l) => (l === 'USER 101' ? 'USER 101\nUSER root' : l)), ignore, ...buildAndRun], expect: /runs as root/ },
  { checkpoint: 'pinned', name: 'the nginx stage pinned by tag only', steps: [good((l) => l.replace(`@${NGINX_DIGEST}`, '')), ignore, ...buildAndRun], expect: /not pinned|digest/ },
  {
    checkpoint: 'staged',
    name: 'one stage: bash installed into nginx',
    steps: [editor('capstone/Dockerfile', `FROM nginx:1.27-alpine@${NGINX_DIGEST}\nRUN apk add --no-cache bash\nWORKDIR /site\nCOPY . .\nRUN bash build.sh /usr/share/nginx/html\nCOPY nginx.conf /etc/nginx/nginx.conf\nUSER nginx\nEXPOSE 8080\n`), ignore, ...buildAndRun],
    expect: /stage|FROM/,
  },
  {
    checkpoint: 'staged',
    name: 'two stages, but everything of the first copied over',
    steps: [good((l) => (l.startsWith('COPY --from=pages') ? 'COPY --from=pages / /' : l)), ignore, ...buildAndRun],
    expect: /bash|build tools|MB/,
  },
  { checkpoint: 'cache-friendly', name: 'the content copied before bash is installed', steps: [good((l) => (l === 'RUN apk add --no-cache bash' ? 'COPY content/ content/\nRUN apk add --no-cache bash' : l)), ignore, ...buildAndRun], expect: /bash.*runs again|cache/ },
  { checkpoint: 'non-root', name: 'no USER', steps: [good((l) => (l === 'USER 101' ? '' : l)), ignore, ...buildAndRun], expect: /runs as root/ },
  { checkpoint: 'clean', name: 'no .dockerignore: .git and .env go into the context', steps: [good((l) => l), ...buildAndRun], expect: /context|\.env|\.git/ },
  { checkpoint: 'served', name: 'published to nginx\'s usual port 80', steps: [good((l) => l), ignore, 'docker build -q -t capstone:1.0 capstone', 'docker run -d --name capstone -p 8080:80 capstone:1.0', 'sleep 1'], expect: /nothing listens there/ },
  { checkpoint: 'served', name: 'served, but the container has another name', steps: [good((l) => l), ignore, 'docker build -q -t capstone:1.0 capstone', 'docker run -d --name site -p 8080:8080 capstone:1.0', 'sleep 1'], expect: /capstone/ },
  {
    checkpoint: 'served',
    name: 'the pages copied into a subfolder of the web root: / is nginx\'s default page',
    steps: [good((l) => (l.startsWith('COPY --from=pages') ? 'COPY --from=pages /html/ /usr/share/nginx/html/site/' : l)), ignore, ...buildAndRun, 'curl -s localhost:8080'],
    expect: /nginx's default page/,
  },
  {
    checkpoint: 'served',
    name: 'the pages copied into nginx\'s config folder instead: / is nginx\'s default page',
    steps: [good((l) => (l.startsWith('COPY --from=pages') ? 'COPY --from=pages /html/ /etc/nginx/html/' : l)), ignore, ...buildAndRun, 'curl -s localhost:8080'],
    expect: /nginx's default page/,
  },
  { checkpoint: 'served', name: 'served, then stopped', steps: [good((l) => l), ignore, ...buildAndRun, 'curl -s localhost:8080', 'docker stop capstone'], expect: /exited|not running/ },
  { checkpoint: 'published', name: 'pushed to Docker Hub\'s name instead of the local registry', steps: [good((l) => l), ignore, ...lines('docker build -q -t capstone:1.0 capstone\ndocker run -d -p 5000:5000 registry:2\ndocker tag capstone:1.0 capstone/site:1.0\ndocker push capstone/site:1.0')], expect: /localhost:5000\/capstone\/site/ },
];
