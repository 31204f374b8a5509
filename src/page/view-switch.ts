// Narrow screens show the lesson or the workbench (terminal, checkpoints), switched from a bar that
// stays at the top; wide screens show both and hide the bar. Deep links and Run buttons switch for you.

type View = 'lesson' | 'workbench';

/** Wires the view bar; a link to a checkpoint (#checkpoint-…) or a Run button shows the workbench. */
export function wireViewSwitch(): void {
  const layout = document.querySelector<HTMLElement>('[data-lesson-layout]');
  const bar = document.querySelector<HTMLElement>('[data-view-switch]');
  if (!layout || !bar) return;
  const show = (view: View) => {
    layout.dataset.view = view;
    for (const button of bar.querySelectorAll<HTMLButtonElement>('[data-view]')) {
      button.setAttribute('aria-pressed', String(button.dataset.view === view));
    }
  };
  bar.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-view]');
    if (!button) return;
    show(button.dataset.view as View);
    // The view starts under the bar, not below the site header or halfway down the other view: on a
    // phone the terminal (first in the workbench) then fits the screen, its last line in sight.
    // (The bar sticks at the top once the page scrolls: the view's top goes just under its stuck place.)
    const top = layout.getBoundingClientRect().top - (bar.offsetHeight + parseFloat(getComputedStyle(bar).marginBottom));
    if (Math.abs(top) > 1) window.scrollBy({ top, behavior: 'instant' });
  });
  document.addEventListener('workbook:show-terminal', () => show('workbench'));
  const followHash = () => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!target) return;
    show(target.closest('[data-workbench]') ? 'workbench' : 'lesson');
    target.scrollIntoView({ block: 'start' });
  };
  window.addEventListener('hashchange', followHash);
  followHash();
}
