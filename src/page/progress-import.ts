// The progress page's import: the file is replayed apart first, with a progress bar and a Cancel
// button; then the learner sees what the replay verified and confirms the swap (or keeps their work).
// Until they confirm, nothing of theirs changes.
import type { ImportReport, LessonSetup } from '../protocol/session.ts';
import { proxyCallback, type RemoteSession } from '../terminal/session-client.ts';

/** The one-line reason shown for a file that cannot be imported, never a schema dump. */
export function importErrorLine(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  return `Could not import that file: ${message.replace(/^Error: /, '')} Nothing was changed.`;
}

/** What the replay found, in one line, before the learner confirms. */
export function importSummary(report: ImportReport, title: (lessonId: string) => string): string {
  const lessons = report.lessons.map((l) => `${title(l.lessonId)} (${l.verified.length} checkpoint${l.verified.length === 1 ? '' : 's'} passed)`);
  const missing = report.lessons.flatMap((l) => l.claimed.filter((id) => !l.verified.includes(id)).map((id) => `${l.lessonId}/${id}`));
  return (
    `The file replayed: ${lessons.join(', ') || 'no lesson of this site'}.` +
    (missing.length ? ` These claimed passes did not replay and would not be imported: ${missing.join(', ')}.` : '') +
    (report.unknown.length ? ` Not on this site: ${report.unknown.join(', ')}.` : '') +
    (report.lessons.length ? ' Replace your work in these lessons on this device with it?' : '')
  );
}

/** The page's pieces the import drives. */
interface ImportElements {
  input: HTMLInputElement;
  status: HTMLElement;
  error: HTMLElement;
  flow: HTMLElement;
  bar: HTMLProgressElement;
  count: HTMLElement;
  cancel: HTMLButtonElement;
  confirm: HTMLElement;
  summary: HTMLElement;
  commit: HTMLButtonElement;
  keep: HTMLButtonElement;
}

function elements(): ImportElements {
  const get = <T extends HTMLElement>(name: string) => document.querySelector<T>(`[data-${name}]`)!;
  return {
    input: get('import'),
    status: get('progress-status'),
    error: get('import-error'),
    flow: get('import-flow'),
    bar: get('import-progress'),
    count: get('import-count'),
    cancel: get('import-cancel'),
    confirm: get('import-confirm'),
    summary: get('import-summary'),
    commit: get('import-commit'),
    keep: get('import-keep'),
  };
}

/** Wires the Import input, the replay's progress bar and Cancel, and the confirmation. */
export function wireImport(session: RemoteSession, setups: LessonSetup[], refresh: () => Promise<void>): void {
  const ui = elements();
  const title = (lessonId: string) => document.querySelector(`[data-progress-lesson="${CSS.escape(lessonId)}"] th a`)?.textContent?.trim() ?? lessonId;
  const fail = (line: string) => {
    ui.error.textContent = line;
    ui.error.hidden = false;
  };
  const finish = (statusLine: string) => {
    ui.flow.hidden = true;
    ui.confirm.hidden = true;
    ui.input.disabled = false;
    ui.status.textContent = statusLine;
  };
  const onProgress = proxyCallback((done: number, total: number) => {
    ui.bar.max = Math.max(total, 1);
    ui.bar.value = done;
    ui.count.textContent = `${done} of ${total} commands`;
  });

  ui.input.addEventListener('change', async () => {
    const chosen = ui.input.files?.[0];
    ui.input.value = '';
    if (!chosen) return;
    ui.error.hidden = true;
    let data: unknown;
    try {
      data = JSON.parse(await chosen.text());
    } catch {
      return fail(importErrorLine(`${chosen.name} is not a JSON file.`));
    }
    ui.input.disabled = true;
    ui.bar.value = 0;
    ui.count.textContent = '';
    ui.flow.hidden = false;
    ui.status.textContent = 'Importing: replaying your commands apart from your work (nothing is changed yet)…';
    try {
      const report = await session.stageImport(data, setups, onProgress);
      ui.flow.hidden = true;
      ui.summary.textContent = importSummary(report, title);
      ui.commit.hidden = report.lessons.length === 0;
      ui.confirm.hidden = false;
      ui.status.textContent = 'The replay finished: confirm to replace your work, or keep it.';
      (report.lessons.length ? ui.commit : ui.keep).focus();
    } catch (error) {
      if ((error as Error).name === 'AbortError') return finish('Import cancelled. Nothing was changed.');
      finish('');
      fail(importErrorLine(error));
    }
  });

  ui.cancel.addEventListener('click', () => void session.cancelImport());
  ui.keep.addEventListener('click', () => {
    void session.cancelImport();
    finish('Import cancelled. Nothing was changed.');
  });
  ui.commit.addEventListener('click', async () => {
    ui.commit.disabled = true;
    try {
      const report = await session.commitImport();
      await refresh();
      finish(`Imported ${report.lessons.length} lesson${report.lessons.length === 1 ? '' : 's'}.`);
    } catch (error) {
      finish('');
      fail(importErrorLine(error));
      await refresh().catch(() => {});
    } finally {
      ui.commit.disabled = false;
    }
  });
}
