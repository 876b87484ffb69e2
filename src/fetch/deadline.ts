import { FetchError } from './fetch-error.ts';

export interface Deadline {
  /** Aborts on the caller's signal at any time, and on the timeout once started. */
  signal: AbortSignal;
  /** Starts the clock (idempotent): waiting for a per-host slot is queueing, not slowness. */
  start(): void;
  dispose(): void;
}

export function createDeadline(url: string, timeoutMs: number, external: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  const signal = external ? AbortSignal.any([external, controller.signal]) : controller.signal;
  return {
    signal,
    start() {
      timer ??= setTimeout(() => {
        controller.abort(new FetchError('timeout', `timeout after ${timeoutMs} ms fetching ${url}`, { url }));
      }, timeoutMs);
    },
    dispose() {
      if (timer !== null) clearTimeout(timer);
    },
  };
}

/** Rejects with the signal's reason when it aborts first (a DNS lookup cannot be cancelled). */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
