// Test support: runs a script in a fresh headless session, then evaluates each check as its own checkpoint.
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';
import type { CheckpointSpec } from '../../src/protocol/session.ts';
import { activitySettled } from '../../src/kernel/activity.ts';

/** A check as a checkpoint declares it. */
export type Check = CheckpointSpec['checks'][number];

/** "pass", or the "why not yet" of each check after `script` ran (detached containers and runtime workers get their turn between lines, as `npm run sim` gives them). */
export async function verdicts(script: string[], checks: Check[], workspace: { path: string; content: string }[] = []): Promise<string[]> {
  const session = createSession({ storage: memoryStorage(), realTime: false });
  const checkpoints = checks.map((check, i) => ({ id: `c${i}`, title: `c${i}`, checks: [check], hints: [] }));
  await session.start({ lessonId: 't', workspace, checkpoints, tty: false, columns: 80, rows: 24 });
  for (const line of script) {
    await session.feed(line, () => {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    await activitySettled(5000);
  }
  return (await session.checkpoints()).map((r) => (r.passed ? 'pass' : r.why!));
}
