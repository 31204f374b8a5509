// Held-out learner journeys (issue 17): a learner's own route to a challenge — another Dockerfile form,
// another order of commands, a file written in the editor instead of with a heredoc, other names where
// the goal allows — must pass; a plausible wrong route must fail with a hint that says what is wrong.
import type { SessionApi } from '../../../src/protocol/session.ts';
import { learnerPause } from '../page.ts';

/** One step of a journey: a line typed at the prompt, or a whole file saved from the editor. */
export type Step = string | { editor: string; content: string };

/** A route to one checkpoint, and what it must earn: a pass, or a failure whose hint matches. */
export interface Journey {
  checkpoint: string;
  name: string;
  steps: Step[];
  expect: 'pass' | RegExp;
}

/** Lines of a script (a heredoc's lines are fed one by one, as a learner types or pastes them). */
export const lines = (script: string): Step[] => script.split('\n');

/** Saves `content` to `path` from the editor. */
export const editor = (path: string, content: string): Step => ({ editor: path, content });

/** Writes a file with a quoted heredoc, as a learner pastes it into the terminal. */
export const heredoc = (path: string, content: string): Step[] => [`cat > ${path} <<'EOF'`, ...content.replace(/\n$/, '').split('\n'), 'EOF'];

// Turns the background gets between two steps: a learner's pause between lines is worth several.
const TURNS_BETWEEN_STEPS = 5;

/** Plays the steps into a started session, giving detached containers their turns between lines. */
export async function play(session: SessionApi, steps: Step[]): Promise<string> {
  let out = '';
  for (const step of steps) {
    if (typeof step === 'string') await session.feed(step, (chunk) => (out += chunk.text));
    else await session.writeWorkspaceFile(step.editor, step.content);
    await learnerPause(typeof step === 'string' ? step : '', TURNS_BETWEEN_STEPS);
  }
  return out;
}
