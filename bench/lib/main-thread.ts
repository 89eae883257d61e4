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
}

// RunTask events (the tasks) come with the timeline categories; user timing gives the steps.
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
  return {
    wall: (end - start) / 1000,
    busy: busy / 1000,
    tasks: tasks.length,
    longest: Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000)),
  };
}

/** Loads `path` once with tracing on and measures the main thread's work while annotating. */
export async function traceMainThread(
  browser: ExtensionBrowser,
  path: string,
  timeoutMs: number,
): Promise<MainThreadWork> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
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
