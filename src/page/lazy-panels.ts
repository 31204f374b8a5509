// The editor panel and the Layers picture are chunks of their own (a few KB: CodeMirror, the heavy
// part, waits for the learner's hand in editor/lazy-editor.ts). Each is fetched after the prompt,
// when the browser is idle or as soon as its panel nears the screen or is reached into, if sooner.

/** How far outside the viewport a panel counts as near (so it is drawn by the time it scrolls in). */
const NEAR = '200px';
/** The longest an idle browser is waited for before the panel mounts anyway. */
const IDLE_TIMEOUT_MS = 2000;

/** Shows `panel` and runs `mount` once: on idle, or when the panel nears the viewport, gets focus or a pointer. */
export function mountWhenNear(panel: HTMLElement, mount: () => Promise<unknown>): void {
  let started = false;
  const observer = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && start(), { rootMargin: NEAR })
    : undefined;
  function start() {
    if (started) return;
    started = true;
    observer?.disconnect();
    mount().catch((error: unknown) => console.error(error));
  }
  panel.hidden = false;
  panel.addEventListener('focusin', start, { once: true });
  panel.addEventListener('pointerenter', start, { once: true });
  observer?.observe(panel);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(start, 0);
}
