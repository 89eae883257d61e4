/**
 * One fresh page load per measurement, in the harness's Chromium: Policy Lens on the site URL
 * (the content script runs), the peers on the same page at the local server's own address (which
 * the content script does not match, so the page is untouched by the extension).
 */
import type { Page } from "playwright-core";
import { type ExtensionBrowser, waitForPageState } from "../../tests/e2e/harness";
import { MARKJS_SCRIPT, markjsHighlight } from "../peers/markjs";
import { naiveHighlight, type PeerResult } from "../peers/naive";
import type { PeerTerms } from "../peers/terms";
import { type LongTask, type PageTimings, readPageTimings, recordLongTasks } from "./in-page";
import { BODY_SELECTORS } from "./pages";

/** The body element every highlighter works on. */
export const BODY_SELECTOR = BODY_SELECTORS["2025"];

/** Policy Lens on one fresh load of a page. */
export interface AnnotateSample {
  /** `policy-lens:extract`, `:analyze`, `:highlight` durations (ms). */
  readonly extract: number;
  readonly analyze: number;
  readonly highlight: number;
  /** Of `analyze`: the background's own analysis time (the rest is transfer and waiting). */
  readonly backgroundAnalyze: number;
  /** extract + analyze + highlight. */
  readonly total: number;
  /** Wall time from the content script's first mark to the end of highlighting (ms). */
  readonly span: number;
  /** When the first step started and when highlights were in place, after navigation start (ms). */
  readonly startedAt: number;
  readonly readyAt: number;
  /** Longest main-thread task overlapping the annotation (ms); 0 when none reached 50 ms. */
  readonly longestTask: number;
  /** Longest main-thread task of the whole load, page parsing included (ms). */
  readonly longestTaskOfLoad: number;
  readonly bodyBytes: number;
}

/** Registers the long-task recorder (and the helper in-page code needs) in every page the browser opens from now on. */
export async function prepareBrowser(browser: ExtensionBrowser): Promise<void> {
  // The in-page functions are compiled by tsx, which names inner functions through a `__name`
  // helper that pages do not have; an identity stands in for it.
  await browser.context.addInitScript({ content: "globalThis.__name ??= (fn) => fn;" });
  await browser.context.addInitScript(recordLongTasks);
}

/** The same page without the extension: the server's own address, which the extension ignores. */
export function untouchedUrl(browser: ExtensionBrowser, path: string): string {
  return `http://127.0.0.1:${browser.server.port}${path}`;
}

const firstMeasure = (timings: PageTimings, step: string) =>
  timings.measures.find((m) => m.name === `policy-lens:${step}`);

function longestOverlapping(tasks: readonly LongTask[], start: number, end: number): number {
  let longest = 0;
  for (const task of tasks) {
    if (task.start < end && task.start + task.duration > start) {
      longest = Math.max(longest, task.duration);
    }
  }
  return longest;
}

/** Time after the last step in which a long task still counts as the annotation's (ms). */
const RENDER_FRAME_MS = 100;

/**
 * The background's last `policy-lens:background-analyze` measure (its analyze() call), taken out
 * of its timeline so the next load reads its own.
 */
async function lastBackgroundAnalyze(browser: ExtensionBrowser): Promise<number> {
  const worker = await browser.serviceWorker();
  const value = await worker.evaluate(() => {
    const name = "policy-lens:background-analyze";
    const entries = performance.getEntriesByName(name);
    performance.clearMeasures(name);
    return entries.length > 0 ? (entries[entries.length - 1] as PerformanceEntry).duration : -1;
  });
  if (value < 0) throw new Error("the background measured no analysis");
  return value;
}

/** Loads `path` on the site with the extension and reads how long annotating it took. */
export async function measureAnnotate(
  browser: ExtensionBrowser,
  path: string,
  timeoutMs: number,
  afterReady?: (page: Page) => Promise<void>,
): Promise<AnnotateSample> {
  const page = await browser.open(path);
  try {
    await waitForPageState(page, "ready", timeoutMs);
    // Long tasks are reported a moment after they end; let the observer catch up.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    const timings = await page.evaluate(readPageTimings, BODY_SELECTOR);
    const steps = (["extract", "analyze", "highlight"] as const).map((step) => {
      const measure = firstMeasure(timings, step);
      if (!measure) {
        throw new Error(
          `${path}: no policy-lens:${step} measure (have: ${timings.measures.map((m) => m.name).join(", ") || "none"})`,
        );
      }
      return measure;
    });
    const [extract, analyze, highlight] = steps as [
      (typeof steps)[0],
      (typeof steps)[0],
      (typeof steps)[0],
    ];
    const start = timings.scriptStart ?? extract.start;
    const end = highlight.start + highlight.duration;
    const backgroundAnalyze = await lastBackgroundAnalyze(browser);
    if (afterReady) await afterReady(page);
    return {
      extract: extract.duration,
      analyze: analyze.duration,
      backgroundAnalyze,
      highlight: highlight.duration,
      total: extract.duration + analyze.duration + highlight.duration,
      span: end - start,
      startedAt: start,
      readyAt: end,
      // The browser renders newly registered highlights in the frame after the last step.
      longestTask: longestOverlapping(timings.longTasks, start, end + RENDER_FRAME_MS),
      longestTaskOfLoad: Math.max(0, ...timings.longTasks.map((t) => t.duration)),
      bodyBytes: timings.bodyBytes,
    };
  } finally {
    await page.close();
  }
}

/** The peer highlighters. */
export type PeerName = "mark.js" | "naive";

/** Loads `path` without the extension and times one peer highlighting the glossary terms. */
export async function measurePeer(
  browser: ExtensionBrowser,
  path: string,
  peer: PeerName,
  terms: PeerTerms,
): Promise<PeerResult> {
  const page = await browser.context.newPage();
  try {
    await page.goto(untouchedUrl(browser, path));
    const args = { bodySelector: BODY_SELECTOR, ...terms };
    if (peer === "mark.js") {
      await page.addScriptTag({ path: MARKJS_SCRIPT });
      return await page.evaluate(markjsHighlight, args);
    }
    return await page.evaluate(naiveHighlight, args);
  } finally {
    await page.close();
  }
}

/** JS heap in use by the page's renderer isolate after a full garbage collection (bytes). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("HeapProfiler.collectGarbage");
    const usage = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    return usage.usedSize;
  } finally {
    await cdp.detach();
  }
}

/** Heap of `path` loaded without the extension, after load and a garbage collection. */
export async function heapWithoutExtension(
  browser: ExtensionBrowser,
  path: string,
): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.goto(untouchedUrl(browser, path));
    return await heapAfterGc(page);
  } finally {
    await page.close();
  }
}
