// Turns what xterm's onData delivers (typed characters, escape sequences, pastes) into editor keys.

/** A key the line editor understands; `text` carries typed or pasted characters (no newlines). */
export type Key =
  | { type: 'text'; text: string }
  | {
      type:
        | 'enter'
        | 'backspace'
        | 'delete'
        | 'left'
        | 'right'
        | 'up'
        | 'down'
        | 'home'
        | 'end'
        | 'tab'
        | 'ctrl-a'
        | 'ctrl-c'
        | 'ctrl-d'
        | 'ctrl-e'
        | 'ctrl-k'
        | 'ctrl-g'
        | 'ctrl-l'
        | 'ctrl-r'
        | 'ctrl-u'
        | 'ctrl-w'
        | 'escape'
        | 'word-left'
        | 'word-right';
    };

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';

// Escape sequences xterm sends for editing keys in normal and application cursor modes.
const SEQUENCES: Record<string, Key['type']> = {
  '\x1b[A': 'up',
  '\x1bOA': 'up',
  '\x1b[B': 'down',
  '\x1bOB': 'down',
  '\x1b[C': 'right',
  '\x1bOC': 'right',
  '\x1b[D': 'left',
  '\x1bOD': 'left',
  '\x1b[H': 'home',
  '\x1bOH': 'home',
  '\x1b[1~': 'home',
  '\x1b[7~': 'home',
  '\x1b[F': 'end',
  '\x1bOF': 'end',
  '\x1b[4~': 'end',
  '\x1b[8~': 'end',
  '\x1b[3~': 'delete',
  '\x1b[1;5D': 'word-left',
  '\x1b[1;5C': 'word-right',
  '\x1bb': 'word-left',
  '\x1bf': 'word-right',
};

const CONTROLS: Record<string, Key['type']> = {
  '\r': 'enter',
  '\n': 'enter',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\t': 'tab',
  '\x01': 'ctrl-a',
  '\x03': 'ctrl-c',
  '\x04': 'ctrl-d',
  '\x05': 'ctrl-e',
  '\x07': 'ctrl-g',
  '\x0b': 'ctrl-k',
  '\x0c': 'ctrl-l',
  '\x12': 'ctrl-r',
  '\x15': 'ctrl-u',
  '\x17': 'ctrl-w',
};

/** Splits pasted text into text keys and Enter keys, one Enter per line break (\r\n, \r or \n). */
export function pasteKeys(text: string): Key[] {
  const keys: Key[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, i) => {
    // Tabs in a paste are text, not completion requests; other control characters are dropped.
    const clean = line.replace(/\t/g, '    ').replace(/[\x00-\x1f\x7f]/g, '');
    if (clean) keys.push({ type: 'text', text: clean });
    if (i < lines.length - 1) keys.push({ type: 'enter' });
  });
  return keys;
}

/** Parses one onData payload into keys, in order. Unknown escape sequences are ignored. */
export function parseKeys(data: string): Key[] {
  const keys: Key[] = [];
  let i = 0;
  let text = '';
  const flush = () => {
    if (text) keys.push({ type: 'text', text });
    text = '';
  };
  while (i < data.length) {
    if (data.startsWith(PASTE_START, i)) {
      flush();
      const end = data.indexOf(PASTE_END, i + PASTE_START.length);
      const stop = end === -1 ? data.length : end;
      keys.push(...pasteKeys(data.slice(i + PASTE_START.length, stop)));
      i = end === -1 ? data.length : end + PASTE_END.length;
      continue;
    }
    const ch = data[i];
    if (ch === '\x1b') {
      flush();
      const seq = Object.keys(SEQUENCES)
        .filter((s) => data.startsWith(s, i))
        .sort((a, b) => b.length - a.length)[0];
      if (seq) {
        keys.push({ type: SEQUENCES[seq] } as Key);
        i += seq.length;
      } else if (i === data.length - 1) {
        // The Escape key alone (it ends reverse search, and begins Esc-then-Tab to leave the terminal).
        keys.push({ type: 'escape' });
        i++;
      } else {
        // Skip an unknown CSI sequence whole (ESC [ params final), or a stray ESC.
        const csi = /^\x1b\[[0-9;?]*[@-~]/.exec(data.slice(i));
        i += csi ? csi[0].length : 1;
      }
      continue;
    }
    if (ch === '\r' && data[i + 1] === '\n') i++; // \r\n from a paste is one Enter
    const control = CONTROLS[ch];
    if (control) {
      flush();
      keys.push({ type: control } as Key);
    } else if (ch >= ' ') {
      text += ch;
    }
    i++;
  }
  flush();
  return keys;
}
