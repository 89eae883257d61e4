/**
 * Mutual exclusion for read-modify-write on one stored record. Extension pages (popups, the
 * background) share one origin, so the Web Locks API serializes writes across every open popup;
 * where it is missing (tests, old browsers) a per-name promise chain serializes them in-process.
 */

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const chains = new Map<string, Promise<unknown>>();

function webLocks(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === "function" ? nav.locks : null;
}

/** Runs `task` while holding the lock `name`; tasks on one name run one after another. */
export function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = webLocks();
  if (locks) return locks.request(name, task);
  const previous = chains.get(name) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.catch(() => undefined);
  chains.set(name, settled);
  // Drop the chain once idle so the map does not grow with every article ever touched.
  void settled.then(() => {
    if (chains.get(name) === settled) chains.delete(name);
  });
  return run;
}
