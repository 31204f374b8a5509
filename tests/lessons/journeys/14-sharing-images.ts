// Lesson 14: other ways to publish report:v3 (a registry without a name, --all-tags, the digest read
// from docker images --digests or from the push, a tag kept beside the digest), other accounts and
// login forms on the Hub; wrong turns on names, pins and credentials left behind.
import { lines, type Journey } from './journey.ts';

const setup = 'docker build -q -t report:v3 report';

/** Journeys through lesson 14's challenges. */
export const journeys: Journey[] = [
  {
    checkpoint: 'publish-report',
    name: 'an unnamed registry, one tag made from the other, --all-tags, the digest from images --digests with the tag kept',
    steps: lines(
      `${setup}\ndocker run -d -p 5000:5000 registry:2\ndocker tag report:v3 localhost:5000/team/report:1.0\ndocker tag localhost:5000/team/report:1.0 localhost:5000/team/report:latest\ndocker push --all-tags localhost:5000/team/report\ndigest=$(docker images --digests --format '{{.Digest}}' localhost:5000/team/report | head -n 1)\necho "FROM localhost:5000/team/report:1.0@$digest" > deploy/Dockerfile\ncat deploy/Dockerfile`,
    ),
    expect: 'pass',
  },
  {
    checkpoint: 'publish-report',
    name: 'docker image tag/push, the digest taken from the push output with grep',
    steps: lines(
      `${setup}\ndocker run -d --name my-registry -p 5000:5000 registry:2\ndocker image tag report:v3 localhost:5000/team/report:latest\ndocker image tag report:v3 localhost:5000/team/report:1.0\ndocker image push localhost:5000/team/report:latest\ndocker image push localhost:5000/team/report:1.0 | tee push.log\nprintf 'FROM localhost:5000/team/report@%s\\nCMD ["report"]\\n' "$(grep -o 'sha256:[0-9a-f]*' push.log | tail -n 1)" > deploy/Dockerfile\ndocker build -q -t deploy:v1 deploy`,
    ),
    expect: 'pass',
  },
  {
    checkpoint: 'publish-report',
    name: 'the Hub digest of alpine in deploy/Dockerfile',
    steps: lines(
      `${setup}\ndocker run -d -p 5000:5000 registry:2\ndocker tag report:v3 localhost:5000/team/report:1.0\ndocker tag report:v3 localhost:5000/team/report:latest\ndocker push -a localhost:5000/team/report\ndocker pull -q alpine:3.21\necho "FROM $(docker inspect -f '{{index .RepoDigests 0}}' alpine:3.21)" > deploy/Dockerfile`,
    ),
    expect: /localhost:5000\/team\/report|digest/,
  },
  {
    checkpoint: 'publish-report',
    name: 'only 1.0 pushed',
    steps: lines(`${setup}\ndocker run -d -p 5000:5000 registry:2\ndocker tag report:v3 localhost:5000/team/report:1.0\ndocker push localhost:5000/team/report:1.0`),
    expect: /latest/,
  },
  {
    checkpoint: 'hub-and-out',
    name: 'another account, --username and -p, docker image push, logout',
    steps: lines(`${setup}\ndocker login --username adalove -p s3cret-pass\ndocker image tag report:v3 adalove/report:1.0\ndocker image push adalove/report:1.0\ndocker logout`),
    expect: 'pass',
  },
  {
    checkpoint: 'hub-and-out',
    name: 'the password from a file, a second tag pushed too, logged out',
    steps: lines(`${setup}\necho 'hunter2-long' > pw.txt\ncat pw.txt | docker login -u grace --password-stdin docker.io\ndocker tag report:v3 grace/report:1.0\ndocker tag report:v3 grace/report:latest\ndocker push -a grace/report\ndocker logout`),
    expect: 'pass',
  },
  {
    checkpoint: 'hub-and-out',
    // As the real CLI: logout docker.io erases credentials saved for "docker.io", but a Hub login saves them for https://index.docker.io/v1/.
    name: 'logged out of "docker.io" by name, which leaves the Hub login in place',
    steps: lines(`${setup}\necho 'hunter2-long' | docker login -u grace --password-stdin\ndocker tag report:v3 grace/report:1.0\ndocker push grace/report:1.0\ndocker logout docker.io`),
    expect: /only docker logout with no server removes/,
  },
  {
    checkpoint: 'hub-and-out',
    name: 'pushed, but still logged in',
    steps: lines(`${setup}\necho pass1234 | docker login -u adalove --password-stdin\ndocker tag report:v3 adalove/report:1.0\ndocker push adalove/report:1.0`),
    expect: /still logged in/,
  },
  {
    checkpoint: 'hub-and-out',
    name: 'logged out before the push',
    steps: lines(`${setup}\necho pass1234 | docker login -u adalove --password-stdin\ndocker tag report:v3 adalove/report:1.0\ndocker logout\ndocker push adalove/report:1.0`),
    expect: /report:1\.0|Hub|push/,
  },
];
