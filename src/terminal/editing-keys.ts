// The keys that only edit the typed line or walk the history: no session, no screen of their own.
import type { Key } from './keys.ts';
import type { History, LineEditor } from './line-editor.ts';

/**
 * Applies an editing key to the line. Returns whether the line changed (the caller redraws), or
 * undefined when the key is not an editing key (Enter, Tab, Ctrl-C … are the controller's).
 */
export function applyEditingKey(e: LineEditor, history: History, key: Key): boolean | undefined {
  switch (key.type) {
    case 'text':
      e.insert(key.text);
      return true;
    case 'backspace':
      return e.backspace();
    case 'delete':
    case 'ctrl-d':
      return e.deleteForward();
    case 'left':
      return e.left();
    case 'right':
      return e.right();
    case 'home':
    case 'ctrl-a':
      e.home();
      return true;
    case 'end':
    case 'ctrl-e':
      e.end();
      return true;
    case 'word-left':
      e.wordLeft();
      return true;
    case 'word-right':
      e.wordRight();
      return true;
    case 'ctrl-u':
      e.killToStart();
      return true;
    case 'ctrl-k':
      e.killToEnd();
      return true;
    case 'ctrl-w':
      e.deleteWordBack();
      return true;
    case 'up': {
      const entry = history.previous(e.buffer);
      if (entry === undefined) return false;
      e.set(entry);
      return true;
    }
    case 'down': {
      const entry = history.next();
      if (entry === undefined) return false;
      e.set(entry);
      return true;
    }
    case 'escape':
    case 'ctrl-g':
      return false;
    default:
      return undefined;
  }
}
