// The thread between the last build and the stacks: each step that made (or reused) a layer names it,
// and each such layer names its step. Both ends carry `data-layer-link` with the layer's diffID, so a
// pointer over (or focus on) either lights up the other; a step's "layer N" button goes to the layer.
// The same facts are in both ends' accessible names ("layer 3 of app:latest", "made by step 2/3").
import type { EnginePicture, PictureBuildStep } from '../../protocol/workbench.ts';

/** Where a step's layer is drawn: the image's name and the layer's place in it (1 = base). */
export interface LayerPlace {
  image: string;
  position: number;
}

/** How the two ends find each other in one drawing of the picture. */
export interface BuildLinks {
  /** The layer a step made, in the built image (or else the first image that has it). */
  placeOf(step: PictureBuildStep): LayerPlace | undefined;
  /** The last build's steps that made or reused this layer (two steps that wrote the same bytes share it). */
  stepsOf(diffId: string): PictureBuildStep[];
}

/** `builder 2/3`, or `2/3` in a single-stage build: a step as the build's progress numbered it. */
export function stepNumber(step: PictureBuildStep): string {
  return `${step.stage ? `${step.stage} ` : ''}${step.index}/${step.total}`;
}

/** "step 3/3", "steps builder 2/2 and stage-2 2/3": the steps that made one layer. */
export function stepsText(steps: PictureBuildStep[]): string {
  const numbers = steps.map(stepNumber);
  return numbers.length === 1 ? `step ${numbers[0]}` : `steps ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/** The links for one picture; `nameOf` names an image as the stacks caption it. */
export function buildLinks(picture: EnginePicture, nameOf: (image: EnginePicture['images'][number]) => string): BuildLinks {
  const steps = new Map<string, PictureBuildStep[]>();
  for (const step of picture.lastBuild?.steps ?? []) if (step.layer) steps.set(step.layer, [...(steps.get(step.layer) ?? []), step]);
  const built = picture.images.find((image) => image.id === picture.lastBuild?.imageId);
  const images = built ? [built, ...picture.images.filter((image) => image !== built)] : picture.images;
  return {
    placeOf(step) {
      if (!step.layer) return undefined;
      for (const image of images) {
        const at = image.layers.findIndex((layer) => layer.diffId === step.layer);
        if (at >= 0) return { image: nameOf(image), position: at + 1 };
      }
      return undefined;
    },
    stepsOf: (diffId) => steps.get(diffId) ?? [],
  };
}

/** Lights up both ends of a link while a pointer is over, or focus is in, either end (delegated on `root`). */
export function wireLinkHighlight(root: HTMLElement): void {
  const light = (target: EventTarget | null, on: boolean) => {
    const end = (target as HTMLElement | null)?.closest?.<HTMLElement>('[data-layer-link]');
    if (!end) return;
    for (const other of root.querySelectorAll<HTMLElement>(`[data-layer-link="${CSS.escape(end.dataset.layerLink!)}"]`)) other.classList.toggle('linked', on);
  };
  root.addEventListener('pointerover', (event) => light(event.target, true));
  root.addEventListener('pointerout', (event) => light(event.target, false));
  root.addEventListener('focusin', (event) => light(event.target, true));
  root.addEventListener('focusout', (event) => light(event.target, false));
  // A step's "layer N" button: to the layer in the built image's stack, lit, with focus on it.
  root.addEventListener('click', (event) => {
    const go = (event.target as HTMLElement).closest<HTMLElement>('[data-go-to-layer]');
    if (!go) return;
    const layer = root.querySelector<HTMLElement>(`[data-image="${CSS.escape(go.dataset.goToLayer!)}"] .layer-button[data-layer-link="${CSS.escape(go.closest<HTMLElement>('[data-layer-link]')!.dataset.layerLink!)}"]`);
    if (!layer) return;
    layer.scrollIntoView({ block: 'nearest' });
    layer.focus();
  });
}
