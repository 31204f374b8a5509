// The editor panel: the file tree of the learner's workspace beside the editor, kept in step with the
// session both ways — an edit is saved after a short pause (or at once with Ctrl-S), and after every
// command the tree and the open file are read again. New file, new folder and rename are name fields
// inside the tree (name-field.ts); the editor itself (CodeMirror) loads when first reached for.
import type { WorkbenchApi } from '../../protocol/workbench.ts';
import { askToConfirm } from '../confirm-dialog.ts';
import { notify } from '../notices.ts';
import { FileTree } from './file-tree.ts';
import { LazyEditor } from './lazy-editor.ts';
import { nameField } from './name-field.ts';

/** How long after the last keystroke an edit is saved (well inside the one second the sync promises). */
const SAVE_AFTER_MS = 250;

/** `./app//main.sh/` → `app/main.sh`: the path as the tree lists it (`..` is left for the session to refuse). */
export function treePath(name: string): string {
  return name.split('/').filter((part) => part !== '' && part !== '.').join('/');
}

/** Mounts the panel on its [data-editor-panel] element; `api` gives the current session. */
export async function mountEditorPanel(panel: HTMLElement, api: () => WorkbenchApi): Promise<{ flush(): Promise<void> }> {
  const status = panel.querySelector<HTMLElement>('[data-editor-status]')!;
  const fileLabel = panel.querySelector<HTMLElement>('[data-editor-file]')!;
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

  const editor = new LazyEditor(
    panel.querySelector<HTMLElement>('[data-code-editor]')!,
    {
      changed() {
        say('Editing…');
        clearTimeout(timer);
        timer = setTimeout(() => void save(), SAVE_AFTER_MS);
      },
      saveNow: () => void save(),
      check: (text) => api().checkDockerfile(text),
    },
    () => say('The editor could not load (offline before this page was saved for offline use?). Try again when online.'),
  );

  // `byHand`: the learner chose the file, so the full editor is wanted now (not just its preview).
  const open = async (path: string, byHand: boolean) => {
    if (byHand) void editor.load().catch(() => {});
    await save();
    const text = await api().readWorkspaceFile(path).catch((error: unknown) => (fail(error), undefined));
    if (text === undefined) return;
    openPath = path;
    savedText = text;
    editor.open(path, text);
    fileLabel.textContent = path;
    say(`Opened ${path}`);
  };

  const tree = new FileTree(panel.querySelector<HTMLElement>('[data-file-tree]')!, {
    open: (path) => void open(path, true),
    rename: (path) => rename(path),
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
      fileLabel.textContent = 'No file open';
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
        await open(first.path, false);
      }
    }
  };

  // New file or folder: a field in the current folder, prefilled with that folder's path.
  const create = (kind: 'file' | 'dir') => {
    const folder = tree.currentFolder;
    const field = nameField({
      label: kind === 'file' ? 'New file name' : 'New folder name',
      value: folder ? `${folder}/` : '',
      depth: folder ? folder.split('/').length + 1 : 1,
      async commit(name) {
        const path = treePath(name);
        if (tree.has(path)) throw new Error(`${path} already exists.`);
        if (kind === 'file') await api().writeWorkspaceFile(path, '');
        else await api().makeWorkspaceDirectory(path);
        tree.endEdit(undefined, false);
        await refresh();
        tree.activate(path, false);
        tree.focusItem(path);
        say(`Created ${path}`);
        if (kind === 'file') {
          await open(path, true);
          (await editor.load()).view.focus();
        }
      },
      cancel: () => tree.endEdit(),
    });
    tree.editNew(field.element, folder);
    field.focus();
  };

  const rename = (path: string) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const from = path.length - name.length;
    const dot = name.lastIndexOf('.');
    const field = nameField({
      label: `New name for ${path}`,
      value: path,
      select: [from, dot > 0 ? from + dot : path.length],
      depth: path.split('/').length,
      async commit(answer) {
        const to = treePath(answer);
        if (to === path) return tree.endEdit(path);
        if (tree.has(to)) throw new Error(`${to} already exists.`);
        await save();
        await api().moveWorkspaceEntry(path, to);
        if (openPath === path || openPath.startsWith(`${path}/`)) {
          openPath = to + openPath.slice(path.length);
          editor.open(openPath, editor.text);
          fileLabel.textContent = openPath;
        }
        tree.endEdit(undefined, false);
        await refresh();
        tree.activate(to, false);
        tree.focusItem(to);
        say(`Renamed ${path} to ${to}`);
      },
      cancel: () => tree.endEdit(path),
    });
    tree.editInPlace(field.element, path);
    field.focus();
  };

  const remove = async (path: string) => {
    const folder = tree.currentFolder === path;
    const asked = { question: `Delete ${path}?`, yes: 'Delete', destructive: true };
    if (!(await askToConfirm({ ...asked, detail: folder ? 'The folder and everything in it are deleted. This cannot be undone.' : 'This cannot be undone.' }))) return;
    try {
      await api().removeWorkspaceEntry(path);
      await refresh();
      // The item that had focus is gone: focus the one the tree selected in its place, not the page.
      if (tree.selected) tree.focusItem(tree.selected);
      say(`Deleted ${path}`);
    } catch (error) {
      fail(error);
    }
  };

  panel.querySelector('[data-new-file]')!.addEventListener('click', () => create('file'));
  panel.querySelector('[data-new-folder]')!.addEventListener('click', () => create('dir'));
  panel.querySelector('[data-rename]')!.addEventListener('click', () => tree.selected && rename(tree.selected));
  panel.querySelector('[data-delete]')!.addEventListener('click', () => tree.selected && void remove(tree.selected));
  // After a command the workspace may have changed (the page also saves before each command: flush).
  document.addEventListener('workbook:command-done', () => void refresh().catch(() => {}));
  panel.hidden = false;
  await refresh();
  return { flush: save };
}
