// Creates the xterm terminal in the page (client only: xterm needs a DOM) and keeps it fitted.
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { WebLinksAddon } from '@xterm/addon-web-links';
import { terminalKeyHandler } from './clipboard-keys.ts';
import '@xterm/xterm/css/xterm.css';

/** Switches on bracketed paste so a multi-line paste arrives as one marked block (each line then runs). */
export const BRACKETED_PASTE_ON = '\x1b[?2004h';

/** A calm dark palette; no web fonts, only the system's monospace faces. */
const THEME = {
  background: '#14181f',
  foreground: '#dde3ea',
  cursor: '#8fd0ff',
  cursorAccent: '#14181f',
  selectionBackground: '#3a4a5e',
  black: '#1c2129',
  brightBlack: '#9aa5b4',
  red: '#f28b82',
  brightRed: '#ffaba3',
  green: '#8ed7a1',
  brightGreen: '#b0ecbf',
  yellow: '#f1cf7a',
  brightYellow: '#f8e2a6',
  blue: '#8fbfff',
  brightBlue: '#b4d4ff',
  magenta: '#d3a6f5',
  brightMagenta: '#e3c4fa',
  cyan: '#7fd6d9',
  brightCyan: '#a9e8ea',
  white: '#dde3ea',
  brightWhite: '#ffffff',
};

/** The mounted terminal and a function that refits it to its box, returning true when the size changed. */
export interface MountedTerminal {
  term: Terminal;
  fit: () => boolean;
}

/** Opens xterm inside `element` and fits it to the element's size. */
export function mountTerminal(element: HTMLElement): MountedTerminal {
  const term = new Terminal({
    fontFamily: 'ui-monospace, "SF Mono", "Cascadia Mono", Menlo, Consolas, "DejaVu Sans Mono", "Liberation Mono", monospace',
    fontSize: 14,
    lineHeight: 1.2,
    cursorBlink: true,
    scrollback: 5000,
    theme: THEME,
    allowProposedApi: false,
  });
  const fitAddon = new FitAddon();
  term.loadAddon(fitAddon);
  // URLs in output (docker's hints, curl's answers) open in a new tab when clicked.
  term.loadAddon(new WebLinksAddon((_event, uri) => window.open(uri, '_blank', 'noopener')));
  term.attachCustomKeyEventHandler(terminalKeyHandler(term));
  term.open(element);
  term.textarea?.setAttribute('aria-label', 'Terminal input: type a command and press Enter. Escape then Tab leaves the terminal.');
  term.write(BRACKETED_PASTE_ON);
  const fit = () => {
    const before = `${term.cols}x${term.rows}`;
    try {
      fitAddon.fit();
    } catch {
      // A hidden or zero-sized element cannot be measured; keep the previous size.
    }
    return `${term.cols}x${term.rows}` !== before;
  };
  fit();
  return { term, fit };
}
