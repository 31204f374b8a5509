// The progress page: marks every checkpoint from the session's record, exports a progress file, and
// imports one (a bad file gets a one-line reason and changes nothing).
import type { LessonSetup, ProgressRecord } from '../protocol/session.ts';
import { connectSession } from '../terminal/session-client.ts';

/** The one-line reason shown for a file that cannot be imported, never a schema dump. */
export function importErrorLine(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return `Could not import that file: ${message.replace(/^Error: /, '')} Nothing was changed.`;
}

/** Wires the board rendered by ProgressBoard.astro. */
export function wireProgressBoard(): void {
  const setups = JSON.parse(document.getElementById('progress-lessons')!.textContent!) as LessonSetup[];
  const status = document.querySelector<HTMLElement>('[data-progress-status]')!;
  const importError = document.querySelector<HTMLElement>('[data-import-error]')!;
  const session = connectSession();

  const render = (progress: ProgressRecord) => {
    let passedAll = 0;
    let total = 0;
    for (const setup of setups) {
      const row = document.querySelector<HTMLElement>(`[data-progress-lesson="${CSS.escape(setup.lessonId)}"]`)!;
      const mine = progress[setup.lessonId] ?? {};
      let passed = 0;
      for (const cp of setup.checkpoints) {
        const item = row.querySelector<HTMLElement>(`[data-progress-checkpoint="${CSS.escape(cp.id)}"]`)!;
        const entry = mine[cp.id];
        const ok = entry?.passedAt !== undefined;
        if (ok) passed++;
        item.dataset.state = ok ? 'passed' : 'pending';
        item.querySelector('[data-state-text]')!.textContent =
          (ok ? `Passed ${new Date(entry.passedAt!).toLocaleString()}` : 'Not yet') + (entry?.solutionShownAt !== undefined ? ' · solution shown' : '');
      }
      row.querySelector('[data-lesson-tally]')!.textContent = `${passed} of ${setup.checkpoints.length}`;
      passedAll += passed;
      total += setup.checkpoints.length;
    }
    status.textContent = `${passedAll} of ${total} checkpoints passed.`;
  };
  const refresh = async () => render(await session.progress());

  document.querySelector('[data-export]')!.addEventListener('click', async () => {
    const learner = document.querySelector<HTMLInputElement>('[data-learner]')!.value.trim();
    const file = await session.exportProgress(setups.map((s) => s.lessonId), learner || undefined);
    const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: `docker-workbook-progress${learner ? `-${learner.replace(/[^\w-]+/g, '_')}` : ''}.json` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    status.textContent = 'Progress exported.';
  });

  document.querySelector<HTMLInputElement>('[data-import]')!.addEventListener('change', async (event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    importError.hidden = true;
    let data: unknown;
    try {
      data = JSON.parse(await chosen.text());
    } catch {
      importError.textContent = importErrorLine(`${chosen.name} is not a JSON file.`);
      importError.hidden = false;
      return;
    }
    if (!window.confirm('Import this file? Each lesson in it is rebuilt by replaying its commands, replacing your work in that lesson on this device.')) return;
    status.textContent = 'Importing: replaying your commands…';
    try {
      const report = await session.importProgress(data, setups);
      const missing = report.lessons.flatMap((l) => l.claimed.filter((id) => !l.verified.includes(id)).map((id) => `${l.lessonId}/${id}`));
      await refresh();
      status.textContent =
        `Imported ${report.lessons.length} lesson${report.lessons.length === 1 ? '' : 's'}.` +
        (missing.length ? ` These claimed passes did not replay and were not imported: ${missing.join(', ')}.` : '') +
        (report.unknown.length ? ` Not on this site: ${report.unknown.join(', ')}.` : '');
    } catch (error) {
      importError.textContent = importErrorLine(error);
      importError.hidden = false;
      await refresh().catch(() => {});
    }
  });

  refresh().catch(() => (status.textContent = 'Your progress could not be read.'));
}
