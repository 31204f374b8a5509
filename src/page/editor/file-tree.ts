// The file tree beside the editor: role="tree" named "Files", one treeitem per file or directory,
// with the keys of the ARIA tree pattern (↑ ↓ move, → ← open and close, Enter opens a file, F2
// renames, Delete deletes) and a single tab stop (roving tabindex). A name field (name-field.ts) can
// stand in the tree for a new entry or in place of one being renamed, and stays there across redraws.
import type { WorkspaceEntry } from '../../protocol/workbench.ts';

/** What the tree asks of the page. */
export interface TreeHooks {
  open(path: string): void;
  rename(path: string): void;
  remove(path: string): void;
}

/** The tree element and its state (which directories are closed, which item is current). */
export class FileTree {
  private closed = new Set<string>();
  private current = '';
  private entries: WorkspaceEntry[] = [];
  /** An open name field: shown after `after`'s item ('' = first), or instead of `replaces`'s. */
  private editing?: { element: HTMLElement; after?: string; replaces?: string };

  constructor(
    private readonly root: HTMLElement,
    private readonly hooks: TreeHooks,
  ) {
    root.setAttribute('role', 'tree');
    root.setAttribute('aria-label', 'Files');
    root.addEventListener('click', (event) => {
      const item = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"][data-path]');
      if (item) this.activate(item.dataset.path!, true);
    });
    root.addEventListener('keydown', (event) => this.onKey(event));
  }

  /** The selected path ('' before any). */
  get selected(): string {
    return this.current;
  }

  /** Redraws from the workspace listing, keeping the selection and open/closed directories. */
  render(entries: WorkspaceEntry[], selected = this.current): void {
    this.entries = entries;
    this.current = entries.some((e) => e.path === selected) ? selected : (entries.find((e) => e.kind === 'file')?.path ?? entries[0]?.path ?? '');
    const hadFocus = this.root.contains(document.activeElement);
    const items = entries
      .filter((e) => !this.hiddenByClosedParent(e.path))
      .map((entry) => {
        const item = document.createElement('div');
        const depth = entry.path.split('/').length;
        item.setAttribute('role', 'treeitem');
        item.setAttribute('aria-level', String(depth));
        item.setAttribute('aria-selected', String(entry.path === this.current));
        item.tabIndex = entry.path === this.current ? 0 : -1;
        item.dataset.path = entry.path;
        item.dataset.kind = entry.kind;
        item.className = `tree-item tree-${entry.kind}`;
        item.style.paddingLeft = `${0.4 + (depth - 1) * 0.9}rem`;
        if (entry.kind === 'dir') item.setAttribute('aria-expanded', String(!this.closed.has(entry.path)));
        item.textContent = entry.path.split('/').pop()!;
        return item;
      });
    const children: HTMLElement[] = [];
    const editing = this.editing;
    for (const item of items) {
      if (editing && editing.replaces === item.dataset.path) {
        children.push(editing.element);
        continue;
      }
      children.push(item);
      if (editing?.after && editing.after === item.dataset.path) children.push(editing.element);
    }
    if (editing && !children.includes(editing.element)) children.unshift(editing.element);
    const fieldHadFocus = this.editing?.element.contains(document.activeElement) ?? false;
    this.root.replaceChildren(...children);
    if (children.length === 0) this.root.textContent = 'No files yet.';
    if (fieldHadFocus) this.editing?.element.querySelector('input')?.focus();
    else if (hadFocus) this.itemFor(this.current)?.focus();
  }

  /** Shows a name field for a new entry inside `parent` ('' = the top), opening that folder. */
  editNew(element: HTMLElement, parent: string): void {
    this.closed.delete(parent);
    this.editing = { element, after: parent };
    this.render(this.entries);
  }

  /** Shows a name field in place of `path`'s item (a rename). */
  editInPlace(element: HTMLElement, path: string): void {
    this.editing = { element, replaces: path };
    this.render(this.entries);
  }

  /** Closes the name field; focus goes back to `focusPath`'s item (or the current one) when asked. */
  endEdit(focusPath = this.current, focus = true): void {
    if (!this.editing) return;
    this.editing = undefined;
    if (focusPath) this.current = focusPath;
    this.render(this.entries);
    if (focus) this.itemFor(this.current)?.focus();
  }

  /** Moves focus to `path`'s item (after a redraw that made it). */
  focusItem(path: string): void {
    this.itemFor(path)?.focus();
  }

  /** Whether an entry with this path is in the listing. */
  has(path: string): boolean {
    return this.entries.some((e) => e.path === path);
  }

  /** The folder a new entry goes in: the current folder, or the current file's folder. */
  get currentFolder(): string {
    const entry = this.entries.find((e) => e.path === this.current);
    if (!entry) return '';
    if (entry.kind === 'dir') return entry.path;
    return entry.path.includes('/') ? entry.path.slice(0, entry.path.lastIndexOf('/')) : '';
  }

  /** Marks `path` current, and opens it when it is a file. */
  activate(path: string, open: boolean): void {
    this.current = path;
    for (const item of this.root.querySelectorAll<HTMLElement>('[role="treeitem"][data-path]')) {
      const mine = item.dataset.path === path;
      item.setAttribute('aria-selected', String(mine));
      item.tabIndex = mine ? 0 : -1;
    }
    const entry = this.entries.find((e) => e.path === path);
    if (entry?.kind === 'dir' && open) this.toggle(path);
    else if (entry?.kind === 'file' && open) this.hooks.open(path);
  }

  private toggle(path: string, expand?: boolean): void {
    const isClosed = this.closed.has(path);
    if (expand === true || (expand === undefined && isClosed)) this.closed.delete(path);
    else this.closed.add(path);
    this.render(this.entries, path);
    this.itemFor(path)?.focus();
  }

  private hiddenByClosedParent(path: string): boolean {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) if (this.closed.has(parts.slice(0, i).join('/'))) return true;
    return false;
  }

  private itemFor(path: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[role="treeitem"][data-path="${CSS.escape(path)}"]`);
  }

  private onKey(event: KeyboardEvent): void {
    if (!(event.target as HTMLElement).matches('[role="treeitem"][data-path]')) return;
    const items = [...this.root.querySelectorAll<HTMLElement>('[role="treeitem"][data-path]')];
    const index = items.findIndex((item) => item.dataset.path === this.current);
    const item = items[index];
    const move = (to: number) => {
      const target = items[Math.max(0, Math.min(items.length - 1, to))];
      if (!target) return;
      this.activate(target.dataset.path!, false);
      target.focus();
    };
    const handled = () => event.preventDefault();
    switch (event.key) {
      case 'ArrowDown':
        move(index + 1);
        return handled();
      case 'ArrowUp':
        move(index - 1);
        return handled();
      case 'Home':
        move(0);
        return handled();
      case 'End':
        move(items.length - 1);
        return handled();
      case 'ArrowRight':
        if (item?.dataset.kind === 'dir') this.toggle(this.current, true);
        return handled();
      case 'ArrowLeft': {
        if (item?.dataset.kind === 'dir' && !this.closed.has(this.current)) this.toggle(this.current, false);
        else if (this.current.includes('/')) move(items.findIndex((i) => i.dataset.path === this.current.slice(0, this.current.lastIndexOf('/'))));
        return handled();
      }
      case 'Enter':
      case ' ':
        if (this.current) this.activate(this.current, true);
        return handled();
      case 'F2':
        if (this.current) this.hooks.rename(this.current);
        return handled();
      case 'Delete':
        if (this.current) this.hooks.remove(this.current);
        return handled();
    }
  }
}
