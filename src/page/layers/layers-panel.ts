// The live picture of the engine (region "Layers"): each image as its stack of layers, base at the
// bottom, with size and the instruction that made it, layers shared with other images marked; each
// container as its thin writable layer on its image, with `docker diff`'s A/C/D marks. Every stack is
// a list, so a screen reader reads the same picture. Redrawn after every command; click a layer for its files.
// Above the stacks, the last build: steps CACHED or run, and the stages it left out (build-view.ts),
// each step tied to the layer it made (build-links.ts).
import type { EnginePicture, LayerFile, PictureImage, WorkbenchApi } from '../../protocol/workbench.ts';
import { buildLinks, stepsText, wireLinkHighlight } from './build-links.ts';
import { drawBuild } from './build-view.ts';
import { el } from './el.ts';
import { sizeText } from './size-text.ts';

const CHANGE_WORDS = { A: 'added', C: 'changed', D: 'deleted' } as const;

/** The instruction as a short label: `RUN apk add curl`, not `/bin/sh -c #(nop) …`. */
export function instructionLabel(createdBy: string): string {
  const text = createdBy.replace(/^\/bin\/sh -c #\(nop\) +/, '').replace(/^\/bin\/sh -c /, 'RUN ').replace(/\s+# buildkit$/, '').trim();
  return text === '' ? '(layer)' : text;
}

function imageName(image: PictureImage): string {
  return image.tags[0] ?? `<none> ${image.id.slice(7, 19)}`;
}

/** Draws the picture into `root` (a region named "Layers"). */
function draw(root: HTMLElement, picture: EnginePicture, showFiles: (image: PictureImage, diffId: string, button: HTMLButtonElement) => void): void {
  const body = root.querySelector<HTMLElement>('[data-layers-body]')!;
  const links = buildLinks(picture, imageName);
  const build = drawBuild(picture.lastBuild, links);
  const before = build ? [build] : [];
  if (picture.images.length === 0) {
    body.replaceChildren(...before, el('p', 'layers-empty', 'No images yet. Pull or build one and it appears here as its stack of layers.'));
    return;
  }
  const figures = picture.images.map((image) => {
    const figure = el('figure', 'layer-stack');
    figure.dataset.image = imageName(image);
    const containers = picture.containers.filter((c) => c.imageId === image.id);
    const list = el('ol', 'layer-list');
    list.setAttribute('aria-label', `${imageName(image)}: ${image.layers.length} layer${image.layers.length === 1 ? '' : 's'}, ${sizeText(image.size)}, base layer first`);
    image.layers.forEach((layer, i) => {
      const item = el('li', `layer${layer.sharedWith.length ? ' layer-shared' : ''}`);
      const button = el('button', 'layer-button');
      button.type = 'button';
      button.dataset.diffId = layer.diffId;
      const shared = layer.sharedWith.length ? `shared with ${layer.sharedWith.join(', ')}` : '';
      const steps = links.stepsOf(layer.diffId);
      // The name is the content (its visible words in order, as speech input expects), with hidden glue:
      // "Layer 2: RUN apk add curl, 1.2 MB, shared with web:latest, made by step 2/3 of the last build (CACHED). Show its files".
      const hidden = (text: string) => el('span', 'visually-hidden', text);
      button.append(hidden(`Layer ${i + 1}: `), el('span', 'layer-instruction', instructionLabel(layer.createdBy)), hidden(', '), el('span', 'layer-size', sizeText(layer.size)));
      if (shared) button.append(hidden(', '), el('span', 'layer-shared-mark', shared));
      if (steps.length) {
        button.dataset.layerLink = layer.diffId;
        const how = [...new Set(steps.map((s) => (s.outcome === 'cached' ? 'CACHED' : 'ran')))].join(', ');
        button.append(hidden(', '), el('span', 'layer-step-mark', `made by ${stepsText(steps)}`), hidden(` of the last build (${how})`));
      }
      button.append(hidden('. Show its files'));
      button.addEventListener('click', () => showFiles(image, layer.diffId, button));
      item.append(button);
      list.prepend(item); // drawn top-down: newest on top, base at the bottom
    });
    const writable = containers.map((c) => {
      const box = el('div', 'container-layer');
      box.dataset.container = c.name;
      box.append(el('strong', '', `${c.name}`), el('span', 'container-state', ` ${c.state} · writable layer`));
      const changes = el('ul', 'container-changes');
      changes.setAttribute('aria-label', `${c.name}: ${c.changes.length} change${c.changes.length === 1 ? '' : 's'} (docker diff)`);
      for (const change of c.changes.slice(0, 12)) {
        const row = el('li', `change change-${change.kind}`);
        row.append(el('abbr', 'change-kind', change.kind), document.createTextNode(` ${change.path}`));
        row.querySelector('abbr')!.title = CHANGE_WORDS[change.kind];
        row.setAttribute('aria-label', `${CHANGE_WORDS[change.kind]} ${change.path}`);
        changes.append(row);
      }
      if (c.changes.length > 12) changes.append(el('li', 'change', `… and ${c.changes.length - 12} more`));
      box.append(changes);
      return box;
    });
    const caption = el('figcaption', 'stack-caption');
    caption.append(el('strong', '', imageName(image)), el('span', '', ` ${sizeText(image.size)}`));
    figure.append(...writable, list, caption);
    return figure;
  });
  body.replaceChildren(...before, ...figures);
}

/** The files of a layer, under the stack (a details list). */
function drawFiles(root: HTMLElement, title: string, files: LayerFile[]): void {
  const box = root.querySelector<HTMLElement>('[data-layer-files]')!;
  const list = el('ul', 'layer-files');
  for (const file of files.slice(0, 300)) {
    const mark = file.kind === 'whiteout' ? ' (deleted)' : file.kind === 'dir' ? '/' : file.kind === 'symlink' ? ' →' : ` ${sizeText(file.size)}`;
    list.append(el('li', `file-${file.kind}`, `${file.path}${mark}`));
  }
  if (files.length > 300) list.append(el('li', '', `… and ${files.length - 300} more`));
  const heading = el('h3', '', `Files in ${title}`);
  heading.tabIndex = -1;
  box.replaceChildren(heading, files.length ? list : el('p', '', 'This layer has no files (it only changed settings).'));
  box.hidden = false;
  heading.focus();
}

/** Mounts the picture in its [data-layers] region and redraws it after every command. */
export async function mountLayersPanel(root: HTMLElement, api: () => WorkbenchApi): Promise<void> {
  const showFiles = async (image: PictureImage, diffId: string, button: HTMLButtonElement) => {
    const files = await api().layerFiles(image.id, diffId).catch(() => [] as LayerFile[]);
    drawFiles(root, `${imageName(image)}: ${button.querySelector('.layer-instruction')?.textContent ?? 'layer'}`, files);
  };
  const refresh = async () => draw(root, await api().picture(), (image, diffId, button) => void showFiles(image, diffId, button));
  document.addEventListener('workbook:command-done', () => void refresh().catch(() => {}));
  wireLinkHighlight(root.querySelector<HTMLElement>('[data-layers-body]')!);
  root.hidden = false;
  await refresh();
}
