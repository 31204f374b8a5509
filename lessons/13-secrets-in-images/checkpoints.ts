// Lesson 13's checkpoints: look for secrets in a demo image, predict whether a deleted file is still in
// it, find the three secrets acme/app:1.0 leaked, then rebuild the app with a build secret, leaving none.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

// What acme/release.sh put into acme/app:1.0 (a config ENV, a build argument used by RUN, a file
// copied then deleted), and the rotated token the clean build needs.
const API_KEY = 'ak_be85e447dd83aab870a08f91';
const NPM_TOKEN = 'npm_aca2b0a685af6fd46ae4cccb';
const DEPLOY_TOKEN = 'dk_4e3cf2f94b434bff97c54836';
const NEW_TOKEN = 'npm_rotated_5c1e2a7d90b34f68aa31';

const CLEAN = ['FROM alpine:3.21', 'COPY src /app/src', 'RUN --mount=type=secret,id=npm sh /app/src/fetch-vendor.sh', 'CMD ["sh", "/app/src/run.sh"]'];
const build = (lines: string[], flags: string) => `printf '${lines.join('\\n')}\\n' > acme/Dockerfile\ndocker build -q ${flags} -t acme/app:1.1 acme`;

/** What the learner must reach in lesson 13, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('13-secrets-in-images', {
  checkpoints: [
    {
      id: 'save-demo',
      title: '~/demo.tar holds demo:v1, built from ~/demo and saved with docker save',
      kind: 'guided',
      checks: [
        { matcher: 'matchesBuild', params: { ref: 'demo:v1', path: 'demo/Dockerfile' } },
        { matcher: 'fileExists', params: { path: 'demo.tar' } },
      ],
      hints: [
        'Build the demo first, then write it to a file.',
        'docker save writes an image — its config and every layer — into one tar archive, the way it would travel to someone else.',
        'docker build -t <name:tag> <context>, then docker save -o <file> <name:tag>',
      ],
      solution: 'docker build -q -t demo:v1 demo\ndocker save -o demo.tar demo:v1',
    },
    {
      id: 'predict-deleted',
      title: 'Predict whether the file a later step deleted is still in demo.tar, then record what you found',
      kind: 'predict',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/deleted.txt', before: '^tar\\b' } },
        {
          matcher: 'answerFileEquals',
          params: { path: 'answers/deleted.txt', expect: { literal: 'yes' }, normalize: ['trim', 'lower'], whenWrong: [{ matches: '^no', hint: 'List the layer of the COPY step again: credentials.txt is in it; the later layer only hides it with a whiteout.' }] },
        },
      ],
      hints: [
        'Write yes or no into predictions/deleted.txt before you open demo.tar with tar.',
        'Each layer is its own tar. A deletion adds a whiteout (.wh.NAME) to a later layer; the earlier layer is never changed.',
        'mkdir <folder> && tar -xf demo.tar -C <folder>, then tar -tf on each file under <folder>/blobs/sha256; then echo <yes or no> > answers/deleted.txt',
      ],
      solution: 'echo no > predictions/deleted.txt\nmkdir -p demo-image && tar -xf demo.tar -C demo-image\nfor f in demo-image/blobs/sha256/*; do tar -tf $f 2>/dev/null | grep credentials; done\necho yes > answers/deleted.txt',
    },
    {
      id: 'find-all-three',
      title: '~/answers/leaks.txt lists the three secrets acme/app:1.0 gives away, one per line',
      kind: 'challenge',
      checks: [
        {
          matcher: 'answerFileEquals',
          params: {
            path: 'answers/leaks.txt',
            expect: [{ literal: API_KEY }, { literal: NPM_TOKEN }, { literal: DEPLOY_TOKEN }],
            lines: 'set',
            whenWrong: [{ matches: '^(npm_rotated|ACME_API_KEY=|NPM_TOKEN=|//)', hint: 'Write each secret value alone on its line: no NAME= in front, no registry address.' }],
          },
        },
      ],
      hints: [
        'Build acme/app:1.0 with acme/release.sh, then look at it the three ways the demo showed: its config, its history and its layers.',
        'Whoever has an image can read its config (ENV), its history (the build arguments a RUN used) and every layer, including files that a later step deleted.',
        "docker image inspect -f '{{json .Config.Env}}' <image>; docker history --no-trunc <image>; docker save -o <file> <image>, tar -xf, and tar -xOf <layer> <path> to print a file from a layer",
      ],
      solution: `printf '${API_KEY}\\n${NPM_TOKEN}\\n${DEPLOY_TOKEN}\\n' > answers/leaks.txt`,
    },
    {
      id: 'rebuild-clean',
      title: 'acme/app:1.1, built from ~/acme/Dockerfile, has its vendored library and no secret anywhere',
      kind: 'challenge',
      checks: [
        { matcher: 'imageFileContains', params: { ref: 'acme/app:1.1', path: '/app/vendor/lib.txt' } },
        { matcher: 'imageRunPrints', params: { ref: 'acme/app:1.1', pattern: '^acme app: acme vendor lib' } },
        { matcher: 'secretAbsent', params: { ref: 'acme/app:1.1', values: [NEW_TOKEN, API_KEY, NPM_TOKEN, DEPLOY_TOKEN], paths: ['token.txt', '.npmrc'] } },
        { matcher: 'dockerfileChecksPass', params: { path: 'acme/Dockerfile' } },
      ],
      whyFromLog: [
        {
          pattern: '^docker (image |buildx )?build\\b(?!.*--secret\\b).*\\bacme/?\\s*$',
          hint: 'That build got no secret to mount: RUN --mount=type=secret,id=<id> only finds a file when docker build is given --secret id=<id>,src=<file> (or env=<variable>).',
        },
      ],
      hints: [
        'acme/src/fetch-vendor.sh needs the token in only one RUN step; nothing else in the image needs it.',
        'A build secret is mounted as a file for the one RUN that asks for it, and is in no layer, no history and no config afterwards; a later rm cannot take a file out of an earlier layer.',
        'In the Dockerfile: RUN --mount=type=secret,id=<id> <command that reads /run/secrets/<id>>; then docker build --secret id=<id>,src=<file> -t <name:tag> <context>',
      ],
      solution: build(CLEAN, '--secret id=npm,src=acme/token.txt'),
    },
  ],
  nearMisses: [
    { script: 'docker build -q -t demo:v1 demo', checkpoint: 'save-demo', expectHint: /demo\.tar/ },
    { script: 'docker build -q -t demo:v1 demo\ndocker save -o demo.tar demo:v1\necho yes > predictions/deleted.txt\nmkdir d && tar -xf demo.tar -C d\necho no > answers/deleted.txt', checkpoint: 'predict-deleted', expectHint: /whiteout/ },
    { script: `sh acme/release.sh\nprintf '${API_KEY}\\n${NPM_TOKEN}\\n' > answers/leaks.txt`, checkpoint: 'find-all-three', expectHint: /not yet|lines|line/ },
    { script: `sh acme/release.sh\nprintf 'ACME_API_KEY=${API_KEY}\\n${NPM_TOKEN}\\n${DEPLOY_TOKEN}\\n' > answers/leaks.txt`, checkpoint: 'find-all-three', expectHint: /no NAME= in front/ },
    {
      script: build(['FROM alpine:3.21', 'COPY src /app/src', 'COPY token.txt /run/npm', 'RUN sh /app/src/fetch-vendor.sh "$(cat /run/npm)"', 'RUN rm /run/npm', 'CMD ["sh", "/app/src/run.sh"]'], ''),
      checkpoint: 'rebuild-clean',
      expectHint: /COPY token\.txt/,
    },
    {
      script: build(['FROM alpine:3.21', 'ARG NPM_TOKEN', 'COPY src /app/src', 'RUN sh /app/src/fetch-vendor.sh "$NPM_TOKEN"', 'CMD ["sh", "/app/src/run.sh"]'], `--build-arg NPM_TOKEN=${NEW_TOKEN}`),
      checkpoint: 'rebuild-clean',
      expectHint: /history/,
    },
  ],
});
