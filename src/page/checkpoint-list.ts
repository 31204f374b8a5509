// The checkpoint list beside the terminal: passed/not yet after every command, hints one at a time,
// "Show solution", and the "Lesson complete" panel when the last one passes.
import type { CheckResult } from '../protocol/session.ts';
import { askToConfirm } from './confirm-dialog.ts';

/** The list's elements and what it reports to the page. */
export class CheckpointList {
  private loaded = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly announce: (text: string) => void,
  ) {
    root.addEventListener('click', (event) => this.onHint(event));
  }

  /** Marks each checkpoint; announces those newly passed; shows the completion panel when all are. */
  render(results: CheckResult[]): void {
    for (const result of results) {
      const item = this.item(result.id);
      if (!item) continue;
      const wasPassed = item.dataset.state === 'passed';
      item.dataset.state = result.passed ? 'passed' : 'pending';
      item.setAttribute('aria-label', `${result.title}: ${result.passed ? 'passed' : 'not yet passed'}`);
      const status = item.querySelector<HTMLElement>('[data-status]');
      if (status) status.textContent = result.passed ? 'Passed' : 'Not yet';
      const why = item.querySelector<HTMLElement>('[data-why]');
      if (why) {
        why.textContent = result.passed ? '' : (result.why ?? '');
        why.hidden = result.passed || !result.why;
      }
      const hintButton = item.querySelector<HTMLButtonElement>('[data-hint-button]');
      if (hintButton) hintButton.hidden = result.passed || item.querySelector('[data-hint][hidden]') === null;
      if (result.passed && !wasPassed && this.loaded) this.announce(`Checkpoint passed: ${result.title}`);
    }
    const passed = results.filter((r) => r.passed).length;
    const tally = document.querySelector<HTMLElement>('[data-checkpoint-tally]');
    if (tally && results.length > 0) tally.textContent = `${passed} of ${results.length} passed`;
    this.showComplete(results.length > 0 && passed === results.length);
    this.loaded = true;
  }

  /** After a lesson reset: hints and revealed solutions hidden again, every button back. */
  reset(): void {
    for (const hint of this.root.querySelectorAll<HTMLElement>('[data-hint]')) hint.hidden = true;
    for (const solution of this.root.querySelectorAll<HTMLElement>('[data-solution]')) solution.hidden = true;
    for (const button of this.root.querySelectorAll<HTMLButtonElement>('[data-hint-button]')) {
      button.hidden = false;
      button.textContent = 'Hint';
    }
    for (const button of this.root.querySelectorAll<HTMLButtonElement>('[data-solution-button]')) {
      button.hidden = false;
      button.disabled = false;
    }
    this.loaded = false;
  }

  /** Solutions revealed before (the session's progress says so) are shown again, without asking twice. */
  showRevealed(checkpointIds: string[]): void {
    for (const id of checkpointIds) {
      const item = this.item(id);
      const solution = item?.querySelector<HTMLElement>('[data-solution]');
      if (!item || !solution) continue;
      solution.hidden = false;
      const button = item.querySelector<HTMLButtonElement>('[data-solution-button]');
      if (button) button.hidden = true;
    }
    this.root.dataset.revealedRestored = 'true'; // the list now says what was revealed before (tests wait for it)
  }

  /** "Show solution": the session records the reveal (a grader sees it) and returns the commands. */
  wireSolutions(reveal: (checkpointId: string) => Promise<string | undefined>): void {
    this.root.addEventListener('click', async (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-solution-button]');
      const item = button?.closest<HTMLElement>('[data-checkpoint]');
      if (!button || !item) return;
      const title = item.querySelector('.checkpoint-title')?.textContent ?? 'this checkpoint';
      const ask = { question: `Show the solution to “${title}”?`, detail: 'Your teacher will see that you looked. Your work here stays as it is.', yes: 'Show solution' };
      if (!(await askToConfirm(ask))) return;
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

  private item(id: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[data-checkpoint="${CSS.escape(id)}"]`);
  }

  /** "Hint" reveals the next hidden hint; the button goes away when none are left. */
  private onHint(event: Event): void {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-hint-button]');
    const item = button?.closest<HTMLElement>('[data-checkpoint]');
    const next = item?.querySelector<HTMLElement>('[data-hint][hidden]');
    if (!button || !item || !next) return;
    next.hidden = false;
    const left = item.querySelectorAll('[data-hint][hidden]').length;
    if (left === 0) {
      button.hidden = true;
      next.setAttribute('tabindex', '-1');
      next.focus();
    } else {
      button.textContent = `Another hint (${left} left)`;
    }
  }

  private showComplete(complete: boolean): void {
    const panel = document.querySelector<HTMLElement>('[data-lesson-complete]');
    const body = panel?.querySelector<HTMLElement>('[data-complete-body]');
    if (!panel || !body) return;
    const wasShown = !body.hidden;
    body.hidden = !complete;
    panel.dataset.state = complete ? 'complete' : 'open';
    if (complete && !wasShown && this.loaded) this.announce('Lesson complete.');
  }
}
