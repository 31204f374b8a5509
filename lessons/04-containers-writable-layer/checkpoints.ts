// Lesson 04's checkpoints: one container's writes stay in its own layer; a predicted diff; a diff shaped exactly.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

const SHELL_HISTORY = '^/root/\\.ash_history$';

/** What the learner must reach in lesson 04, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('04-containers-writable-layer', {
  checkpoints: [
    {
      id: 'write-in-one',
      kind: 'guided',
      title: 'Container one has /tmp/hello.txt in its own layer; container two does not see it',
      checks: [
        { matcher: 'containerDiffHas', params: { name: 'one', path: '/tmp/hello.txt', kind: 'A' } },
        { matcher: 'containerExists', params: { name: 'two' } },
        { matcher: 'not', params: { check: { matcher: 'containerFileContains', params: { name: 'two', path: '/tmp/hello.txt' } }, why: 'Container two has a /tmp/hello.txt of its own: write the file only in one.' } },
      ],
      hints: [
        'You need two containers of alpine:3.21, named one and two, that keep running.',
        'docker exec runs a command in a running container; what it writes goes into that container\'s layer only.',
        "docker run -d --name <name> alpine:3.21 sleep 3600 (twice), then docker exec one sh -c 'echo hello > /tmp/hello.txt'",
      ],
      solution:
        "docker run -d --name one alpine:3.21 sleep 3600\ndocker run -d --name two alpine:3.21 sleep 3600\ndocker exec one sh -c 'echo hello > /tmp/hello.txt'",
    },
    {
      id: 'motd-diff',
      kind: 'predict',
      title: 'Predict docker diff two after appending to /etc/motd, then record what it shows',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/motd-diff.txt', before: '^docker (container )?diff two' } },
        { matcher: 'containerDiffHas', params: { name: 'two', path: '/etc/motd', kind: 'C' } },
        { matcher: 'answerFileEquals', params: { path: 'answers/motd-diff.txt', expect: [{ literal: 'C /etc' }, { literal: 'C /etc/motd' }], lines: 'set' } },
      ],
      hints: [
        'Write the lines you expect into ~/predictions/motd-diff.txt before you run docker diff two.',
        '/etc/motd is a file of the image: changing it copies it up into the container\'s layer, and its directory shows as changed too.',
        "docker exec two sh -c 'echo hi >> /etc/motd', then docker diff two > ~/answers/motd-diff.txt",
      ],
      solution: "printf 'C /etc/motd\\n' > ~/predictions/motd-diff.txt\ndocker exec two sh -c 'echo hi >> /etc/motd'\ndocker diff two > ~/answers/motd-diff.txt",
    },
    {
      id: 'shape-the-diff',
      kind: 'challenge',
      title: 'lab\'s diff is exactly A /srv/notes.txt, C /etc/motd, D /etc/shells; control still reads /etc/shells; alpine:3.21 has one layer',
      checks: [
        { matcher: 'containerDiffExactly', params: { name: 'lab', entries: ['A /srv/notes.txt', 'C /etc/motd', 'D /etc/shells'], ignore: [SHELL_HISTORY] } },
        { matcher: 'containerFileContains', params: { name: 'control', path: '/etc/shells', includes: '/bin/sh' } },
        { matcher: 'layerCount', params: { ref: 'alpine:3.21', exact: 1 } },
      ],
      hints: [
        'Two containers of alpine:3.21 that stay around; all the changes go into one of them.',
        'Adding, changing and deleting each leave their own mark in a container\'s layer; a container removed with --rm takes its layer with it.',
        'docker run -d --name <name> alpine:3.21 sleep 3600, then docker exec <name> sh -c \'<create a file>; <append to a file>; rm <a file>\'',
      ],
      solution:
        "docker run -d --name lab alpine:3.21 sleep 3600\ndocker run -d --name control alpine:3.21 sleep 3600\ndocker exec lab sh -c 'mkdir -p /srv && echo notes > /srv/notes.txt && echo hi >> /etc/motd && rm /etc/shells'",
    },
  ],
  nearMisses: [
    { script: "docker run -d --name one alpine:3.21 sleep 3600\ndocker exec one sh -c 'echo hello > /tmp/hello.txt'", checkpoint: 'write-in-one', expectHint: /no container named two/ },
    { script: "printf 'C /etc/motd\\n' > ~/predictions/motd-diff.txt\ndocker run -d --name two alpine:3.21 sleep 3600\ndocker exec two sh -c 'echo hi >> /etc/motd'\ndocker diff two\necho 'C /etc/motd' > ~/answers/motd-diff.txt", checkpoint: 'motd-diff', expectHint: /has 1 line; it should have 2/ },
    { script: "docker run -d --name control alpine:3.21 sleep 3600\ndocker run --rm --name lab alpine:3.21 sh -c 'mkdir -p /srv && echo n > /srv/notes.txt && echo hi >> /etc/motd && rm /etc/shells'", checkpoint: 'shape-the-diff', expectHint: /There is no container named lab/ },
    { script: "docker run -d --name control alpine:3.21 sleep 3600\ndocker run -d --name lab alpine:3.21 sleep 3600\ndocker exec lab sh -c 'mkdir -p /srv && echo n > /srv/notes.txt && echo hi >> /etc/motd && echo > /etc/shells'", checkpoint: 'shape-the-diff', expectHint: /does not show D \/etc\/shells; it also shows C \/etc\/shells/ },
  ],
});
