// The programs on the learner's host: the shell's GNU-flavoured tools plus the docker CLI.
import type { Daemon } from '../engine/index.ts';
import type { Program } from '../kernel/process.ts';
import { hostPrograms } from '../shell/programs/index.ts';
import { dockerProgram } from '../cli/docker.ts';

/** The host's program table, with `docker` bound to this session's daemon. */
export function hostProgramTable(engine: Daemon): Map<string, Program> {
  // The same table the shell tools see, so `which docker`, `env docker …` and `xargs docker …` find it.
  const table = hostPrograms();
  table.set('docker', dockerProgram(engine));
  return table;
}
