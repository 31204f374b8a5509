// Lesson 14's checkpoints: a registry of one's own, a second tag that uploads nothing, then challenges
// graded by what the registries hold, how a Dockerfile pins its base, and the CLI's stored credentials.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

/** What the learner must reach in lesson 14, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('14-sharing-images', {
  checkpoints: [
    {
      id: 'own-registry',
      title: 'Your registry on localhost:5000 holds base/alpine:3.21',
      kind: 'guided',
      checks: [
        { matcher: 'containerRunning', params: { name: 'registry' } },
        { matcher: 'pushedToRegistry', params: { ref: 'localhost:5000/base/alpine:3.21', sameAs: 'alpine:3.21' } },
      ],
      hints: [
        'The registry:2 image is a registry server; run it with its port published.',
        'The image name picks the registry: a name that starts with localhost:5000/ is pushed there; docker tag adds such a name.',
        'docker run -d -p 5000:5000 --name registry registry:2, then docker tag <image> localhost:5000/<path>:<tag> and docker push <that name>',
      ],
      solution: 'docker build -q -t report:v3 report\ndocker run -d -p 5000:5000 --name registry registry:2\ndocker pull alpine:3.21\ndocker tag alpine:3.21 localhost:5000/base/alpine:3.21\ndocker push localhost:5000/base/alpine:3.21',
    },
    {
      id: 'second-tag',
      title: 'Predict how many layers a second tag uploads, then push it',
      kind: 'predict',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/second-tag.txt', before: '^docker (image )?push\\b.*localhost:5000/base/alpine:latest' } },
        { matcher: 'pushedToRegistry', params: { ref: 'localhost:5000/base/alpine:latest', sameAs: 'alpine:3.21' } },
      ],
      hints: [
        'Write your guess into predictions/second-tag.txt before you push.',
        'A registry stores each layer once, by digest; a push only sends what is missing.',
        'echo <number> > predictions/second-tag.txt, then docker tag <image> <name:latest> and docker push <name:latest>',
      ],
      solution: 'echo 0 > predictions/second-tag.txt\ndocker tag alpine:3.21 localhost:5000/base/alpine:latest\ndocker push localhost:5000/base/alpine:latest',
    },
    {
      id: 'publish-report',
      title: 'localhost:5000/team/report has 1.0 and latest, both report:v3, and ~/deploy/Dockerfile is pinned to it by digest',
      kind: 'challenge',
      checks: [
        { matcher: 'pushedToRegistry', params: { ref: 'localhost:5000/team/report:1.0', sameAs: 'report:v3' } },
        { matcher: 'pushedToRegistry', params: { ref: 'localhost:5000/team/report:latest', sameAs: 'report:v3' } },
        { matcher: 'pinnedFrom', params: { path: 'deploy/Dockerfile', pin: 'digest', resolvesTo: 'localhost:5000/team/report:1.0' } },
        { matcher: 'dockerfileBuilds', params: { path: 'deploy/Dockerfile' } },
      ],
      whyFromLog: [{ pattern: '^docker (image )?push\\s+report(:|\\s|$)', hint: 'That name means docker.io/library/report: the registry is part of the name, so name it for localhost:5000 first.' }],
      hints: [
        'Three things: two names in your registry, and a Dockerfile that refers to what you pushed without a tag.',
        'A tag can move; a digest names exactly one manifest in one registry, and the push prints the digest that registry stores.',
        'docker tag <image> localhost:5000/<path>:<tag> (twice), docker push each, then FROM localhost:5000/<path>@sha256:<digest> in deploy/Dockerfile',
      ],
      solution:
        'docker tag report:v3 localhost:5000/team/report:1.0\ndocker tag report:v3 localhost:5000/team/report:latest\ndocker push localhost:5000/team/report:1.0\ndocker push localhost:5000/team/report:latest\necho "FROM localhost:5000/team/report@$(docker inspect -f \'{{index .RepoDigests 0}}\' localhost:5000/team/report:1.0 | cut -d@ -f2)" > deploy/Dockerfile',
    },
    {
      id: 'hub-and-out',
      title: 'Docker Hub has report:1.0 under your account, the same image as report:v3, and you are logged out',
      kind: 'challenge',
      checks: [
        { matcher: 'pushedToRegistry', params: { ref: '{user}/report:1.0', sameAs: 'report:v3' } },
        { matcher: 'loggedIn', params: { registry: 'docker.io', expect: false } },
      ],
      hints: [
        'Docker Hub only lets you push into your own namespace, and only once you are logged in.',
        'A Hub name is <account>/<repository>:<tag>; a login stores credentials on this machine until you log out again.',
        'echo <password> | docker login -u <account> --password-stdin, docker tag <image> <account>/<repo>:<tag>, docker push <that name>, then log <out>',
      ],
      solution: "echo 'workbook-pass' | docker login -u learner1 --password-stdin\ndocker tag report:v3 learner1/report:1.0\ndocker push learner1/report:1.0\ndocker logout",
    },
  ],
  nearMisses: [
    { script: 'docker run -d -p 5000:5000 --name registry registry:2\ndocker pull -q alpine:3.21\ndocker push alpine:3.21', checkpoint: 'own-registry', expectHint: /has no localhost:5000\/base\/alpine:3\.21/ },
    { script: 'docker run -d -p 5000:5000 --name registry registry:2\ndocker pull -q alpine:3.21\ndocker tag alpine:3.21 localhost:5000/base/alpine:latest\ndocker push localhost:5000/base/alpine:latest', checkpoint: 'second-tag', expectHint: /predictions\/second-tag\.txt/ },
    { script: 'docker build -q -t report:v3 report\ndocker push report:v3', checkpoint: 'publish-report', expectHint: /docker\.io\/library\/report/ },
    {
      script: "docker build -q -t report:v3 report\necho 'workbook-pass' | docker login -u learner1 --password-stdin\ndocker tag report:v3 learner1/report:1.0\ndocker push learner1/report:1.0",
      checkpoint: 'hub-and-out',
      expectHint: /still logged in/,
    },
    {
      script: 'docker run -d -p 5000:5000 --name registry registry:2\ndocker build -q -t report:v3 report\ndocker tag report:v3 localhost:5000/team/report:1.0\ndocker tag report:v3 localhost:5000/team/report:latest\ndocker push localhost:5000/team/report:1.0\ndocker push localhost:5000/team/report:latest\necho "FROM localhost:5000/team/report:1.0" > deploy/Dockerfile',
      checkpoint: 'publish-report',
      expectHint: /digest/,
    },
  ],
});
