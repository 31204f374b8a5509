// Lesson 13: the three leaks written in another order and way, and other clean rebuilds (the secret
// from a file by full path, from an environment variable, under another id, mounted as an env
// variable); wrong turns that leave the token in a layer or in history.
import { editor, heredoc, lines, type Journey } from './journey.ts';

const API_KEY = 'ak_be85e447dd83aab870a08f91';
const NPM_TOKEN = 'npm_aca2b0a685af6fd46ae4cccb';
const DEPLOY_TOKEN = 'dk_4e3cf2f94b434bff97c54836';
const release = 'sh acme/release.sh';
const v11 = 'docker build -t acme/app:1.1 acme';

/** Journeys through lesson 13's challenges. */
export const journeys: Journey[] = [
  {
    checkpoint: 'find-all-three',
    name: 'found with inspect, history and a saved layer, appended one by one in another order',
    steps: lines(
      `${release}\ndocker image inspect -f '{{json .Config.Env}}' acme/app:1.0\ndocker history --no-trunc acme/app:1.0\nmkdir -p acme-image && docker save acme/app:1.0 | tar -x -C acme-image\necho ${DEPLOY_TOKEN} > answers/leaks.txt\necho ${API_KEY} >> answers/leaks.txt\necho ${NPM_TOKEN} >> answers/leaks.txt`,
    ),
    expect: 'pass',
  },
  { checkpoint: 'find-all-three', name: 'written in the editor, ending with a blank line', steps: [release, editor('answers/leaks.txt', `${NPM_TOKEN}\n${DEPLOY_TOKEN}\n${API_KEY}\n\n`)], expect: 'pass' },
  { checkpoint: 'find-all-three', name: 'two of the three', steps: [release, editor('answers/leaks.txt', `${API_KEY}\n${DEPLOY_TOKEN}\n`)], expect: /not yet|line/ },
  { checkpoint: 'find-all-three', name: 'the new token in place of the old one', steps: [release, editor('answers/leaks.txt', `${API_KEY}\nnpm_rotated_5c1e2a7d90b34f68aa31\n${DEPLOY_TOKEN}\n`)], expect: /alone on its line|not yet/ },
  {
    checkpoint: 'rebuild-clean',
    name: 'WORKDIR, required=true, the secret file named by its full path (editor)',
    steps: [
      editor('acme/Dockerfile', 'FROM alpine:3.21\nWORKDIR /app\nCOPY src src\nRUN --mount=type=secret,id=npm,required=true sh src/fetch-vendor.sh\nCMD ["sh", "/app/src/run.sh"]\n'),
      'docker build --secret id=npm,src=$HOME/acme/token.txt -t acme/app:1.1 acme',
    ],
    expect: 'pass',
  },
  {
    checkpoint: 'rebuild-clean',
    name: 'the secret from an environment variable, mounted at an explicit target (heredoc)',
    steps: [
      ...heredoc('acme/Dockerfile', 'FROM alpine:3.21\nCOPY src /app/src\nRUN --mount=type=secret,id=npm,target=/run/secrets/npm sh /app/src/fetch-vendor.sh\nCMD ["sh", "/app/src/run.sh"]\n'),
      'export NPM_TOKEN="$(cat acme/token.txt)"',
      'docker build --secret id=npm,env=NPM_TOKEN -t acme/app:1.1 acme',
    ],
    expect: 'pass',
  },
  {
    checkpoint: 'rebuild-clean',
    name: 'another secret id, read with $(cat) inside the RUN, and the whole folder copied with token.txt ignored',
    steps: [
      editor('acme/.dockerignore', 'token.txt\nrelease.sh\n'),
      editor('acme/Dockerfile', 'FROM alpine:3.21\nCOPY . /app\nRUN --mount=type=secret,id=token sh /app/src/fetch-vendor.sh "$(cat /run/secrets/token)"\nCMD ["sh", "/app/src/run.sh"]\n'),
      'docker build --secret id=token,src=acme/token.txt -t acme/app:1.1 acme',
    ],
    expect: 'pass',
  },
  {
    checkpoint: 'rebuild-clean',
    name: 'the secret mounted as an environment variable (env=), given with source=',
    steps: [
      editor('acme/Dockerfile', 'FROM alpine:3.21\nCOPY src /app/src\nRUN --mount=type=secret,id=npm,env=NPM_TOKEN sh /app/src/fetch-vendor.sh "$NPM_TOKEN"\nCMD ["sh", "/app/src/run.sh"]\n'),
      'docker build --secret id=npm,source=./acme/token.txt -t acme/app:1.1 acme',
    ],
    expect: 'pass',
  },
  {
    checkpoint: 'rebuild-clean',
    name: 'the whole folder copied, token.txt with it',
    steps: [editor('acme/Dockerfile', 'FROM alpine:3.21\nCOPY . /app\nRUN --mount=type=secret,id=npm sh /app/src/fetch-vendor.sh\nCMD ["sh", "/app/src/run.sh"]\n'), 'docker build --secret id=npm,src=acme/token.txt -t acme/app:1.1 acme'],
    expect: /token\.txt|secret/,
  },
  {
    checkpoint: 'rebuild-clean',
    name: 'the token passed as an ENV',
    steps: [editor('acme/Dockerfile', 'FROM alpine:3.21\nENV NPM_TOKEN=npm_rotated_5c1e2a7d90b34f68aa31\nCOPY src /app/src\nRUN sh /app/src/fetch-vendor.sh "$NPM_TOKEN"\nCMD ["sh", "/app/src/run.sh"]\n'), v11],
    expect: /config|SecretsUsedInArgOrEnv/,
  },
  {
    checkpoint: 'rebuild-clean',
    name: 'the secret mount, but the build run without --secret',
    steps: [editor('acme/Dockerfile', 'FROM alpine:3.21\nCOPY src /app/src\nRUN --mount=type=secret,id=npm sh /app/src/fetch-vendor.sh\nCMD ["sh", "/app/src/run.sh"]\n'), v11],
    expect: /got no secret to mount/,
  },
];
