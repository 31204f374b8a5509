// Notices a person and a test can find: one line each, as role="alert" (something went wrong) or
// role="status" (something happened), in the page's notice area, each with a button to dismiss it.

/** How urgent a notice is: an alert interrupts a screen reader, a status waits its turn. */
export type NoticeKind = 'alert' | 'status';

/** Shows `text` in the notice area (created at the top of <main> if the page has none); returns the notice. */
export function notify(text: string, kind: NoticeKind = 'status'): HTMLElement {
  const area = noticeArea();
  const notice = document.createElement('div');
  notice.className = `notice notice-${kind}`;
  // The role sits on the message alone, so the notice reads (and tests find) one line, without the button.
  const message = document.createElement('p');
  message.setAttribute('role', kind);
  message.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'notice-close';
  close.setAttribute('aria-label', 'Dismiss this notice');
  close.textContent = '×';
  close.addEventListener('click', () => notice.remove());
  notice.append(message, close);
  area.append(notice);
  return notice;
}

function noticeArea(): HTMLElement {
  const existing = document.querySelector<HTMLElement>('[data-notices]');
  if (existing) return existing;
  const area = document.createElement('div');
  area.className = 'notices';
  area.dataset.notices = '';
  (document.querySelector('main') ?? document.body).prepend(area);
  return area;
}
