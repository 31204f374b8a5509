// Keys the browser, not the shell, should see: copy and paste, and Escape-then-Tab to leave the terminal.
import type { Terminal } from '@xterm/xterm';

/**
 * xterm's custom key handler: returning false keeps a key from the shell and leaves the browser's
 * default in place (a native paste, or Tab moving focus on).
 * - Ctrl-C with text selected, and Ctrl-Shift-C always, copy the selection (Ctrl-C without a
 *   selection is still the interrupt).
 * - Ctrl-V and Ctrl-Shift-V paste through the browser's paste event, which xterm turns into a
 *   bracketed paste (each pasted line then runs).
 * - Escape then Tab (or Shift-Tab) moves focus out of the terminal, so the keyboard is never trapped.
 */
export function terminalKeyHandler(term: Terminal): (event: KeyboardEvent) => boolean {
  let escaped = false;
  return (event) => {
    if (event.type !== 'keydown') return !(escaped && event.key === 'Tab');
    const key = event.key.toLowerCase();
    const ctrl = event.ctrlKey || event.metaKey;
    if (event.key === 'Tab' && escaped) {
      escaped = false;
      return false;
    }
    // Shift on its own (Escape, then Shift-Tab) keeps the Escape armed.
    if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) escaped = event.key === 'Escape';
    if (ctrl && key === 'c' && (event.shiftKey || term.hasSelection())) {
      const text = term.getSelection();
      if (text) void navigator.clipboard?.writeText(text).catch(() => {});
      if (!event.shiftKey) term.clearSelection();
      event.preventDefault();
      return false;
    }
    if (ctrl && key === 'v' && !event.altKey) return false;
    return true;
  };
}
