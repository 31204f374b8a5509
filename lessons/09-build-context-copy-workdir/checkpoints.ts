// Lesson 09's checkpoints: the build context, what COPY takes from it, and a working directory that lasts.
// The challenge is graded by the image and the context alone: files present, secrets and clutter absent
// from every layer and from what the builder receives, WORKDIR set, no build-check warnings.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

const TOKEN = 'wbk_live_7f3a9c2e51d84b06';

/** What the learner must reach in lesson 09, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('09-build-context-copy-workdir', {
  checkpoints: [
    {
      id: 'build-site-v0',
      title: 'site:v0 is built from ~/site, everything in the folder copied in',
      kind: 'guided',
      checks: [
        { matcher: 'matchesBuild', params: { ref: 'site:v0', path: 'site/Dockerfile' } },
        { matcher: 'imageFileContains', params: { ref: 'site:v0', path: '/srv/site/index.html' } },
      ],
      hints: [
        'The folder site holds a Dockerfile and the website it copies.',
        'docker build sends the folder you name (the build context) to the builder; COPY . copies all of it.',
        'docker build -t <name:tag> <context folder>',
      ],
      solution: 'docker build -t site:v0 site',
    },
    {
      id: 'predict-pwd',
      title: 'Predict where a site:v0 container starts, then check',
      kind: 'predict',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/pwd.txt', before: '^docker (container )?run\\b.*site:v0 pwd' } },
        { matcher: 'commandUsed', params: { pattern: '^docker (container )?run\\b.*site:v0 pwd\\s*$', hint: 'Now run pwd in a site:v0 container to check your prediction.' } },
        { matcher: 'imageConfigHas', params: { ref: 'site:v0', field: 'WorkingDir', equals: '/' } },
      ],
      hints: [
        'Write your guess into predictions/pwd.txt before you run anything.',
        'Each RUN runs in a fresh shell: a cd in one RUN is gone when that RUN ends.',
        'echo <your guess> > predictions/pwd.txt, then docker run --rm <image> pwd',
      ],
      solution: 'echo / > predictions/pwd.txt\ndocker run --rm site:v0 pwd',
    },
    {
      id: 'clean-site',
      title: 'site:v1 serves its pages from /srv/site with no .env, node_modules or notes in any layer or in the context',
      kind: 'challenge',
      checks: [
        { matcher: 'imageFileContains', params: { ref: 'site:v1', path: '/srv/site/index.html' } },
        { matcher: 'imageFileContains', params: { ref: 'site:v1', path: '/srv/site/assets/logo.svg' } },
        { matcher: 'secretAbsent', params: { ref: 'site:v1', values: [TOKEN], paths: ['.env', 'node_modules', 'notes'] } },
        { matcher: 'contextExcludes', params: { dir: 'site', excluded: ['.env', 'node_modules', 'notes/draft.md'], included: ['index.html', 'assets/logo.svg'] } },
        { matcher: 'imageConfigHas', params: { ref: 'site:v1', field: 'WorkingDir', equals: '/srv/site' }, why: 'site:v1 does not start in /srv/site: RUN cd lasts only until the end of its RUN; another instruction sets a directory that stays.' },
        { matcher: 'dockerfileChecksPass', params: { path: 'site/Dockerfile' } },
      ],
      hints: [
        'Two files decide this: the Dockerfile, and a file beside it that the builder reads before anything is sent.',
        'Files kept out of the build context can never reach a layer; and only WORKDIR sets a directory that lasts beyond one RUN.',
        'A site/.dockerignore listing <the secret file>, <the dependency folder> and <the drafts folder>; WORKDIR <path> in the Dockerfile; then docker build -t <name:tag> site',
      ],
      solution:
        "printf '.env\\nnode_modules\\nnotes\\n' > site/.dockerignore\nprintf 'FROM alpine:3.21\\nWORKDIR /srv/site\\nCOPY . .\\nCMD [\"ls\", \"-a\"]\\n' > site/Dockerfile\ndocker build -t site:v1 site",
    },
  ],
  nearMisses: [
    { script: 'docker build site', checkpoint: 'build-site-v0', expectHint: /site:v0/ },
    {
      script: "printf 'FROM alpine:3.21\\nWORKDIR /srv/site\\nCOPY . .\\nRUN rm -rf .env node_modules notes\\n' > site/Dockerfile\ndocker build -t site:v1 site",
      checkpoint: 'clean-site',
      expectHint: /still contains/,
    },
    {
      script: "printf '.env\\nnode_modules\\nnotes\\n' > site/.dockerignore\ndocker build -t site:v1 site",
      checkpoint: 'clean-site',
      expectHint: /RUN cd lasts only until the end of its RUN/,
    },
    { script: 'docker build -t site:v0 site\ndocker run --rm site:v0 pwd', checkpoint: 'predict-pwd', expectHint: /predictions\/pwd\.txt/ },
  ],
});
