// Retrying what a system refused for a passing reason (a restart, a dropped connection, a
// lost serialization race). Every provisioner operation is idempotent, so running one again
// after a failure of unknown outcome is safe.

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The wait before the second try; it doubles before each later one. */
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500 };

/**
 * Runs `action` until it succeeds, the error is not transient, or the tries run out; the
 * last error is thrown as it was, with the number of tries added to its message when more
 * than one was made.
 */
export async function withRetry<T>(
  action: () => Promise<T>,
  isTransient: (error: unknown) => boolean,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await action();
    } catch (error) {
      if (!isTransient(error)) throw error;
      if (attempt >= policy.attempts) {
        if (error instanceof Error && attempt > 1)
          error.message = `${error.message} (still failing after ${attempt} tries)`;
        throw error;
      }
      // jitter spreads the retries of parallel runs apart
      const delay = policy.baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
