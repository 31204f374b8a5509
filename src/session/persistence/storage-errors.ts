// Why a save failed, in words a learner can act on: IndexedDB reports a full quota or an oversized
// value as DOMExceptions whose message is often empty, so the name has to speak for it.

/** "the browser's storage for this site is full (QuotaExceededError)", or the error's own words. */
export function storageFailureReason(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  const message = String((error as { message?: unknown } | null)?.message ?? (typeof error === 'string' ? error : '')).trim();
  if (name === 'QuotaExceededError') return `the browser's storage for this site is full (QuotaExceededError${message ? `: ${message}` : ''})`;
  if (name === 'DataCloneError') return `a value could not be stored (DataCloneError${message ? `: ${message}` : ''})`;
  if (/too (large|big)/i.test(message)) return `a value is too big to store (${message})`;
  if (name === 'InvalidStateError' || name === 'UnknownError') return `storage is unavailable (${name}${message ? `: ${message}` : ''})`;
  if (typeof name === 'string' && name !== 'Error' && message) return `${name}: ${message}`;
  return message || (typeof name === 'string' ? name : 'an unknown storage error');
}
