// Lesson 09: other .dockerignore files and Dockerfile orders that keep the site clean, and wrong turns.
import { editor, heredoc, lines, type Journey } from './journey.ts';

/** Journeys through lesson 09's challenge. */
export const journeys: Journey[] = [
  {
    checkpoint: 'clean-site',
    name: 'folders written with a trailing slash, COPY to the absolute path then WORKDIR (editor)',
    steps: [
      editor('site/.dockerignore', '# never send these\n.env\nnode_modules/\nnotes/\n'),
      editor('site/Dockerfile', 'FROM alpine:3.21\nCOPY . /srv/site\nWORKDIR /srv/site\nCMD ["ls", "-a"]\n'),
      'docker build -t site:v1 site',
    ],
    expect: 'pass',
  },
  {
    checkpoint: 'clean-site',
    name: 'an allow-list .dockerignore (everything out, then index.html and assets back), built from inside the folder',
    steps: [...heredoc('site/.dockerignore', '*\n!index.html\n!assets\n'), ...heredoc('site/Dockerfile', 'FROM alpine:3.21\nWORKDIR /srv/site\nCOPY index.html ./\nCOPY assets ./assets\n'), 'cd site', 'docker build -t site:v1 .'],
    expect: 'pass',
  },
  {
    checkpoint: 'clean-site',
    name: 'RUN cd replaced with sed, ** patterns appended with echo',
    steps: lines("echo '**/.env' >> site/.dockerignore\necho 'node_modules' >> site/.dockerignore\necho 'notes/**' >> site/.dockerignore\nsed -i 's|^RUN cd /srv/site$|WORKDIR /srv/site|' site/Dockerfile\ndocker build --tag site:v1 site"),
    expect: 'pass',
  },
  {
    checkpoint: 'clean-site',
    name: 'the secret removed by a later RUN',
    steps: [editor('site/Dockerfile', 'FROM alpine:3.21\nWORKDIR /srv/site\nCOPY . .\nRUN rm -rf .env notes\n'), 'docker build -t site:v1 site'],
    expect: /still contains/,
  },
  {
    checkpoint: 'clean-site',
    name: 'only .env ignored: the dependencies and drafts still go',
    steps: [editor('site/.dockerignore', '.env\n'), editor('site/Dockerfile', 'FROM alpine:3.21\nWORKDIR /srv/site\nCOPY . .\n'), 'docker build -t site:v1 site'],
    expect: /node_modules|notes/,
  },
  {
    checkpoint: 'clean-site',
    name: 'everything ignored but WORKDIR kept as RUN cd',
    steps: lines("printf '.env\\nnotes\\nnode_modules\\n' > site/.dockerignore\ndocker build -t site:v1 site"),
    expect: /RUN cd lasts only until the end of its RUN/,
  },
  {
    checkpoint: 'clean-site',
    name: 'a .dockerignore written in the home folder instead of the context',
    steps: [editor('.dockerignore', '.env\nnotes\nnode_modules\n'), editor('site/Dockerfile', 'FROM alpine:3.21\nWORKDIR /srv/site\nCOPY . .\n'), 'docker build -t site:v1 site'],
    expect: /\.env|context/,
  },
];
