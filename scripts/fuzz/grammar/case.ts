// The fuzz case grammar: a mix of docker lines, shell lines and heredocs, mutated lesson solutions, and
// mutated Dockerfiles built in the workspace, each after a short setup a learner would have done.
import fc from 'fast-check';
import type { FuzzCase } from '../types.ts';
import { dockerLine, type DockerCommand } from './docker.ts';
import { mutateLine, mutateText } from './mutate.ts';
import { heredocLines, runaway, shellLine } from './shell.ts';
import type { Sources } from './sources.ts';

const SETUPS: string[][] = [[], ['docker pull alpine:3.21'], ['docker pull alpine', 'docker run -d --name c1 alpine sleep 1000'], ['docker pull busybox', 'docker tag busybox v1'], ['docker run -it alpine sh']];

/** Every case the fuzzer may draw, weighted toward docker and shell lines. */
export function fuzzCase(docker: DockerCommand[], sources: Sources): fc.Arbitrary<FuzzCase> {
  const pool = [...sources.solutionLines.flatMap((l) => l.split(' ')), 'alpine', 'c1'];
  const lines = fc.oneof(
    { weight: 4, arbitrary: fc.array(dockerLine(docker), { minLength: 1, maxLength: 3 }) },
    { weight: 4, arbitrary: fc.array(shellLine, { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: heredocLines },
    { weight: 1, arbitrary: runaway.map((l) => [l]) },
    ...(sources.solutionLines.length ? [{ weight: 2, arbitrary: fc.array(fc.constantFrom(...sources.solutionLines).chain((l) => mutateLine(l, pool)), { minLength: 1, maxLength: 3 }) }] : []),
  );
  const plain = fc.tuple(fc.constantFrom(...SETUPS), lines).map(([setup, ls]): FuzzCase => ({ files: [], lines: [...setup, ...ls] }));
  if (!sources.dockerfiles.length) return plain;
  const build = fc
    .constantFrom(...sources.dockerfiles)
    .chain((d) => mutateText(d, ['RUN', 'COPY', 'FROM', 'alpine:3.21', 'scratch', '--mount=type=secret,id=x', 'AS', 'ARG', 'ENV', 'USER nobody', '$HOME', '\\']))
    .chain((dockerfile) =>
      fc.constantFrom('docker build -t fz .', 'docker build -q .', 'docker build --no-cache -t fz:2 .', 'docker build --check .', 'docker build --target nope .').map(
        (cmd): FuzzCase => ({ files: [{ path: 'Dockerfile', content: dockerfile }, { path: 'a.txt', content: 'a\n' }], lines: [cmd, 'docker history fz'] }),
      ),
    );
  return fc.oneof({ weight: 5, arbitrary: plain }, { weight: 2, arbitrary: build });
}
