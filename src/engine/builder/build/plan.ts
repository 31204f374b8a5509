// Which stages a build runs and how its steps are named: the target and the stages it depends on
// (FROM another stage, COPY --from), BuildKit's `[stage i/n]` numbering, and the global ARGs.
import type { Command, Stage } from '../instructions/types.ts';
import type { ShellLex } from '../shell-lex/lex.ts';
import { BuildError } from './errors.ts';

/** The predefined platform ARGs for a target platform (the build platform is the daemon's, linux/amd64). */
export function platformArgs(target: string): Map<string, string> {
  const [os, arch, variant = ''] = target.split('/');
  return new Map([
    ['TARGETPLATFORM', target],
    ['TARGETOS', os],
    ['TARGETARCH', arch],
    ['TARGETVARIANT', variant],
    ['BUILDPLATFORM', 'linux/amd64'],
    ['BUILDOS', 'linux'],
    ['BUILDARCH', 'amd64'],
    ['BUILDVARIANT', ''],
  ]);
}

/** The index of the stage a name (or number) refers to among the first `before` stages, or -1. */
export function stageIndex(stages: readonly Stage[], name: string, before = stages.length): number {
  const lower = name.toLowerCase();
  for (let i = 0; i < before; i++) if (stages[i].stageName !== '' && stages[i].stageName === lower) return i;
  if (/^\d+$/.test(name) && Number(name) < before) return Number(name);
  return -1;
}

/** The stage `--target` names (the last stage without one). */
export function targetStage(stages: readonly Stage[], target: string | undefined): number {
  if (!target) return stages.length - 1;
  const i = stages.findIndex((s) => s.stageName === target.toLowerCase());
  if (i < 0) throw new BuildError(`target stage "${target}" could not be found`);
  return i;
}

/** The stages needed for the target, in Dockerfile order; `bases[i]` is the expanded FROM name. */
export function neededStages(stages: readonly Stage[], bases: readonly string[], target: number, lex: ShellLex, env: (i: number) => Map<string, string>): number[] {
  const need = new Set<number>();
  const visit = (i: number) => {
    if (need.has(i)) return;
    need.add(i);
    const from = stageIndex(stages, bases[i], i);
    if (from >= 0) visit(from);
    for (const c of stages[i].commands) {
      if ((c.kind === 'COPY') && c.from) {
        const name = lex.processWord(c.from, env(i));
        const dep = stageIndex(stages, name, i);
        if (dep >= 0) visit(dep);
      }
      if (c.kind === 'RUN') for (const m of c.mounts) if (m.from) {
        const dep = stageIndex(stages, m.from, i);
        if (dep >= 0) visit(dep);
      }
    }
  };
  visit(target);
  return [...need].sort((a, b) => a - b);
}

/** Whether a command is a step of its own (a vertex with a `[i/n]` number). */
export function isStep(c: Command): boolean {
  return c.kind === 'RUN' || c.kind === 'COPY' || c.kind === 'ADD' || c.kind === 'WORKDIR';
}

/** `[stage-0  1/12] ` style prefix: the stage name (multi-stage builds only) and the index padded to n's width. */
export function stepPrefix(stageLabel: string, index: number, total: number): string {
  const width = String(total).length;
  const num = `${String(index).padStart(width, ' ')}/${total}`;
  return `[${stageLabel ? `${stageLabel} ` : ''}${num}]`;
}
