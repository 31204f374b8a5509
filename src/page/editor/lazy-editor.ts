// The editor's text area, light until the learner reaches for it: the open file is shown as plain
// text at first, and CodeMirror (a chunk of its own, most of the page's script bytes) is fetched the
// first time a pointer enters the editor, it gets focus, or a file is opened by hand. Nothing a page
// does without the learner's hand loads it, so the first visit stays small.
import type { CodeEditor, EditorHooks } from './code-editor.ts';

/** The open file's text: a plain preview until `load()`, then a CodeMirror view over the same text. */
export class LazyEditor {
  private editor?: CodeEditor;
  private loading?: Promise<CodeEditor>;
  private path = '';
  private content = '';
  private readonly preview = document.createElement('pre');

  constructor(
    private readonly host: HTMLElement,
    private readonly hooks: EditorHooks,
    private readonly failed: (error: unknown) => void,
  ) {
    this.preview.className = 'editor-preview';
    // Focusable, so a keyboard user reaches the editor the same way; focus then swaps in CodeMirror.
    this.preview.tabIndex = 0;
    this.preview.setAttribute('role', 'textbox');
    this.preview.setAttribute('aria-multiline', 'true');
    this.label();
    host.replaceChildren(this.preview);
    const wake = () => void this.load().catch(() => {});
    host.addEventListener('pointerenter', wake, { once: true });
    host.addEventListener('pointerdown', wake, { once: true });
    this.preview.addEventListener('focus', () => void this.load().then((editor) => editor.view.focus(), () => {}));
  }

  /** Whether CodeMirror is in place (tests and the page's keys only need it then). */
  get loaded(): boolean {
    return this.editor !== undefined;
  }

  /** The text as it stands (the learner's edits included once CodeMirror is in). */
  get text(): string {
    return this.editor ? this.editor.text : this.content;
  }

  /** Shows a file (undo history starts afresh). */
  open(path: string, text: string): void {
    this.path = path;
    this.content = text;
    if (this.editor) this.editor.open(path, text);
    else this.showPreview();
  }

  /** Replaces the text (the file changed in the terminal). */
  replace(text: string): void {
    this.content = text;
    if (this.editor) this.editor.replace(text);
    else this.showPreview();
  }

  /** Fetches CodeMirror once and puts it where the preview was (focus follows when the preview had it). */
  load(): Promise<CodeEditor> {
    this.loading ??= import('./code-editor.ts').then(
      ({ CodeEditor }) => {
        const hadFocus = document.activeElement === this.preview;
        const editor = new CodeEditor(this.host, this.hooks);
        editor.open(this.path, this.content);
        this.preview.remove();
        this.editor = editor;
        if (hadFocus) editor.view.focus();
        return editor;
      },
      (error: unknown) => {
        this.loading = undefined; // offline before the service worker had it: try again next time
        this.failed(error);
        throw error;
      },
    );
    return this.loading;
  }

  private showPreview(): void {
    this.preview.textContent = this.content;
    this.label();
  }

  private label(): void {
    this.preview.setAttribute('aria-label', this.path ? `Editor: ${this.path}` : 'Editor');
  }
}
