/**
 * Politeness per host: at most `limit` requests in flight to one host, and request starts at
 * least `delayMs` apart. Waiting respects the caller's AbortSignal.
 */
interface HostState {
  active: number;
  waiters: Array<() => void>;
  nextStartAt: number;
}

export interface HostGate {
  acquire(host: string, signal: AbortSignal): Promise<() => void>;
}

export function createHostGate(limit: number, delayMs: number): HostGate {
  const hosts = new Map<string, HostState>();

  function stateOf(host: string): HostState {
    let state = hosts.get(host);
    if (state === undefined) {
      state = { active: 0, waiters: [], nextStartAt: 0 };
      hosts.set(host, state);
    }
    return state;
  }

  function release(host: string, state: HostState): void {
    state.active -= 1;
    const next = state.waiters.shift();
    if (next !== undefined) next();
    else if (state.active === 0 && state.nextStartAt <= Date.now()) hosts.delete(host);
  }

  async function acquire(host: string, signal: AbortSignal): Promise<() => void> {
    const state = stateOf(host);
    while (state.active >= limit) await waitForTurn(state, signal);
    state.active += 1;
    const now = Date.now();
    const wait = state.nextStartAt - now;
    state.nextStartAt = Math.max(now, state.nextStartAt) + delayMs;
    let released = false;
    const releaseOnce = (): void => {
      if (released) return;
      released = true;
      release(host, state);
    };
    if (wait > 0) {
      try {
        await sleep(wait, signal);
      } catch (error) {
        releaseOnce();
        throw error;
      }
    }
    return releaseOnce;
  }

  return { acquire };
}

function waitForTurn(state: HostState, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      const index = state.waiters.indexOf(wake);
      if (index >= 0) state.waiters.splice(index, 1);
      reject(signal.reason);
    };
    const wake = (): void => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    state.waiters.push(wake);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
