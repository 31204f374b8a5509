// Lesson 15: other ways to serve the site twice (an address in -p, --publish with /tcp, nginx moved to
// 8080 by the learner's own Dockerfile) and to fix the ticker (sed, /dev/stderr, the log file linked to
// the container's stdout as nginx's image does); wrong turns on port order, streams and names.
import { editor, heredoc, lines, type Journey } from './journey.ts';

const site = 'docker build -q -t site:v1 site';

// A learner watches the logs for a while; on the simulated clock each line is a turn for the container
// (a single long host sleep lets a background loop run only a step or two: see the lesson's report).
const watch = ['sleep 2', 'docker logs ticker', 'sleep 2', 'docker logs ticker', 'sleep 2', 'docker logs ticker', 'sleep 2', 'docker logs ticker', 'sleep 2', 'docker logs --tail 5 ticker'];

const TICKER_EDITOR = `#!/bin/sh
# ticker: counts the seconds it has been running, on stdout; warnings on stderr.
i=0
while true; do
  i=$((i + 1))
  echo "tick $i"
  if [ $((i % 5)) -eq 0 ]; then
    echo "warn: $i ticks and nobody is reading them" >/dev/stderr
  fi
  sleep 1
done
`;

/** Journeys through lesson 15's challenges. */
export const journeys: Journey[] = [
  {
    checkpoint: 'serve-it',
    name: 'one port bound to 127.0.0.1, the other with --publish and /tcp',
    steps: lines(`${site}\ndocker run -d -p 127.0.0.1:8080:80 --name one site:v1\ndocker run -d --publish 8081:80/tcp site:v1\nsleep 1\ncurl -s 127.0.0.1:8080\ncurl -s localhost:8081`),
    expect: 'pass',
  },
  {
    checkpoint: 'serve-it',
    name: 'site:v1 rebuilt with nginx listening on 8080, as its EXPOSE says (editor)',
    steps: [
      editor('site/Dockerfile', "FROM nginx:alpine\nCOPY index.html /usr/share/nginx/html/index.html\nRUN sed -i 's/listen  *80;/listen 8080;/' /etc/nginx/conf.d/default.conf\nEXPOSE 8080\n"),
      'docker build -t site:v1 site',
      'docker run -d -p 8080:8080 site:v1',
      'docker run -d -p 8081:8080 site:v1',
      'sleep 1',
      'curl -s localhost:8081',
    ],
    expect: 'pass',
  },
  {
    checkpoint: 'serve-it',
    name: 'the page edited after the build, and the containers not rebuilt: they serve the old page',
    steps: [...lines(`${site}\ndocker run -d -p 8080:80 site:v1\ndocker run -d -p 8081:80 site:v1\nsleep 1\ncurl -s localhost:8080`), editor('site/index.html', '<!doctype html>\n<title>Mine</title>\n<h1>My own page</h1>\n')],
    expect: /curl localhost:8080 gets a page from .* that is not ~\/site\/index\.html: line 2 is “<html lang="en">” where your file has “<title>Mine<\/title>”/,
  },
  {
    checkpoint: 'serve-it',
    name: 'the page edited, site:v1 rebuilt and both containers replaced',
    steps: [editor('site/index.html', '<!doctype html>\n<title>Mine</title>\n<h1>My own page</h1>\n'), ...lines(`${site}\ndocker run -d -p 8080:80 --name mine1 site:v1\ndocker run -d -p 8081:80 --name mine2 site:v1\nsleep 1\ncurl -s localhost:8080`)],
    expect: 'pass',
  },
  { checkpoint: 'serve-it', name: 'the ports the wrong way round', steps: lines(`${site}\ndocker run -d -p 80:8080 site:v1\ndocker run -d -p 81:8081 site:v1`), expect: /Nothing is published on port 8080/ },
  { checkpoint: 'serve-it', name: 'the EXPOSEd port trusted: nothing listens on 8080 in the container', steps: lines(`${site}\ndocker run -d -p 8080:8080 site:v1\ndocker run -d -p 8081:8080 site:v1`), expect: /nothing listens there/ },
  { checkpoint: 'serve-it', name: 'one container publishing both ports', steps: lines(`${site}\ndocker run -d -p 8080:80 -p 8081:80 site:v1\nsleep 1\ncurl -s localhost:8081`), expect: /a container of its own/ },
  { checkpoint: 'serve-it', name: 'both served, but nobody asked for the page yet', steps: lines(`${site}\ndocker run -d -p 8080:80 site:v1\ndocker run -d -p 8081:80 site:v1\nsleep 1`), expect: /request for the page/ },
  { checkpoint: 'serve-it', name: '-P: random host ports', steps: lines(`${site}\ndocker run -d -P site:v1\ndocker run -d -P site:v1`), expect: /Nothing is published on port 8080/ },
  {
    checkpoint: 'ticker-logs',
    name: 'the script rewritten in the editor, warnings to /dev/stderr',
    steps: [editor('ticker/ticker.sh', TICKER_EDITOR), 'docker build -t ticker:v2 ticker', 'docker run -d --name ticker ticker:v2', ...watch],
    expect: 'pass',
  },
  {
    checkpoint: 'ticker-logs',
    name: 'the redirections changed with sed, the container started with docker create and start',
    steps: lines(
      "sed -i -e 's|\"tick $i\" >> /var/log/ticker.log|\"tick $i\"|' -e 's|>> /var/log/ticker.log|>\\&2|' ticker/ticker.sh\ncat ticker/ticker.sh\ndocker build -q -t ticker:v2 ticker\ndocker create --name ticker ticker:v2\ndocker start ticker",
    ).concat(watch),
    expect: 'pass',
  },
  {
    checkpoint: 'ticker-logs',
    name: 'warnings to stderr, and the log file linked to the container\'s stdout in the image (heredoc)',
    steps: [
      "sed -i 's|\\(echo \"warn.*\\) >> /var/log/ticker.log|\\1 >\\&2|' ticker/ticker.sh",
      ...heredoc('ticker/Dockerfile', 'FROM alpine:3.21\nRUN mkdir -p /var/log && ln -sf /dev/stdout /var/log/ticker.log\nCOPY ticker.sh /usr/local/bin/ticker\nCMD ["ticker"]\n'),
      'docker build -q -t ticker:v2 ticker',
      'docker run -d --name ticker ticker:v2',
      ...watch,
    ],
    expect: 'pass',
  },
  {
    checkpoint: 'ticker-logs',
    name: 'everything on stdout, warnings included',
    steps: [editor('ticker/ticker.sh', TICKER_EDITOR.replace(' >/dev/stderr', '')), 'docker build -t ticker:v2 ticker', 'docker run -d --name ticker ticker:v2', ...watch],
    expect: /stderr|warnings/,
  },
  {
    checkpoint: 'ticker-logs',
    name: 'the ticker run under another name',
    steps: [editor('ticker/ticker.sh', TICKER_EDITOR), 'docker build -t ticker:v2 ticker', 'docker run -d --name tick ticker:v2', ...watch.map((l) => l.replace('ticker', 'tick'))],
    expect: /ticker/,
  },
  {
    checkpoint: 'ticker-logs',
    name: 'the script fixed but the image not rebuilt',
    steps: lines('docker build -q -t ticker:v2 ticker').concat([editor('ticker/ticker.sh', TICKER_EDITOR), 'docker run -d --name ticker ticker:v2', ...watch]),
    expect: /stdout|differ|rebuild/,
  },
];
