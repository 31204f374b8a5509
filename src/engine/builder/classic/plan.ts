// The classic builder's step list: every instruction is a step (`Step N/M : <line as written>`), the
// global ARGs first, then each stage from its FROM up to the target (stages after it are dropped),
// as moby's dispatchDockerfileWithCancellation numbers them.
import { parseDockerfile } from '../parser/parse.ts';
import { parseStages } from '../instructions/parse-stages.ts';
import type { Command, Stage } from '../instructions/types.ts';
import { isStep } from '../build/plan.ts';

/** One classic step. */
export interface ClassicStep {
  /** `FROM alpine`, `RUN echo hi > /x`: the instruction's source text, trimmed. */
  text: string;
  kind: string;
  /** The stage it belongs to, or -1 for a global ARG. */
  stage: number;
  /** For a FROM: the base name as written (`alpine`, `scratch`, a stage name). */
  base?: string;
  /** The BuildKit vertex number in its stage (`[k/n]`) for FROM-with-image and RUN/COPY/ADD/WORKDIR. */
  layerIndex?: number;
}

/** The step list and how the engine's stage labels map to stage indexes. */
export interface ClassicPlan {
  steps: ClassicStep[];
  stages: Stage[];
  /** Step kinds BuildKit runs as vertices, per stage, in order. */
  layerSteps: number[][];
}

/** Plans a classic build of `dockerfile` for `target` (the last stage when empty); throws the parse errors. */
export function classicPlan(dockerfile: string, target: string | undefined): ClassicPlan {
  const { stages: all, metaArgs } = parseStages(parseDockerfile(dockerfile).ast);
  let stages = all;
  if (target) {
    const i = all.findIndex((s) => s.stageName === target.toLowerCase());
    if (i >= 0) stages = all.slice(0, i + 1);
  }
  const steps: ClassicStep[] = metaArgs.map((arg) => ({ text: arg.original.trim(), kind: 'ARG', stage: -1 }));
  const layerSteps: number[][] = [];
  stages.forEach((stage, s) => {
    const layers: number[] = [];
    steps.push({ text: stage.original.trim(), kind: 'FROM', stage: s, base: stage.baseName });
    layers.push(steps.length - 1);
    for (const cmd of stage.commands as Command[]) {
      steps.push({ text: cmd.original.trim(), kind: cmd.kind, stage: s });
      if (isStep(cmd)) layers.push(steps.length - 1);
    }
    layerSteps.push(layers);
  });
  return { steps, stages, layerSteps };
}

/**
 * The step a BuildKit vertex (`[2/3] RUN …`, `[builder 1/4] FROM …`) stands for, or undefined for
 * internal vertices and for ONBUILD triggers, which have no classic step of their own here.
 */
export function stepOfVertex(plan: ClassicPlan, name: string): number | undefined {
  const m = /^\[(?:(\S+) +)? *(\d+)\/(\d+)\] (\S+)/.exec(name);
  if (!m) return undefined;
  const [, label, k, n, keyword] = m;
  const stage = label === undefined ? plan.stages.length - 1 : plan.stages.findIndex((s, i) => s.stageName === label || `stage-${i}` === label);
  const layers = plan.layerSteps[stage];
  if (!layers) return undefined;
  // Without a FROM vertex (scratch, another stage) BuildKit numbers the layer steps from 1.
  const hasFrom = Number(n) === layers.length;
  const step = layers[Number(k) - (hasFrom ? 1 : 0)];
  if (step === undefined || plan.steps[step].kind !== keyword) return undefined;
  return step;
}
