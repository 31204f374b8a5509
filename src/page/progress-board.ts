// The progress page: marks every checkpoint from the session's record, exports a progress file, and
// imports one (progress-import.ts: replayed apart, cancellable, swapped in on the learner's word).
import type { LessonSetup, ProgressRecord } from '../protocol/session.ts';
import { connectSession } from '../terminal/session-client.ts';
import { wireImport } from './progress-import.ts';
import { wireSetAside } from './progress-set-aside.ts';
import { downloadJson } from './download.ts';

/** Wires the board rendered by ProgressBoard.astro. */
export function wireProgressBoard(): void {
  const setups = JSON.parse(document.getElementById('progress-lessons')!.textContent!) as LessonSetup[];
  const status = document.querySelector<HTMLElement>('[data-progress-status]')!;
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
    downloadJson(`docker-workbook-progress${learner ? `-${learner.replace(/[^\w-]+/g, '_')}` : ''}.json`, file);
    status.textContent = 'Progress exported.';
  });

  wireImport(session, setups, refresh);
  void wireSetAside(session).catch(() => {});

  refresh().catch(() => (status.textContent = 'Your progress could not be read.'));
}
