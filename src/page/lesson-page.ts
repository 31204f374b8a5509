// Wires a lesson page: the terminal is drawn with its prompt at once; the session worker starts in
// parallel (supervised), then checkpoints, hints, Run buttons and Reset; the editor and the layer
// picture load as chunks of their own once the session answers (CodeMirror only when reached for).
import type { CheckpointSpec, OutputChunk, SessionOptions, WorkspaceFile } from '../protocol/session.ts';
import type { WorkbenchApi } from '../protocol/workbench.ts';
import { TerminalController } from '../terminal/controller.ts';
import { BRACKETED_PASTE_ON, mountTerminal } from '../terminal/mount.ts';
import { PacedOutput } from '../terminal/paced-output.ts';
import { forgetHistory, loadHistory, saveHistory } from '../terminal/history-store.ts';
import { proxyCallback } from '../terminal/session-client.ts';
import { CheckpointList } from './checkpoint-list.ts';
import { askToConfirm } from './confirm-dialog.ts';
import { mountWhenNear } from './lazy-panels.ts';
import { notify } from './notices.ts';
import { superviseSession } from './supervisor.ts';
import { Transcript } from './transcript.ts';

/** What the page embeds for its script in `<script type="application/json" id="lesson-data">`. */
export interface LessonPageData {
  lessonId: string;
  workspace: WorkspaceFile[];
  checkpoints: CheckpointSpec[];
}

/** The host shell's prompt in a fresh lesson (a test keeps it equal to the session's). */
export const FIRST_PROMPT = 'learner@workbook:~$ ';

declare global {
  interface Window {
    /** Resolves once the first prompt is on screen and takes keys (the bench waits for it); set by TerminalPanel's inline script. */
    __workbookReady?: Promise<number>;
    /** Keys typed at that early prompt, as xterm would send them, to replay into the terminal. */
    __workbookKeys?: string[];
  }
}

let markReady: (at: number) => void = () => {};
// Without the panel's inline script (it did not run), the prompt is ready when xterm draws it.
window.__workbookReady ??= new Promise((resolve) => (markReady = resolve));

const promptKey = (lessonId: string) => `workbook:prompt:${lessonId}`;

/** The prompt this lesson showed last (its cwd may differ from home), so a reload draws it at once. */
function rememberedPrompt(lessonId: string): string {
  try {
    return localStorage.getItem(promptKey(lessonId)) ?? FIRST_PROMPT;
  } catch {
    return FIRST_PROMPT;
  }
}

function rememberPrompt(lessonId: string, prompt: string): void {
  try {
    localStorage.setItem(promptKey(lessonId), prompt);
  } catch {
    // Storage may be off (private windows): the prompt is then redrawn when the session answers.
  }
}

/** Starts everything on a lesson page; called from the page's client script. */
export function bootLessonPage(): void {
  const data = JSON.parse(document.getElementById('lesson-data')!.textContent!) as LessonPageData;
  const screen = document.querySelector<HTMLElement>('[data-terminal]')!;
  const workbench = screen.closest<HTMLElement>('[data-workbench]');
  const live = document.querySelector<HTMLElement>('[data-live]');
  const announce = (text: string) => {
    if (live) live.textContent = text;
  };
  const logElement = document.querySelector<HTMLElement>('[data-terminal-log]');
  const transcript = logElement ? new Transcript(logElement) : undefined;

  // 1. The terminal and its prompt, before any worker exists: keys typed now are edited and kept.
  const { term, fit } = mountTerminal(screen);
  term.write('\x1b[90mA simulated Docker engine runs in your browser. Try: docker images\x1b[0m\r\n');
  const beforeRun: (() => Promise<void>)[] = [];
  // Commands' output is paced into xterm, so a flood never holds the page (and Ctrl-C drops what is not drawn).
  const output = new PacedOutput(term);
  const controller = new TerminalController(output, undefined, {
    wrapCallback: proxyCallback,
    beforeRun: async () => {
      for (const flush of beforeRun) await flush();
    },
    onCommandDone: (result) => {
      rememberPrompt(data.lessonId, result.prompt);
      void afterCommand();
    },
    onHistoryChange: (entries) => void saveHistory(data.lessonId, entries).catch(() => {}),
    onTranscript: (text) => transcript?.append(text),
  });
  term.onData((input) => controller.handleData(input));
  controller.start(rememberedPrompt(data.lessonId));
  handOverEarlyKeys(screen, term, (keys) => controller.handleData(keys));
  workbench?.setAttribute('data-prompt', 'true');
  markReady(performance.now());
  performance.mark('workbook:terminal'); // xterm has taken over from the early prompt (the bench reports it)
  void loadHistory(data.lessonId).then((entries) => controller.restoreHistory(entries), () => {});

  // 2. The session, in a supervised worker started now, in parallel with the rest of the page.
  const list = document.querySelector<HTMLElement>('[data-checkpoints]');
  const checkpoints = list ? new CheckpointList(list, announce) : undefined;
  const options: SessionOptions = {
    lessonId: data.lessonId,
    workspace: data.workspace,
    checkpoints: data.checkpoints,
    tty: true,
    columns: term.cols,
    rows: term.rows,
  };
  let readOnlyNotice: HTMLElement | undefined;
  const supervisor = superviseSession(options, {
    lost(reason) {
      notify(reason, 'alert');
      controller.detach(`workbook: ${reason}`);
    },
    started(api, { prompt, restored, notice, readOnly }, isRestart) {
      controller.attach(api, prompt);
      // What a background job (`cmd &`) prints between commands comes up above the prompt.
      void api.watch(proxyCallback((chunk: OutputChunk) => controller.printOutput(chunk.text)));
      rememberPrompt(data.lessonId, prompt);
      if (restored && !isRestart) controller.printAbove('\x1b[90mWelcome back: your images and files are as you left them. “Reset lesson” starts afresh.\x1b[0m');
      // What of the saved work could not be restored (or saved), and why; or that another tab writes this lesson.
      if (notice) readOnlyNotice = offerTakeOver(notify(notice, readOnly ? 'status' : 'alert'), readOnly ? supervisor : undefined, (next) => controller.attach(api, next));
      workbench?.setAttribute('data-ready', 'true');
      void refresh();
      // What was revealed before this load stays revealed (until a reset forgets it).
      void api.progress().then((progress) => {
        const mine = Object.entries(progress[data.lessonId] ?? {});
        checkpoints?.showRevealed(mine.filter(([, entry]) => entry.solutionShownAt !== undefined).map(([id]) => id));
      }, () => {});
      if (!isRestart) loadExtras(() => supervisor.api, beforeRun);
    },
    tabChanged(change) {
      readOnlyNotice?.remove();
      const api = supervisor.api;
      if (!change.writer) return void (readOnlyNotice = offerTakeOver(notify(change.notice, 'status'), supervisor, (next) => controller.attach(api, next)));
      controller.attach(api, change.prompt);
      readOnlyNotice = notify('The other tab on this lesson let go of it (closed, or an import replaced it): this tab now runs and saves your commands.', 'status');
    },
    failed(error) {
      console.error(error);
      notify('The terminal could not start its Docker engine. Reload the page to try again.', 'alert');
    },
  });

  const refresh = async () => {
    const results = await supervisor.api.checkpoints();
    checkpoints?.render(results);
  };
  const afterCommand = async () => {
    await refresh().catch(() => {});
    document.dispatchEvent(new CustomEvent('workbook:command-done'));
  };

  new ResizeObserver(() => {
    if (fit()) {
      options.columns = term.cols;
      options.rows = term.rows;
      void supervisor.api?.resize(term.cols, term.rows);
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
      document.dispatchEvent(new CustomEvent('workbook:show-terminal'));
    });
  });
  checkpoints?.wireSolutions((id) => supervisor.api.revealSolution(id));

  document.querySelector<HTMLButtonElement>('[data-reset]')?.addEventListener('click', async (event) => {
    const button = event.currentTarget as HTMLButtonElement;
    // The panel words the question (the sandbox's differs); the go-ahead button repeats the reset button's text.
    const ask = { question: button.dataset.resetQuestion!, detail: button.dataset.resetDetail!, yes: button.textContent!.trim(), destructive: true };
    if (!(await askToConfirm(ask))) return;
    button.disabled = true;
    try {
      const { prompt } = await supervisor.api.reset();
      await forgetHistory(data.lessonId).catch(() => {});
      rememberPrompt(data.lessonId, prompt);
      term.reset();
      term.write(BRACKETED_PASTE_ON);
      output.discardOutput();
      transcript?.clear();
      checkpoints?.reset();
      controller.restart(prompt);
      await afterCommand();
      announce(data.lessonId === 'sandbox' ? 'Sandbox reset.' : 'Lesson reset.');
    } finally {
      button.disabled = false;
      term.focus();
    }
  });
}

/** The editor and the layer picture: separate chunks, each fetched on idle or when its panel nears the screen. */
function loadExtras(api: () => WorkbenchApi, beforeRun: (() => Promise<void>)[]): void {
  const editor = document.querySelector<HTMLElement>('[data-editor-panel]');
  const layers = document.querySelector<HTMLElement>('[data-layers]');
  if (editor) {
    mountWhenNear(editor, () =>
      import('./editor/editor-panel.ts')
        .then(({ mountEditorPanel }) => mountEditorPanel(editor, api))
        .then(({ flush }) => void beforeRun.push(flush)),
    );
  }
  if (layers) mountWhenNear(layers, () => import('./layers/layers-panel.ts').then(({ mountLayersPanel }) => mountLayersPanel(layers, api)));
}

/** The early prompt's keys go to the terminal, and so does focus; the early prompt goes once xterm has painted. */
function handOverEarlyKeys(screen: HTMLElement, term: { focus(): void }, send: (keys: string) => void): void {
  const boot = screen.querySelector<HTMLElement>('[data-terminal-boot]');
  const hadFocus = boot !== null && boot === document.activeElement;
  for (const keys of window.__workbookKeys?.splice(0) ?? []) send(keys);
  if (hadFocus) term.focus();
  // xterm draws on the next animation frame; hiding the early prompt in the same frame, after it, never
  // flashes. It leaves the page once its paint has been reported (__workbookReady, by Element Timing,
  // which drops the report of an element removed or undisplayed first; hidden keeps it), or after
  // EARLY_PROMPT_GRACE_MS if it was never on screen to paint.
  requestAnimationFrame(() => {
    if (!boot) return;
    boot.style.visibility = 'hidden';
    const grace = new Promise((resolve) => setTimeout(resolve, EARLY_PROMPT_GRACE_MS));
    void Promise.race([window.__workbookReady, grace]).finally(() => boot.remove());
  });
}

/** How long a hidden early prompt that was never painted (the terminal out of view) stays in the page. */
const EARLY_PROMPT_GRACE_MS = 5000;

// A read-only tab's notice gets a "Take over" button: this tab carries on from the other's last save.
function offerTakeOver(notice: HTMLElement, api: { takeOver(): Promise<{ prompt: string }> } | undefined, attach: (prompt: string) => void): HTMLElement | undefined {
  if (!api) return undefined;
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Take over' });
  button.addEventListener('click', async () => {
    button.disabled = true;
    attach((await api.takeOver()).prompt);
    notice.remove();
  });
  notice.querySelector('p')?.after(button);
  return notice;
}
