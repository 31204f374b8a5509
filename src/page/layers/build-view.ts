// The last build in the Layers picture: every step with CACHED (reused from the build cache) or RAN
// (rebuilt this time), grouped by stage in a multi-stage build, and the stages the target did not
// need, which BuildKit never ran. Lists with words, not colour alone, so a screen reader hears the
// same: "Step 2 of 3, RUN apk add curl: CACHED, reused from the build cache; layer 2 of app:latest".
// A step that made a layer ends with a "layer N" button that goes to it in the stack (build-links.ts).
import type { PictureBuild, PictureBuildStep } from '../../protocol/workbench.ts';
import type { BuildLinks } from './build-links.ts';
import { el } from './el.ts';

const OUTCOME = {
  cached: { mark: 'CACHED', words: 'CACHED, reused from the build cache' },
  built: { mark: 'RAN', words: 'ran: rebuilt this time' },
  failed: { mark: 'FAILED', words: 'failed' },
  running: { mark: 'STOPPED', words: 'stopped before it finished' },
} as const;

/** `FROM docker.io/library/alpine:3.20@sha256:…` → `FROM alpine:3.20`: the base as the learner wrote it. */
export function stepLabel(instruction: string): string {
  return instruction.replace(/^FROM (\S+?)@sha256:[0-9a-f]+/, 'FROM $1').replace(/^FROM docker\.io\/(library\/)?/, 'FROM ');
}

// A FROM step only resolves the base image: it is neither reused nor rebuilt, so it is marked BASE.
const isBase = (step: PictureBuildStep) => step.instruction.startsWith('FROM ');

/** "3 of 5 steps CACHED, 2 ran" over the steps that make layers (and the failure, when there was one). */
export function buildTally(build: PictureBuild): string {
  const made = build.steps.filter((s) => !isBase(s) || s.outcome === 'failed');
  const count = (outcome: PictureBuildStep['outcome']) => made.filter((s) => s.outcome === outcome).length;
  const steps = made.length;
  const parts = [`${count('cached')} of ${steps} step${steps === 1 ? '' : 's'} CACHED`, `${count('built')} ran`];
  if (count('failed')) parts.push('1 failed');
  return parts.join(', ');
}

function stepItem(step: PictureBuildStep, links?: BuildLinks): HTMLLIElement {
  const outcome = isBase(step) && step.outcome === 'built' ? { mark: 'BASE', words: 'the base image' } : OUTCOME[step.outcome];
  const item = el('li', 'build-step');
  const label = stepLabel(step.instruction);
  const place = links?.placeOf(step);
  const where = place ? `; layer ${place.position} of ${place.image}` : '';
  item.setAttribute('aria-label', `Step ${step.index} of ${step.total}, ${label}: ${outcome.words}${where}`);
  item.className = `build-step step-${isBase(step) && step.outcome === 'built' ? 'base' : step.outcome}`;
  item.append(el('span', 'step-mark', outcome.mark), el('span', 'step-number', `${step.index}/${step.total}`), el('span', 'step-instruction', label));
  if (place && step.layer) {
    item.dataset.layerLink = step.layer;
    const go = el('button', 'step-layer', `layer ${place.position}`);
    go.type = 'button';
    go.dataset.goToLayer = place.image;
    go.setAttribute('aria-label', `Go to layer ${place.position} of ${place.image}`);
    item.append(go);
  }
  item.title = step.instruction;
  return item;
}

/** The "Last build" box (a section with its own heading), or nothing before the first build. */
export function drawBuild(build: PictureBuild | undefined, links?: BuildLinks): HTMLElement | undefined {
  if (!build) return undefined;
  const box = el('section', 'build-summary');
  box.dataset.lastBuild = build.error ? 'failed' : 'ok';
  const heading = el('h3', 'build-heading', `Last build${build.names.length ? `: ${build.names.join(', ')}` : ''}`);
  heading.id = 'last-build-heading';
  box.setAttribute('aria-labelledby', heading.id);
  const tally = el('p', 'build-tally', buildTally(build));
  box.append(heading, tally);
  if (build.error) box.append(el('p', 'build-error', `The build failed: ${build.error}`));

  const list = el('ol', 'build-steps');
  list.setAttribute('aria-label', 'Build steps, in the order they ran');
  if (build.stages.length === 0) {
    list.append(...build.steps.map((step) => stepItem(step, links)));
  } else {
    for (const stage of build.stages) {
      const item = el('li', `build-stage${stage.built ? '' : ' stage-dropped'}`);
      item.dataset.stage = stage.name;
      if (!stage.built) {
        item.append(el('span', 'step-mark', 'SKIPPED'), el('span', 'stage-name', `stage ${stage.name}`), el('span', 'stage-why', ' not built: the target does not need it'));
        item.setAttribute('aria-label', `Stage ${stage.name}: not built, the target does not need it`);
        list.append(item);
        continue;
      }
      const steps = build.steps.filter((s) => s.stage === stage.name);
      const inner = el('ol', 'build-steps');
      inner.setAttribute('aria-label', `Stage ${stage.name}: ${steps.length} step${steps.length === 1 ? '' : 's'}`);
      inner.append(...steps.map((step) => stepItem(step, links)));
      item.append(el('span', 'stage-name', `stage ${stage.name}`), inner);
      list.append(item);
    }
  }
  box.append(list);
  const dropped = build.stages.filter((s) => !s.built);
  if (dropped.length) {
    box.append(el('p', 'build-note', `Left out of this build: ${dropped.map((s) => s.name).join(', ')}. BuildKit only runs the stages the target needs (FROM or COPY --from).`));
  }
  return box;
}
