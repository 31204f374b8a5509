// Lesson 16's checkpoints, the capstone: a quick look at the site, a prediction about what that quick
// image carries, then one challenge per property of the shipped image — graded only by the end state.
import { defineLesson, type CheckInput } from '../../src/checkpoints/authoring.ts';

const ALPINE = 'alpine:3.21@sha256:11a85806f6ba33a0c36d769f2a75c07f55b06d856df48414addc190a7bbcb841';
const NGINX = 'nginx:1.27-alpine@sha256:27fb2e3eed1cdbfcc29951dc87da8aad263fdc1416d493ac6f30abd91c6cdcea';
const DEPLOY_KEY = 'dk_live_9b71c2e04fa35d18';
const DOCKERFILE = [
  `FROM ${ALPINE} AS build`,
  'WORKDIR /src',
  'COPY packages.txt .',
  'RUN xargs apk add --no-cache < packages.txt',
  'COPY build.sh .',
  'COPY content content',
  'RUN bash build.sh /out',
  '',
  `FROM ${NGINX}`,
  'COPY nginx.conf /etc/nginx/nginx.conf',
  'COPY --from=build /out /usr/share/nginx/html',
  'USER nginx',
  'EXPOSE 8080',
];
const write = (lines: string[]) => `printf '${lines.join('\\n')}\\n' > capstone/Dockerfile`;
const SHIP = [write(DOCKERFILE), "printf '.env\\n.git\\n' > capstone/.dockerignore", 'docker build -q -t capstone:1.0 capstone'].join('\n');
const RUN = 'docker run -d -p 8080:8080 --name capstone capstone:1.0\nsleep 1\ncurl -s localhost:8080';
const PUSH = 'docker run -d -p 5000:5000 --name registry registry:2\ndocker tag capstone:1.0 localhost:5000/capstone/site:1.0\ndocker push localhost:5000/capstone/site:1.0';
const ship = (id: string, title: string, checks: CheckInput[], hints: [string, string, string], solution: string) => ({ id, title, kind: 'challenge' as const, checks, hints, solution });

/** What the learner must reach in lesson 16, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('16-capstone', {
  checkpoints: [
    {
      id: 'quick-look',
      title: 'capstone:quick is built from ~/capstone/Dockerfile.quick',
      kind: 'guided',
      checks: [{ matcher: 'matchesBuild', params: { ref: 'capstone:quick', path: 'capstone/Dockerfile.quick', context: 'capstone' } }],
      whyFromLog: [{ pattern: '^docker (image )?build\\b.*\\bcapstone/Dockerfile\\.quick\\s*$', hint: 'The last argument of docker build is the context folder, not the Dockerfile: name the file with -f.' }],
      hints: ['The quick Dockerfile is not called Dockerfile.', '-f names the Dockerfile; the last argument is still the context folder.', 'docker build -t <name:tag> -f <file> <context>'],
      solution: 'docker build -q -t capstone:quick -f capstone/Dockerfile.quick capstone',
    },
    {
      id: 'predict-quick',
      title: 'Predict whether capstone:quick serves your .env file, then record what you found',
      kind: 'predict',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/quick-env.txt', before: '^docker (container )?run .*capstone:quick' } },
        { matcher: 'answerFileEquals', params: { path: 'answers/quick-env.txt', expect: { literal: 'yes' }, normalize: ['trim', 'lower'], whenWrong: [{ matches: '^no', hint: 'List /usr/share/nginx/html in a capstone:quick container with ls -a: COPY . copied the whole context.' }] } },
      ],
      hints: ['Write yes or no into predictions/quick-env.txt before you run capstone:quick.', 'COPY . copies the whole build context, hidden files included, unless .dockerignore leaves them out.', 'docker run --rm <image> ls -a <folder>; then echo <yes or no> > answers/quick-env.txt'],
      solution: 'echo no > predictions/quick-env.txt\ndocker run --rm capstone:quick ls -a /usr/share/nginx/html\necho yes > answers/quick-env.txt',
    },
    ship('pinned', 'Every FROM of ~/capstone/Dockerfile names its base by digest', [{ matcher: 'pinnedFrom', params: { path: 'capstone/Dockerfile', stage: 'all', pin: 'digest' } }], [
      'A tag can move; find the name that cannot, for each base.',
      'A digest names content: FROM name:tag@sha256:… builds the same base next year.',
      'FROM <image>:<tag>@<digest>, with the digest docker images --digests shows after a pull',
    ], SHIP),
    ship('staged', 'capstone:1.0 is built in stages and is at most 50 MB with no build tools', [
      { matcher: 'stageCount', params: { path: 'capstone/Dockerfile', min: 2 } },
      { matcher: 'matchesBuild', params: { ref: 'capstone:1.0', path: 'capstone/Dockerfile' } },
      { matcher: 'imageSizeAtMost', params: { ref: 'capstone:1.0', bytes: 50_000_000 } },
      { matcher: 'noBuildTools', params: { ref: 'capstone:1.0', packages: ['bash'] } },
    ], ['build.sh needs bash, the site does not.', 'Build the pages in one stage and copy only the result into the stage that serves them.', 'FROM <base> AS build … RUN <build the pages>; FROM <server> … COPY --from=build <pages> <web root>'], SHIP),
    ship('cache-friendly', 'After an edit to content/index.md, installing the packages stays cached', [
      // The package install, however it is written: from packages.txt, or bash named on the apk line.
      { matcher: 'dockerfileCachesAfterChange', params: { path: 'capstone/Dockerfile', file: 'content/index.md', keepCached: '(packages\\.txt|apk add[^&;|]*\\bbash\\b)' } },
    ], ['Which files change every day, and which almost never?', 'A changed file invalidates the COPY that reads it and every later step; copy packages.txt and install before copying the content.', 'COPY <package list> …, RUN <install>, then COPY <content> …'], SHIP),
    ship('non-root', 'capstone:1.0 runs as a user other than root and says it listens on 8080', [
      { matcher: 'runsAsNonRoot', params: { ref: 'capstone:1.0' } },
      { matcher: 'imageConfigHas', params: { ref: 'capstone:1.0', field: 'ExposedPorts', contains: '8080/tcp' } },
    ], ['nginx:alpine already has a user for nginx; nginx.conf is ready for it.', 'An ordinary user cannot listen below 1024 or write /var/run: the shipped nginx.conf listens on 8080 and keeps its files in /tmp.', 'COPY <the config> <where nginx reads it>; USER <user>; EXPOSE <port>'], SHIP),
    ship('clean', 'No DEPLOY_KEY, .env or .git in capstone:1.0 or in its build context, and no build warnings', [
      { matcher: 'secretAbsent', params: { ref: 'capstone:1.0', values: [DEPLOY_KEY], paths: ['.env', '.git'] } },
      { matcher: 'contextExcludes', params: { dir: 'capstone', excluded: ['.env', '.git'], included: ['content/index.md'] } },
      { matcher: 'dockerfileChecksPass', params: { path: 'capstone/Dockerfile' } },
    ], ['Look at what the quick image carried.', 'What the context sends, COPY can copy; .dockerignore keeps files out of the context itself.', 'printf "<pattern>\\n<pattern>\\n" > <context>/.dockerignore'], SHIP),
    ship('served', 'A container named capstone of capstone:1.0 serves the site on localhost:8080, and its log shows a page served', [
      { matcher: 'containerRunning', params: { name: 'capstone' } },
      { matcher: 'portServes', params: { port: 8080, ancestor: 'capstone:1.0' } },
      // The site's own front page (built from content/index.md), not nginx's default page nor an empty folder's 403.
      { matcher: 'servesFile', params: { port: 8080, path: '/', includes: '<h1>Field notes</h1>' } },
      // A page answered with 200, not only a port that listens: an empty web root answers 403 or 404.
      { matcher: 'containerLogsContain', params: { name: 'capstone', pattern: '"GET /[^ ]* HTTP/1\\.1" 200 ', describe: 'a page served with status 200 (ask it for one)', stream: 'stdout' } },
    ], ['Run it in the background, publish its port and name it; then ask it for a page.', 'nginx listens on 8080 inside the container here, not 80: -p takes the host port, then the container port.', 'docker run -d -p <host port>:<container port> --name <name> <image>'], `${SHIP}\n${RUN}`),
    ship('published', 'localhost:5000/capstone/site:1.0 is capstone:1.0, pushed to your own registry', [
      { matcher: 'pushedToRegistry', params: { ref: 'localhost:5000/capstone/site:1.0', sameAs: 'capstone:1.0' } },
    ], ['Lesson 14 ran a registry of your own.', 'The name of an image picks the registry it is pushed to.', 'docker run -d -p 5000:5000 registry:2; docker tag <image> <host:port>/<path>:<tag>; docker push <that name>'], `${SHIP}\n${PUSH}`),
  ],
  nearMisses: [
    { script: 'docker build -q -t capstone:quick capstone/Dockerfile.quick', checkpoint: 'quick-look', expectHint: /name the file with -f/ },
    { script: 'docker build -q -t capstone:quick -f capstone/Dockerfile.quick capstone\ndocker run --rm capstone:quick ls -a /usr/share/nginx/html\necho yes > predictions/quick-env.txt', checkpoint: 'predict-quick', expectHint: /predictions\/quick-env\.txt|before|answers\/quick-env\.txt/ },
    { script: `${write(DOCKERFILE.map((l) => l.replace(/@sha256:[0-9a-f]+/, '')))}\ndocker build -q -t capstone:1.0 capstone`, checkpoint: 'pinned', expectHint: /not pinned|digest/ },
    { script: `${write([`FROM ${NGINX}`, 'RUN apk add --no-cache bash', 'COPY . /site', 'RUN cd /site && bash build.sh /usr/share/nginx/html', 'COPY nginx.conf /etc/nginx/nginx.conf', 'USER nginx', 'EXPOSE 8080'])}\ndocker build -q -t capstone:1.0 capstone`, checkpoint: 'staged', expectHint: /stage|FROM/ },
    { script: `${write(DOCKERFILE.map((l) => (l === 'COPY packages.txt .' ? 'COPY . .' : l)))}\ndocker build -q -t capstone:1.0 capstone`, checkpoint: 'cache-friendly', expectHint: /packages|again|cache/ },
    { script: `${write(DOCKERFILE.filter((l) => l !== 'USER nginx'))}\ndocker build -q -t capstone:1.0 capstone`, checkpoint: 'non-root', expectHint: /runs as root/ },
    { script: `${write(DOCKERFILE)}\ndocker build -q -t capstone:1.0 capstone`, checkpoint: 'clean', expectHint: /context|\.env|\.git/ },
    { script: `${SHIP}\ndocker run -d -p 8080:80 --name capstone capstone:1.0`, checkpoint: 'served', expectHint: /8080|80/ },
    { script: `${write(DOCKERFILE.map((l) => (l.startsWith('COPY --from=build') ? 'COPY --from=build /out /usr/share/nginx/html/site' : l)))}\n${SHIP.split('\n').slice(1).join('\n')}\n${RUN}`, checkpoint: 'served', expectHint: /nginx's default page/ },
    { script: `${SHIP}\ndocker run -d -p 5000:5000 --name registry registry:2\ndocker tag capstone:1.0 capstone/site:1.0\ndocker push capstone/site:1.0`, checkpoint: 'published', expectHint: /localhost:5000\/capstone\/site/ },
  ],
});
