// Wires a lesson page: terminal ↔ session worker, checkpoint list, hints, Run buttons, Reset.
import type { CheckResult, CheckpointSpec, WorkspaceFile } from '../protocol/session.ts';
import { TerminalController } from './controller.ts';
import { BRACKETED_PASTE_ON, mountTerminal } from './mount.ts';
import { forgetLesson, loadHistory, saveHistory, saveProgress } from './progress-store.ts';
import { connectSession, proxyOutput } from './session-client.ts';

/** What the page embeds for its script in `<script type="application/json" id="lesson-data">`. */
export interface LessonPageData {
  lessonId: string;
  workspace: WorkspaceFile[];
  checkpoints: CheckpointSpec[];
}

declare global {
  interface Window {
    /** Resolves once the first prompt is on screen (the bench and e2e tests wait for it). */
    __workbookReady?: Promise<number>;
  }
}

let markReady: (at: number) => void = () => {};
window.__workbookReady = new Promise((resolve) => (markReady = resolve));

/** Updates the checkpoint list in place and announces newly passed checkpoints. */
function renderCheckpoints(list: HTMLElement, results: CheckResult[], announce: (text: string) => void): void {
  for (const result of results) {
    const item = list.querySelector<HTMLElement>(`[data-checkpoint="${CSS.escape(result.id)}"]`);
    if (!item) continue;
    const wasPassed = item.dataset.state === 'passed';
    item.dataset.state = result.passed ? 'passed' : 'pending';
    const status = item.querySelector<HTMLElement>('[data-status]');
    if (status) status.textContent = result.passed ? 'Passed' : 'Not yet';
    const why = item.querySelector<HTMLElement>('[data-why]');
    if (why) {
      why.textContent = result.passed ? '' : (result.why ?? '');
      why.hidden = result.passed || !result.why;
    }
    const hintButton = item.querySelector<HTMLButtonElement>('[data-hint-button]');
    if (hintButton && result.passed) hintButton.hidden = true;
    if (result.passed && !wasPassed && list.dataset.loaded === 'true') announce(`Checkpoint passed: ${result.title}`);
  }
  const passed = results.filter((r) => r.passed).length;
  const tally = document.querySelector<HTMLElement>('[data-checkpoint-tally]');
  if (tally) tally.textContent = `${passed} of ${results.length} passed`;
  list.dataset.loaded = 'true';
}

/** "Hint" reveals the next hidden hint; the button goes away when none are left. */
function wireHints(list: HTMLElement): void {
  list.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-hint-button]');
    if (!button) return;
    const item = button.closest<HTMLElement>('[data-checkpoint]');
    const next = item?.querySelector<HTMLElement>('[data-hint][hidden]');
    if (!next) return;
    next.hidden = false;
    const left = item!.querySelectorAll('[data-hint][hidden]').length;
    if (left === 0) {
      button.hidden = true;
      next.setAttribute('tabindex', '-1');
      next.focus();
    } else {
      button.textContent = `Another hint (${left} left)`;
    }
  });
}

/** "Show solution" records the reveal in the session (a grader sees it) and shows the commands; the
 *  learner's machine and attempt are untouched. */
function wireSolutions(list: HTMLElement, reveal: (checkpointId: string) => Promise<string | undefined>): void {
  list.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-solution-button]');
    const item = button?.closest<HTMLElement>('[data-checkpoint]');
    if (!button || !item) return;
    if (!window.confirm('Show the solution? Your teacher will see that you looked. Your work here stays as it is.')) return;
    button.disabled = true;
    const text = await reveal(item.dataset.checkpoint!).catch(() => undefined);
    const solution = item.querySelector<HTMLElement>('[data-solution]');
    if (solution) {
      if (text) solution.querySelector('code')!.textContent = text;
      solution.hidden = false;
      solution.setAttribute('tabindex', '-1');
      solution.focus();
    }
    button.hidden = true;
  });
}

/** Starts everything on a lesson page; called from the page's client script. */
export async function bootLessonPage(): Promise<void> {
  const data = JSON.parse(document.getElementById('lesson-data')!.textContent!) as LessonPageData;
  const screen = document.querySelector<HTMLElement>('[data-terminal]')!;
  const list = document.querySelector<HTMLElement>('[data-checkpoints]');
  const live = document.querySelector<HTMLElement>('[data-live]');
  const announce = (text: string) => {
    if (live) live.textContent = text;
  };

  const { term, fit } = mountTerminal(screen);
  const session = connectSession();

  const refresh = async () => {
    const results = await session.checkpoints();
    if (list) renderCheckpoints(list, results, announce);
    await saveProgress(data.lessonId, results.filter((r) => r.passed).length, results.length).catch(() => {});
  };

  const history = await loadHistory(data.lessonId).catch(() => [] as string[]);
  const controller = new TerminalController(term, session, {
    history,
    wrapCallback: proxyOutput,
    onCommandDone: () => void refresh(),
    onHistoryChange: (entries) => void saveHistory(data.lessonId, entries).catch(() => {}),
  });
  term.onData((input) => controller.handleData(input));

  new ResizeObserver(() => {
    if (fit()) {
      void session.resize(term.cols, term.rows);
      controller.resized();
    }
  }).observe(screen);

  document.querySelectorAll<HTMLButtonElement>('[data-run]').forEach((button) => {
    button.disabled = false;
    button.addEventListener('click', () => {
      controller.runCommand(button.dataset.run!);
      term.focus();
      // On narrow screens the terminal sits below the prose: bring it into view to show the result.
      const box = screen.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) screen.scrollIntoView({ block: 'nearest' });
    });
  });
  if (list) wireHints(list);
  if (list) wireSolutions(list, (id) => session.revealSolution(id));

  document.querySelector<HTMLButtonElement>('[data-reset]')?.addEventListener('click', async (event) => {
    const button = event.currentTarget as HTMLButtonElement;
    if (!window.confirm('Reset this lesson? Your images, containers, files and progress here start afresh.')) return;
    button.disabled = true;
    try {
      const { prompt } = await session.reset();
      await forgetLesson(data.lessonId).catch(() => {});
      term.reset();
      term.write(BRACKETED_PASTE_ON);
      controller.restart(prompt);
      await refresh();
      announce('Lesson reset.');
    } finally {
      button.disabled = false;
      term.focus();
    }
  });

  const { prompt, restored } = await session.start({
    lessonId: data.lessonId,
    workspace: data.workspace,
    checkpoints: data.checkpoints,
    tty: true,
    columns: term.cols,
    rows: term.rows,
  });
  term.write(
    restored
      ? '\x1b[2mWelcome back: your images and files are as you left them. “Reset lesson” starts afresh.\x1b[0m\r\n'
      : '\x1b[2mA simulated Docker engine runs in your browser. Try: docker images\x1b[0m\r\n',
  );
  controller.start(prompt);
  await refresh();
  screen.closest<HTMLElement>('[data-workbench]')?.setAttribute('data-ready', 'true');
  markReady(performance.now());
}
