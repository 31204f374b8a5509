// Lesson 03's checkpoints: reading nginx:alpine's config, a prediction about history rows, a dossier on postgres.
import { defineLesson } from '../../src/checkpoints/authoring.ts';

const POSTGRES = 'postgres:17-alpine';

/** What the learner must reach in lesson 03, and the wrong turns whose hints we test. */
export const { checkpoints, nearMisses } = defineLesson('03-reading-an-image', {
  checkpoints: [
    {
      id: 'nginx-stop-signal',
      kind: 'guided',
      title: "nginx:alpine's stop signal is saved in ~/answers/nginx-stop.txt",
      checks: [{ matcher: 'answerFileEquals', params: { path: 'answers/nginx-stop.txt', expect: { inspect: 'nginx:alpine', field: 'Config.StopSignal' } } }],
      hints: [
        'The stop signal is part of the image config, not of its files.',
        'docker image inspect -f with a Go template prints one field of the config.',
        "docker image inspect -f '{{.Config.<Field>}}' <image> > ~/answers/nginx-stop.txt",
      ],
      solution: "docker pull nginx:alpine\ndocker image inspect -f '{{.Config.StopSignal}}' nginx:alpine > ~/answers/nginx-stop.txt",
    },
    {
      id: 'postgres-rows',
      kind: 'predict',
      title: 'Predict whether postgres:17-alpine has as many history rows as layers, then count the rows',
      checks: [
        { matcher: 'predictionRecorded', params: { path: 'predictions/postgres-rows.txt', before: '^docker (image )?history .*postgres' } },
        { matcher: 'answerFileEquals', params: { path: 'answers/postgres-rows.txt', expect: { historyRows: POSTGRES } } },
      ],
      hints: [
        'Guess first, in ~/predictions/postgres-rows.txt, before you run docker history on it.',
        'Every step is a row, whether it made a layer or only changed the config.',
        'docker history -q <image> prints one line per row; wc -l counts lines.',
      ],
      solution: `echo no > ~/predictions/postgres-rows.txt\ndocker pull ${POSTGRES}\ndocker history -q ${POSTGRES} | wc -l > ~/answers/postgres-rows.txt`,
    },
    {
      id: 'dossier',
      kind: 'challenge',
      title: "~/answers/postgres.txt gives postgres:17-alpine's volume path, exposed port, stop signal and layer count",
      checks: [
        {
          matcher: 'answerFileEquals',
          params: {
            path: 'answers/postgres.txt',
            expect: [
              { inspect: POSTGRES, field: 'Config.Volumes', pick: 'keys' },
              { inspect: POSTGRES, field: 'Config.ExposedPorts', pick: 'keys' },
              { inspect: POSTGRES, field: 'Config.StopSignal' },
              { inspect: POSTGRES, field: 'RootFS.Layers', pick: 'length' },
            ],
            normalize: ['trim', 'tcp'],
            whenWrong: [{ line: 4, matches: '^2[0-9]$', hint: 'That counts every history row: count only the steps that made a layer.' }],
          },
        },
      ],
      hints: [
        'Everything you need is in the image config and the list of layers; nothing needs to run.',
        'Volumes and ExposedPorts are maps: the path and the port are their keys. The number of layers is the length of RootFS.Layers.',
        "docker image inspect -f '{{json .Config.<Field>}}' <image> for each field, and '{{len .<List>}}' for the count; then four lines into ~/answers/postgres.txt",
      ],
      solution: [
        `docker pull ${POSTGRES}`,
        `docker image inspect -f '{{range $k, $v := .Config.Volumes}}{{$k}}{{end}}' ${POSTGRES} > ~/answers/postgres.txt`,
        `docker image inspect -f '{{range $k, $v := .Config.ExposedPorts}}{{$k}}{{end}}' ${POSTGRES} >> ~/answers/postgres.txt`,
        `docker image inspect -f '{{.Config.StopSignal}}' ${POSTGRES} >> ~/answers/postgres.txt`,
        `docker image inspect -f '{{len .RootFS.Layers}}' ${POSTGRES} >> ~/answers/postgres.txt`,
      ].join('\n'),
    },
  ],
  nearMisses: [
    { script: 'docker pull nginx:alpine\necho SIGTERM > ~/answers/nginx-stop.txt', checkpoint: 'nginx-stop-signal', expectHint: /is not Config\.StopSignal of nginx:alpine yet/ },
    { script: `docker pull ${POSTGRES}\ndocker history ${POSTGRES}\necho yes > ~/predictions/postgres-rows.txt`, checkpoint: 'postgres-rows', expectHint: /written after you ran the command that answers it/ },
    { script: `docker pull ${POSTGRES}\nprintf '/var/lib/postgresql/data\\n5432\\nSIGINT\\n23\\n' > ~/answers/postgres.txt`, checkpoint: 'dossier', expectHint: /count only the steps that made a layer/ },
    { script: `docker pull ${POSTGRES}\nprintf '/var/lib/postgresql/data\\n5432\\nSIGTERM\\n10\\n' > ~/answers/postgres.txt`, checkpoint: 'dossier', expectHint: /Line 3 of ~\/answers\/postgres\.txt is not Config\.StopSignal of postgres:17-alpine yet/ },
  ],
});
