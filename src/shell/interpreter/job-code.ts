// The code of job control — starting a job (`cmd &`), the job builtins, kill, and the "Done" notices — as
// parts loaded on first use, so the worker's first chunk stays small. The runtime's preload fetches them
// with the lazy programs while the learner reads, and a load counts as outside work a simulated session
// waits for (kernel/activity.ts), as a lazy program's does.
import { beginActivity } from '../../kernel/activity.ts';

const load = () =>
  Promise.all([import('./background.ts'), import('../builtins-jobs.ts'), import('../builtin-kill.ts')]).then(([background, builtins, kill]) => ({ ...background, ...builtins, kill: kill.killBuiltin }));
let loading: ReturnType<typeof load> | undefined;

/** The job-control code, loaded once (a failed fetch is tried again next time). */
export function jobCode(): ReturnType<typeof load> {
  if (!loading) {
    const fetched = beginActivity();
    loading = load();
    loading.then(fetched, fetched);
    loading.catch(() => (loading = undefined));
  }
  return loading;
}
