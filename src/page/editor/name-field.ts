// The text field the file tree shows in place for a new file or folder, or a rename: Enter commits,
// Escape cancels, and a name the workspace refuses keeps the field open with the reason under it
// (no window.prompt). It sits in a treeitem of its own (no data-path: the tree's keys skip it), as a
// tree may only own treeitems.

/** What the field asks of its owner. */
export interface NameFieldOptions {
  /** The field's accessible name ("New file name", "New name for app/run.sh"). */
  label: string;
  /** The text it starts with; `select` is the part selected at first (the name, not its folder). */
  value: string;
  select?: [number, number];
  /** Tree depth of the entry being named (for the indent). */
  depth: number;
  /** Tries the name; a thrown error's first line is shown under the field, which stays open. */
  commit(name: string): Promise<void>;
  /** Escape, or leaving an empty field: the tree puts focus back where it was. */
  cancel(): void;
}

let fieldCount = 0;

/** An open name field: its element (for the tree to place) and a way to close it. */
export interface NameField {
  readonly element: HTMLElement;
  focus(): void;
}

/** Builds the field; the caller puts `element` in the tree and calls `focus()`. */
export function nameField(options: NameFieldOptions): NameField {
  const id = `name-field-${++fieldCount}`;
  const group = document.createElement('div');
  group.setAttribute('role', 'treeitem');
  group.setAttribute('aria-level', String(options.depth));
  group.className = 'tree-edit';
  group.style.paddingLeft = `${0.4 + (options.depth - 1) * 0.9}rem`;
  const input = Object.assign(document.createElement('input'), { type: 'text', value: options.value, spellcheck: false, autocomplete: 'off' });
  input.setAttribute('aria-label', options.label);
  input.setAttribute('aria-describedby', `${id}-error`);
  input.setAttribute('autocapitalize', 'off');
  const error = document.createElement('p');
  error.id = `${id}-error`;
  error.className = 'tree-edit-error';
  error.hidden = true;
  group.append(input, error);

  let busy = false;
  const showError = (text: string) => {
    error.textContent = text;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    // role=alert only while there is something to say, so a screen reader hears each new reason once.
    error.setAttribute('role', 'alert');
  };
  const commit = async () => {
    if (busy) return;
    const name = input.value.trim();
    if (name === '') return showError('Type a name, or press Escape to cancel.');
    busy = true;
    try {
      await options.commit(name);
    } catch (reason) {
      showError(reason instanceof Error ? reason.message.split('\n')[0] : String(reason));
      input.focus();
    } finally {
      busy = false;
    }
  };
  input.addEventListener('keydown', (event) => {
    event.stopPropagation(); // the tree's arrow, Enter and Delete keys are not for the field
    if (event.key === 'Enter') {
      event.preventDefault();
      void commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      options.cancel();
    }
  });
  input.addEventListener('input', () => {
    if (error.hidden) return;
    error.hidden = true;
    error.removeAttribute('role');
    input.removeAttribute('aria-invalid');
  });
  // Clicking away from a field nobody typed in closes it; a typed name waits for Enter or Escape.
  // (A tick later: the tree's redraw moves the field and gives it focus back.)
  input.addEventListener('blur', () =>
    setTimeout(() => {
      if (!busy && group.isConnected && !group.contains(document.activeElement) && input.value.trim() === '') options.cancel();
    }),
  );
  return {
    element: group,
    focus() {
      input.focus();
      const [from, to] = options.select ?? [input.value.length, input.value.length];
      input.setSelectionRange(from, to);
    },
  };
}
