// The code editor (CodeMirror 6): Dockerfile highlighting from the legacy modes, the project's build
// checks as lint diagnostics while typing, Tab left to move focus (no keyboard trap), Ctrl-S to save now.
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StreamParser } from '@codemirror/language';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import { dockerFile } from '@codemirror/legacy-modes/mode/dockerfile';
// eslint-disable-next-line no-restricted-imports -- CodeMirror's shell highlighting, not src/shell
import { shell } from '@codemirror/legacy-modes/mode/shell';
import { python } from '@codemirror/legacy-modes/mode/python';
import { javascript } from '@codemirror/legacy-modes/mode/javascript';
import { yaml } from '@codemirror/legacy-modes/mode/yaml';
import { nginx } from '@codemirror/legacy-modes/mode/nginx';
import type { DockerfileDiagnostic } from '../../protocol/workbench.ts';

/** Colours from the site's palette (light and dark), so highlighted text keeps its contrast. */
const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.operatorKeyword], color: 'var(--hl-keyword)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--hl-string)' },
  { tag: [tags.comment, tags.lineComment], color: 'var(--hl-comment)', fontStyle: 'italic' },
  { tag: [tags.number, tags.bool, tags.atom], color: 'var(--hl-number)' },
  { tag: [tags.variableName, tags.propertyName, tags.definition(tags.variableName)], color: 'var(--hl-variable)' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', fontSize: '13.5px', backgroundColor: 'var(--surface)', color: 'var(--text)' },
  '.cm-scroller': { fontFamily: 'var(--mono)' },
  '.cm-gutters': { backgroundColor: 'var(--code-bg)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent) 7%, transparent)' },
  '&.cm-focused': { outline: '2px solid var(--accent)' },
  '.cm-cursor': { borderLeftColor: 'var(--text)' },
});

/** The highlighting for a file, by its name (Dockerfile, Containerfile, *.sh, *.py …); none for others. */
export function languageFor(path: string): Extension {
  const name = path.split('/').pop() ?? '';
  const modes: [RegExp, StreamParser<unknown>][] = [
    [/^(Dockerfile|Containerfile)(\..*)?$|\.dockerfile$/i, dockerFile as StreamParser<unknown>],
    [/\.(sh|bash)$|^\.?(bashrc|profile)$/, shell as StreamParser<unknown>],
    [/\.py$/, python as StreamParser<unknown>],
    [/\.(js|mjs|cjs|json)$/, javascript as StreamParser<unknown>],
    [/\.ya?ml$/, yaml as StreamParser<unknown>],
    [/nginx.*\.conf$|\.conf$/, nginx as StreamParser<unknown>],
  ];
  const mode = modes.find(([pattern]) => pattern.test(name));
  return mode ? StreamLanguage.define(mode[1]) : [];
}

/** Whether the build checks apply to this file. */
export function isDockerfile(path: string): boolean {
  return /^(Dockerfile|Containerfile)(\..*)?$|\.dockerfile$/i.test(path.split('/').pop() ?? '');
}

/** What the editor asks of the page. */
export interface EditorHooks {
  /** The text changed (the page saves it after a pause). */
  changed(text: string): void;
  /** Ctrl-S: save now. */
  saveNow(): void;
  /** The build checks for a Dockerfile's text. */
  check(text: string): Promise<DockerfileDiagnostic[]>;
}

/** A CodeMirror view over one file at a time. */
export class CodeEditor {
  readonly view: EditorView;
  private path = '';

  constructor(parent: HTMLElement, private readonly hooks: EditorHooks) {
    this.view = new EditorView({ parent, state: this.stateFor('', '') });
  }

  /** Shows a file; the undo history starts afresh. */
  open(path: string, text: string): void {
    this.path = path;
    this.view.setState(this.stateFor(path, text));
    this.view.contentDOM.setAttribute('aria-label', `Editor: ${path}`);
  }

  /** Replaces the text (the file changed in the terminal), keeping the cursor where it can. */
  replace(text: string): void {
    const head = Math.min(this.view.state.selection.main.head, text.length);
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text }, selection: { anchor: head } });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  private stateFor(path: string, text: string): EditorState {
    const checks = isDockerfile(path)
      ? [
          lintGutter(),
          linter(async (view) => this.diagnostics(view), { delay: 400 }),
        ]
      : [];
    return EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (this.hooks.saveNow(), true) }, ...defaultKeymap, ...historyKeymap]),
        languageFor(path),
        syntaxHighlighting(highlight),
        theme,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': path ? `Editor: ${path}` : 'Editor' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && update.transactions.some((t) => t.isUserEvent('input') || t.isUserEvent('delete') || t.isUserEvent('undo') || t.isUserEvent('redo') || t.isUserEvent('move'))) {
            this.hooks.changed(update.state.doc.toString());
          }
        }),
        ...checks,
      ],
    });
  }

  private async diagnostics(view: EditorView): Promise<Diagnostic[]> {
    const found = await this.hooks.check(view.state.doc.toString()).catch(() => []);
    const doc = view.state.doc;
    return found.map((d) => {
      const line = doc.line(Math.min(Math.max(d.line, 1), doc.lines));
      return { from: line.from, to: line.to, severity: d.severity, source: d.rule, message: `${d.rule}: ${d.message}` };
    });
  }
}
