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
    if (button) show(button.dataset.view as View);
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
