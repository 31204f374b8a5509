// Lesson 15's checkpoints: logs kept per stream, a program that hides its output in a file, ports
// published host-first; challenges graded by the network's state, the containers' logs and diffs.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

/** What the learner must reach in lesson 15, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('15-logs-and-ports', {
  checkpoints: [
    {
      id: 'nginx-logs',
      title: 'An nginx container serves port 8080 and its logs show it starting',
      kind: 'guided',
      checks: [
        { matcher: 'portServes', params: { port: 8080, ancestor: 'nginx:alpine' } },
        { matcher: 'containerLogsContain', params: { ancestor: 'nginx:alpine', pattern: 'start worker process', describe: 'nginx starting its workers', stream: 'stderr' } },
      ],
      hints: [
        'Start nginx in the background with its port published, then ask it for a page.',
        'A container\'s logs are what its main process prints; nginx prints one line per request on stdout.',
        'docker run -d -p <host port>:<container port> --name <name> nginx:alpine, then curl localhost:<host port> and docker logs <name>',
      ],
      solution: 'docker run -d -p 8080:80 --name web nginx:alpine\nsleep 1\ncurl -s localhost:8080',
    },
    {
      id: 'predict-expose',
      title: 'Predict whether EXPOSE 8080 makes nginx answer on 8080, then try it',
      kind: 'predict',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/expose.txt', before: '^docker (container )?run\\b.*-p 8080:8080.*site:v1' } },
        { matcher: 'containerExists', params: { ancestor: 'site:v1' } },
        { matcher: 'commandUsed', params: { pattern: '^curl\\b.*localhost:8080', hint: 'Now ask localhost:8080 for the page to check your prediction.' } },
      ],
      hints: [
        'Write yes or no into predictions/expose.txt before you run the container.',
        'EXPOSE is a note in the image; what a program inside listens on is decided by its own configuration.',
        'echo <yes|no> > predictions/expose.txt, then docker run -d -p 8080:8080 <image> and curl localhost:8080',
      ],
      solution: 'echo no > predictions/expose.txt\ndocker rm -f web\ndocker build -q -t site:v1 site\ndocker run -d -p 8080:8080 --name site-try site:v1\ncurl -sS localhost:8080 || echo no answer',
    },
    {
      id: 'serve-it',
      title: 'localhost:8080 and localhost:8081 serve site:v1, each from its own container, and a log shows a page served',
      kind: 'challenge',
      checks: [
        { matcher: 'portServes', params: { port: 8080, ancestor: 'site:v1' } },
        { matcher: 'portServes', params: { port: 8081, ancestor: 'site:v1', apartFrom: 8080 } },
        { matcher: 'servesFile', params: { port: 8080, file: 'site/index.html' } },
        { matcher: 'servesFile', params: { port: 8081, file: 'site/index.html' } },
        { matcher: 'containerLogsContain', params: { ancestor: 'site:v1', pattern: '"GET / HTTP/1\\.1" 200', describe: 'a request for the page answered with 200', stream: 'stdout' } },
      ],
      hints: [
        'Each host port can be published by one container, and each must lead to the port nginx really uses.',
        'Publishing is -p HOST:CONTAINER, host port first; EXPOSE changes nothing about where nginx listens.',
        'docker run -d -p <8080 or 8081>:<the port nginx listens on> <image> (twice), then curl one of them',
      ],
      solution: 'docker rm -f site-try\ndocker run -d -p 8080:80 --name site1 site:v1\ndocker run -d -p 8081:80 --name site2 site:v1\nsleep 1\ncurl -s localhost:8081',
    },
    {
      id: 'ticker-logs',
      title: 'A running ticker container of ticker:v2 logs ticks on stdout and warnings on stderr, and writes no log file',
      kind: 'challenge',
      checks: [
        { matcher: 'containerRunning', params: { name: 'ticker' } },
        { matcher: 'containerLogsContain', params: { name: 'ticker', pattern: '^tick \\d+', describe: 'its ticks', stream: 'stdout' } },
        { matcher: 'containerLogsContain', params: { name: 'ticker', pattern: '^warn', describe: 'its warnings', stream: 'stderr' } },
        { matcher: 'not', params: { check: { matcher: 'containerDiffHas', params: { name: 'ticker', path: '/var/log/ticker.log', kind: 'A' } }, why: 'The ticker container still writes /var/log/ticker.log: docker logs shows only stdout and stderr.' } },
        { matcher: 'matchesBuild', params: { ref: 'ticker:v2', path: 'ticker/Dockerfile' } },
      ],
      hints: [
        'The program is fine; only where it writes is wrong. Change ticker.sh, rebuild, and run it under the name ticker.',
        'docker logs shows a process\'s standard output and standard error; a redirection to a file hides a line from both.',
        'In ticker.sh, echo the ticks with no redirection and the warnings with >&2; then docker build -t <name:tag> ticker and docker run -d --name ticker <image>',
      ],
      solution:
        "printf '#!/bin/sh\\ni=0\\nwhile true; do\\n  i=$((i + 1))\\n  echo \"tick $i\"\\n  if [ $((i %% 5)) -eq 1 ]; then echo \"warn: $i ticks\" >&2; fi\\n  sleep 1\\ndone\\n' > ticker/ticker.sh\ndocker build -q -t ticker:v2 ticker\ndocker run -d --name ticker ticker:v2\nsleep 6",
    },
  ],
  nearMisses: [
    { script: 'docker run -d --name web nginx:alpine\ncurl -s localhost:8080', checkpoint: 'nginx-logs', expectHint: /Nothing is published on port 8080/ },
    { script: 'docker build -q -t site:v1 site\ndocker run -d -p 8080:8080 --name site-try site:v1', checkpoint: 'predict-expose', expectHint: /predictions\/expose\.txt/ },
    { script: 'docker build -q -t site:v1 site\ndocker run -d -p 80:8080 --name s1 site:v1', checkpoint: 'serve-it', expectHint: /Nothing is published on port 8080/ },
    { script: 'docker build -q -t site:v1 site\ndocker run -d -p 8080:8080 --name s1 site:v1', checkpoint: 'serve-it', expectHint: /nothing listens there/ },
    { script: "docker build -q -t site:v1 site\ndocker run -d -p 8080:80 --name s1 site:v1\ndocker run -d -p 8081:80 --name s2 site:v1\nsed -i 's/Served by nginx/Served by my nginx/' site/index.html", checkpoint: 'serve-it', expectHint: /is not ~\/site\/index\.html: line 4/ },
    { script: 'docker build -q -t ticker:v2 ticker\ndocker run -d --name ticker ticker:v2\nsleep 6', checkpoint: 'ticker-logs', expectHint: /do not show its ticks on stdout/ },
  ],
});
