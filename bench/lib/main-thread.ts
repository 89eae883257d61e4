/**
 * Work on the page's main thread while Policy Lens annotates, from a Chrome trace of one load:
 * the time the renderer's main thread spent in tasks between the content script's first and last
 * `policy-lens:*` measure (plus the frame after, which renders the highlights). The measures are
 * wall time, yields and the wait for the background included; this is the work the page pays.
 */
import type { CDPSession } from "playwright-core";
import { type ExtensionBrowser, siteUrl, waitForPageState } from "../../tests/e2e/harness";

/** A Chrome trace event (the fields the benchmark reads). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, where the trace records it (µs). */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string };
  args?: { name?: string };
}

/** Main-thread work of one traced load. */
export interface MainThreadWork {
  /** Wall time from the first step's start to the last step's end, plus one frame (ms). */
  readonly wall: number;
  /** Time the main thread spent in tasks within that window (ms). */
  readonly busy: number;
  /** Number of those tasks, and the longest (ms). */
  readonly tasks: number;
  readonly longest: number;
  /**
   * CPU time of those tasks (thread time, prorated where a task crosses the window's edge):
   * `busy` is wall time in tasks, which also counts time the thread waited for a free core.
   */
  readonly cpu: number;
  /**
   * CPU time of the background's tasks that ran its analysis (receiving the text, analyze(),
   * sending the results), or null when the trace holds no `policy-lens:background-analyze`.
   */
  readonly backgroundCpu: number | null;
}

// RunTask events (the tasks, with thread time) come with the timeline categories; user timing
// gives the steps, the page's and the background's.
const CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink.user_timing",
];
/** The frame after the last step, in which the browser renders the new highlights (µs). */
const FRAME_AFTER_US = 100_000;

/** Reads a CDP IO stream (a trace returned as a stream) to its end. */
export async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let text = "";
  for (;;) {
    const chunk = (await cdp.send("IO.read", { handle })) as { data: string; eof: boolean };
    text += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send("IO.close", { handle });
  return text;
}

/** Main-thread work within the `policy-lens:*` steps of a trace. */
export function mainThreadWork(events: readonly TraceEvent[]): MainThreadWork {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  let pid: number | null = null;
  for (const e of events) {
    if (!e.cat.includes("blink.user_timing") || !e.name.startsWith("policy-lens:")) continue;
    if (e.name.endsWith(":start")) continue;
    pid = e.pid;
    if (e.ph === "b") start = Math.min(start, e.ts);
    if (e.ph === "e") end = Math.max(end, e.ts);
  }
  if (pid === null || !Number.isFinite(start) || !Number.isFinite(end)) {
    throw new Error("no policy-lens:* measures in the trace");
  }
  end += FRAME_AFTER_US;
  const main = events.find(
    (e) => e.pid === pid && e.ph === "M" && e.args?.name === "CrRendererMain",
  );
  const tasks = events.filter(
    (e) =>
      e.pid === pid &&
      e.tid === main?.tid &&
      e.ph === "X" &&
      (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") &&
      e.ts < end &&
      e.ts + (e.dur ?? 0) > start,
  );
  // A task can appear as both event names, one inside the other: busy time is the union.
  const spans = tasks
    .map((e) => [Math.max(start, e.ts), Math.min(end, e.ts + (e.dur ?? 0))] as const)
    .sort((a, b) => a[0] - b[0]);
  let busy = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [from, to] of spans) {
    if (to <= reach) continue;
    busy += to - Math.max(from, reach);
    reach = to;
  }
  const cpu = outermost(tasks).reduce((sum, e) => {
    const dur = e.dur ?? 0;
    const inside = Math.min(end, e.ts + dur) - Math.max(start, e.ts);
    return sum + (e.tdur ?? 0) * (dur > 0 ? inside / dur : 1);
  }, 0);
  return {
    wall: (end - start) / 1000,
    busy: busy / 1000,
    tasks: tasks.length,
    longest: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
    cpu: cpu / 1000,
    backgroundCpu: backgroundCpu(events),
  };
}

const isTask = (e: TraceEvent) =>
  e.ph === "X" && (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask");

/** The tasks not nested in another of the list (a task is often traced under both names). */
function outermost(tasks: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const kept: TraceEvent[] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const e of sorted) {
    const to = e.ts + (e.dur ?? 0);
    if (to <= reach) continue;
    kept.push(e);
    reach = to;
  }
  return kept;
}

/** CPU time (ms) of the background's tasks that overlap its `policy-lens:background-analyze`. */
function backgroundCpu(events: readonly TraceEvent[]): number | null {
  let from = Number.NaN;
  let to = Number.NaN;
  let pid: number | null = null;
  for (const e of events) {
    if (e.name !== "policy-lens:background-analyze" || !e.cat.includes("blink.user_timing"))
      continue;
    pid = e.pid;
    if (e.ph === "b") from = e.ts;
    if (e.ph === "e") to = e.ts;
  }
  if (pid === null || Number.isNaN(from) || Number.isNaN(to)) return null;
  // The measure is recorded on the thread that ran it: the worker's, not the process's main one.
  const threads = new Set(
    events
      .filter((e) => e.pid === pid && e.ph === "M" && e.args?.name === "ServiceWorker thread")
      .map((e) => e.tid),
  );
  const tasks = events.filter(
    (e) =>
      e.pid === pid && threads.has(e.tid) && isTask(e) && e.ts < to && e.ts + (e.dur ?? 0) > from,
  );
  return outermost(tasks).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000;
}

/** Loads `path` once with tracing on and measures the main thread's work while annotating. */
export async function traceMainThread(
  browser: ExtensionBrowser,
  path: string,
  timeoutMs: number,
): Promise<MainThreadWork> {
  const page = await browser.context.newPage();
  try {
    // A browser-wide session: a page's own session traces only the page's processes, not the
    // extension's service worker.
    const cdp =
      (await browser.context.browser()?.newBrowserCDPSession()) ??
      (await browser.context.newCDPSession(page));
    await cdp.send("Tracing.start", {
      traceConfig: { includedCategories: CATEGORIES },
      transferMode: "ReturnAsStream",
    });
    await page.goto(siteUrl(path));
    await waitForPageState(page, "ready", timeoutMs);
    // Let the frame that renders the highlights pass.
    await page.waitForTimeout(200);
    const complete = new Promise<{ stream?: string }>((resolve) =>
      cdp.once("Tracing.tracingComplete", resolve),
    );
    await cdp.send("Tracing.end");
    const { stream } = await complete;
    if (!stream) throw new Error("no trace stream");
    const trace = JSON.parse(await readStream(cdp, stream)) as { traceEvents: TraceEvent[] };
    return mainThreadWork(trace.traceEvents);
  } finally {
    await page.close();
  }
}
