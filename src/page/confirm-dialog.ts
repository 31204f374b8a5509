// A question the page asks before it does something that cannot be undone (or that a teacher will see),
// in place of window.confirm: a native modal <dialog> with role alertdialog, named by its question and
// described by its detail. The dialog keeps focus inside itself while open (the browser makes the rest
// of the page inert), Escape answers No, and focus goes back to what had it before.

/** What to ask, and the words on the two buttons. */
export interface Question {
  /** The question itself, the dialog's accessible name: "Delete app/main.sh?". */
  question: string;
  /** One or two sentences on what happens, its description. */
  detail: string;
  /** The button that goes ahead: "Delete", "Show solution". */
  yes: string;
  /** The button that changes nothing: "Cancel" unless said. */
  no?: string;
  /** Destructive: the go-ahead button is drawn in the alert colour, and focus starts on the safe answer. */
  destructive?: boolean;
}

let asked = 0;

/** Asks `question` in a modal dialog; resolves true for the go-ahead button, false for No or Escape. */
export function askToConfirm(question: Question): Promise<boolean> {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const id = `confirm-${++asked}`;
  const dialog = document.createElement('dialog');
  dialog.className = 'confirm-dialog';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-labelledby', `${id}-question`);
  dialog.setAttribute('aria-describedby', `${id}-detail`);
  dialog.dataset.confirm = '';

  const form = document.createElement('form');
  form.method = 'dialog';
  const heading = Object.assign(document.createElement('h2'), { id: `${id}-question`, textContent: question.question });
  const detail = Object.assign(document.createElement('p'), { id: `${id}-detail`, textContent: question.detail });
  const actions = document.createElement('div');
  actions.className = 'confirm-actions';
  const button = (text: string, value: string, className: string) =>
    Object.assign(document.createElement('button'), { type: 'submit', value, textContent: text, className });
  const no = button(question.no ?? 'Cancel', 'no', 'confirm-no');
  const yes = button(question.yes, 'yes', question.destructive ? 'confirm-yes confirm-danger' : 'confirm-yes');
  actions.append(no, yes);
  form.append(heading, detail, actions);
  dialog.append(form);
  document.body.append(dialog);

  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener?.isConnected) opener.focus();
      resolve(dialog.returnValue === 'yes');
    }, { once: true });
    dialog.showModal();
    (question.destructive ? no : yes).focus();
  });
}
