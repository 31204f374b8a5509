// The editor panel: the file tree of the learner's workspace beside a CodeMirror editor, kept in step
// with the session both ways — an edit is saved after a short pause (or at once with Ctrl-S), and
// after every command the tree and the open file are read again. Loaded after the first prompt.
import type { WorkbenchApi } from '../../protocol/workbench.ts';
import { notify } from '../notices.ts';
import { CodeEditor } from './code-editor.ts';
import { FileTree } from './file-tree.ts';

/** How long after the last keystroke an edit is saved (well inside the one second the sync promises). */
const SAVE_AFTER_MS = 250;

/** Mounts the panel on its [data-editor-panel] element; `api` gives the current session. */
export async function mountEditorPanel(panel: HTMLElement, api: () => WorkbenchApi): Promise<{ flush(): Promise<void> }> {
  const status = panel.querySelector<HTMLElement>('[data-editor-status]')!;
  let openPath = '';
  let savedText = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving = Promise.resolve();

  const say = (text: string) => (status.textContent = text);
  const fail = (error: unknown): void => void notify(error instanceof Error ? error.message.split('\n')[0] : String(error), 'alert');

  const save = async () => {
    clearTimeout(timer);
    timer = undefined;
    const path = openPath;
    const text = editor.text;
    if (!path || text === savedText) return;
    saving = saving.then(async () => {
      await api().writeWorkspaceFile(path, text);
      if (path === openPath) savedText = text;
      say(`Saved ${path}`);
    }).catch(fail);
    await saving;
  };

  const editor = new CodeEditor(panel.querySelector<HTMLElement>('[data-code-editor]')!, {
    changed() {
      say('Editing…');
      clearTimeout(timer);
      timer = setTimeout(() => void save(), SAVE_AFTER_MS);
    },
    saveNow: () => void save(),
    check: (text) => api().checkDockerfile(text),
  });

  const open = async (path: string) => {
    await save();
    const text = await api().readWorkspaceFile(path).catch((error: unknown) => (fail(error), undefined));
    if (text === undefined) return;
    openPath = path;
    savedText = text;
    editor.open(path, text);
    panel.querySelector('[data-editor-file]')!.textContent = path;
    say(`Opened ${path}`);
  };

  const tree = new FileTree(panel.querySelector<HTMLElement>('[data-file-tree]')!, {
    open: (path) => void open(path),
    rename: (path) => void rename(path),
    remove: (path) => void remove(path),
  });

  /** Reads the workspace again: new files appear, and an open file changed in the terminal reloads. */
  const refresh = async () => {
    const entries = await api().workspace();
    tree.render(entries);
    if (openPath && !entries.some((e) => e.path === openPath)) {
      openPath = '';
      savedText = '';
      editor.open('', '');
      panel.querySelector('[data-editor-file]')!.textContent = 'No file open';
    } else if (openPath && timer === undefined) {
      const text = await api().readWorkspaceFile(openPath);
      if (text !== savedText && editor.text === savedText) {
        savedText = text;
        editor.replace(text);
      }
    }
    if (!openPath) {
      const first = entries.find((e) => e.kind === 'file' && /(^|\/)Dockerfile$/.test(e.path)) ?? entries.find((e) => e.kind === 'file');
      if (first) {
        tree.activate(first.path, false);
        await open(first.path);
      }
    }
  };

  const create = async (kind: 'file' | 'dir') => {
    const name = window.prompt(kind === 'file' ? 'New file name (e.g. Dockerfile or app/main.py):' : 'New folder name:')?.trim();
    if (!name) return;
    try {
      if (kind === 'file') await api().writeWorkspaceFile(name, '');
      else await api().makeWorkspaceDirectory(name);
      await refresh();
      tree.activate(name, kind === 'file');
      if (kind === 'file') await open(name);
      say(`Created ${name}`);
    } catch (error) {
      fail(error);
    }
  };

  const rename = async (path: string) => {
    const to = window.prompt(`Rename ${path} to:`, path)?.trim();
    if (!to || to === path) return;
    try {
      await save();
      await api().moveWorkspaceEntry(path, to);
      if (openPath === path || openPath.startsWith(`${path}/`)) openPath = to + openPath.slice(path.length);
      await refresh();
      tree.activate(openPath || to, false);
      say(`Renamed ${path} to ${to}`);
    } catch (error) {
      fail(error);
    }
  };

  const remove = async (path: string) => {
    if (!window.confirm(`Delete ${path}? This cannot be undone.`)) return;
    try {
      await api().removeWorkspaceEntry(path);
      await refresh();
      say(`Deleted ${path}`);
    } catch (error) {
      fail(error);
    }
  };

  panel.querySelector('[data-new-file]')!.addEventListener('click', () => void create('file'));
  panel.querySelector('[data-new-folder]')!.addEventListener('click', () => void create('dir'));
  panel.querySelector('[data-rename]')!.addEventListener('click', () => tree.selected && void rename(tree.selected));
  panel.querySelector('[data-delete]')!.addEventListener('click', () => tree.selected && void remove(tree.selected));
  // After a command the workspace may have changed (the page also saves before each command: flush).
  document.addEventListener('workbook:command-done', () => void refresh().catch(() => {}));
  panel.hidden = false;
  await refresh();
  return { flush: save };
}
