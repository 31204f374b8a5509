// The progress page's set-aside section: what a lesson could not restore was kept in this browser; the
// learner can download it (to look at, or to attach to a bug report) and then delete it.
import type { RemoteSession } from '../terminal/session-client.ts';
import { askToConfirm } from './confirm-dialog.ts';
import { downloadJson } from './download.ts';

// `lesson:01-what-is-an-image` → "lesson 01-what-is-an-image"; `progress` → "progress".
const describeKey = (key: string) => key.replace(/^lesson:/, 'lesson ');

/** Shows the section when something is set aside, and wires Export and Delete. */
export async function wireSetAside(session: RemoteSession): Promise<void> {
  const section = document.querySelector<HTMLElement>('[data-set-aside]');
  if (!section) return;
  const text = section.querySelector<HTMLElement>('[data-set-aside-text]')!;
  const show = async () => {
    const keys = await session.setAsideKeys();
    section.hidden = keys.length === 0;
    text.textContent = `Saved data that could not be restored was set aside in this browser: ${keys.map(describeKey).join(', ')}. Download it to look at it or to report a problem; delete it when you no longer need it.`;
  };
  section.querySelector('[data-set-aside-export]')!.addEventListener('click', async () => {
    downloadJson('docker-workbook-set-aside.json', await session.exportSetAside());
  });
  section.querySelector('[data-set-aside-discard]')!.addEventListener('click', async () => {
    const ask = { question: 'Delete the set-aside data?', detail: 'It cannot be brought back. Download it first if you may want to look at it.', yes: 'Delete', destructive: true };
    if (!(await askToConfirm(ask))) return;
    await session.discardSetAside();
    await show();
  });
  await show();
}
