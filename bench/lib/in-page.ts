/**
 * Functions the benchmark runs inside pages (passed to `addInitScript` / `page.evaluate`, so each
 * is self-contained: no imports, no outer variables).
 */

/** One main-thread task of 50 ms or more, from the Long Tasks API. */
export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** A `performance.measure` entry. */
export interface MeasureEntry {
  readonly name: string;
  readonly start: number;
  readonly duration: number;
}

/** What a page reports after Policy Lens has annotated it. */
export interface PageTimings {
  readonly measures: MeasureEntry[];
  /** Start time of the `policy-lens:start` mark, when the content script sets one. */
  readonly scriptStart: number | null;
  readonly longTasks: LongTask[];
  /** UTF-8 bytes of the article body's text. */
  readonly bodyBytes: number;
}

/**
 * Init script: records every long task of the page from its first moment, on `window`. The
 * observer is `buffered`, so tasks that ran before it was registered are reported too.
 */
export function recordLongTasks(): void {
  const tasks: Array<{ start: number; duration: number }> = [];
  (window as unknown as { __benchLongTasks: typeof tasks }).__benchLongTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        tasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No Long Tasks API: the longest-task column stays empty.
  }
}

/**
 * The `policy-lens:*` measures (performance entries are per document, so the content script's
 * isolated world and the page share them), the long tasks so far and the body's text size.
 */
export function readPageTimings(bodySelector: string): PageTimings {
  const measures = performance
    .getEntriesByType("measure")
    .filter((entry) => entry.name.startsWith("policy-lens:"))
    .map((entry) => ({ name: entry.name, start: entry.startTime, duration: entry.duration }));
  const startMark = performance.getEntriesByName("policy-lens:start", "mark")[0];
  const body = document.querySelector(bodySelector);
  return {
    measures,
    scriptStart: startMark ? startMark.startTime : null,
    longTasks: [
      ...((window as unknown as { __benchLongTasks?: LongTask[] }).__benchLongTasks ?? []),
    ],
    bodyBytes: new TextEncoder().encode(body?.textContent ?? "").length,
  };
}
