/**
 * Work in slices that never hold the main thread long: a slice runs until it has used its time
 * budget (~8 ms), then yields to the page (see `yieldToPage`) before going on.
 */

/** Time one slice may use before it yields. */
export const SLICE_BUDGET_MS = 8;

/**
 * Resolves once the page has had its turn: with `scheduler.yield()` where the browser has it (the
 * page's input and rendering run first, then this work continues ahead of other queued tasks,
 * so a long job loses no time waiting), else on the next idle period, else after a 0 ms timeout.
 */
export function yieldToPage(win: Window = globalThis as unknown as Window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resolve) => {
    if (typeof win.requestIdleCallback === "function") {
      win.requestIdleCallback(() => resolve(), { timeout: 50 });
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/**
 * Runs `work` on every item, yielding between slices. Stops early (returning false) when
 * `cancelled()` turns true, e.g. because the page navigated or the extension was reloaded.
 */
export async function runSliced<T>(
  items: readonly T[],
  work: (item: T) => void,
  cancelled: () => boolean = () => false,
  budgetMs = SLICE_BUDGET_MS,
): Promise<boolean> {
  // Nothing can cancel the work while a slice runs (that takes other code running, which only
  // happens while it yields): `cancelled` is asked before the first slice and after each yield.
  if (cancelled()) return false;
  let sliceStart = performance.now();
  for (const item of items) {
    work(item);
    if (performance.now() - sliceStart > budgetMs) {
      await yieldToPage();
      if (cancelled()) return false;
      sliceStart = performance.now();
    }
  }
  return true;
}

/**
 * Drives a job written as a generator (each `yield` a point where it may pause) in slices like
 * `runSliced`; resolves with its return value, or `cancelled` when it was stopped midway.
 */
export async function runSteps<T, C>(
  steps: Generator<void, T>,
  cancelled: () => boolean,
  whenCancelled: C,
  budgetMs = SLICE_BUDGET_MS,
): Promise<T | C> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > budgetMs) {
      await yieldToPage();
      if (cancelled()) {
        steps.return(undefined as T);
        return whenCancelled;
      }
      sliceStart = performance.now();
    }
  }
}

/** Measures a synchronous step as `policy-lens:<name>` in the page's performance timeline. */
export function measured<T>(name: string, step: () => T): T {
  const mark = `policy-lens:${name}`;
  performance.mark(`${mark}:start`);
  try {
    return step();
  } finally {
    performance.measure(mark, `${mark}:start`);
  }
}

/** Measures an asynchronous step the same way. */
export async function measuredAsync<T>(name: string, step: () => Promise<T>): Promise<T> {
  const mark = `policy-lens:${name}`;
  performance.mark(`${mark}:start`);
  try {
    return await step();
  } finally {
    performance.measure(mark, `${mark}:start`);
  }
}
