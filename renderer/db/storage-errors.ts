// Recognising storage failures (a full disk, an aborted transaction) so they reach the user as values, not crashes.

type ErrorLike = { name?: unknown; code?: unknown; inner?: unknown; failures?: unknown };

/**
 * True when the error is, or wraps, a `QuotaExceededError`. Dexie reports it directly, as the `inner` of an
 * `AbortError` (the transaction aborted because a write hit the quota), or among the `failures` of a `BulkError`.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as ErrorLike;
  // DOMException code 22 is QUOTA_EXCEEDED_ERR in older engines that leave the name generic.
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22) return true;
  if (isQuotaError(e.inner, depth + 1)) return true;
  if (Array.isArray(e.failures)) return e.failures.some((failure: unknown) => isQuotaError(failure, depth + 1));
  if (e.failures && typeof e.failures === 'object') {
    return Object.values(e.failures as Record<string, unknown>).some((failure) => isQuotaError(failure, depth + 1));
  }
  return false;
}

/** True for errors raised by IndexedDB or Dexie while storing (as opposed to bugs in our code). */
export function isStorageError(error: unknown): boolean {
  if (isQuotaError(error)) return true;
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as ErrorLike).name;
  return typeof name === 'string' && ['AbortError', 'UnknownError', 'DataError', 'DataCloneError', 'ConstraintError', 'InvalidStateError', 'OpenFailedError', 'DatabaseClosedError', 'VersionError', 'TimeoutError', 'BulkError'].includes(name);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
