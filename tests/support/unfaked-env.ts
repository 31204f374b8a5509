// The environment for a real process that a test may kill: the same, without libfaketime. CI runs the
// unit suite under `faketime`, whose library takes a lock shared by every process under the same faked
// clock (at start, and around each stat()). A process killed while it holds that lock leaves it held,
// and every later process under the clock — vitest's next worker too — hangs at start for good.
// The real shells compared with the workbook's (kill, jobs, exec) do not need the faked clock.

/** `env` without libfaketime's preload and settings. */
export function unfakedEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (key.startsWith('FAKETIME') || key === 'DONT_FAKE_MONOTONIC') continue;
    if (key === 'LD_PRELOAD') {
      const kept = (value ?? '').split(/[\s:]+/).filter((lib) => lib && !lib.includes('faketime'));
      if (kept.length) out[key] = kept.join(':');
      continue;
    }
    out[key] = value;
  }
  return out;
}
