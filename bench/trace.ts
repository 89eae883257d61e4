/**
 * `npx tsx bench/trace.ts [factor]`: one load of the seed page (or the synthetic page `factor`×
 * its body) with Chrome's trace recording, and what the page's main thread did during each
 * `policy-lens:*` step: busy time (tasks) against wall time, and the trace events that took it
 * (script, style, layout, paint, garbage collection, idle callbacks). Answers "work or waiting?"
 * for a step whose measure is wall time.
 */
import { launchBrowser, siteUrl, waitForPageState } from "../tests/e2e/harness";
import { readStream, type TraceEvent } from "./lib/main-thread";
import { SEED_PATH, scaledPageHtml, scaledPath, seedPageHtml } from "./lib/pages";

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink.user_timing",
  "v8",
  "v8.execute",
  "blink",
];

async function main(): Promise<void> {
  const factor = Number(process.argv[2] ?? "1") || 1;
  const seed = seedPageHtml();
  const browser = await launchBrowser();
  try {
    const path = factor === 1 ? SEED_PATH : scaledPath(factor);
    browser.server.route(path, factor === 1 ? seed : scaledPageHtml(seed, factor));
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send("Tracing.start", {
      traceConfig: { includedCategories: CATEGORIES },
      transferMode: "ReturnAsStream",
    });
    await page.goto(siteUrl(path));
    await waitForPageState(page, "ready", 30_000 + factor * 1_500);
    const complete = new Promise<{ stream?: string }>((resolve) =>
      cdp.once("Tracing.tracingComplete", resolve),
    );
    await cdp.send("Tracing.end");
    const { stream } = await complete;
    if (!stream) throw new Error("no trace stream");
    const events = (JSON.parse(await readStream(cdp, stream)) as { traceEvents: TraceEvent[] })
      .traceEvents;
    summarize(events, factor);
  } finally {
    await browser.close();
  }
}

function summarize(events: readonly TraceEvent[], factor: number): void {
  // The steps are async user-timing events ("b" and "e") on the page's renderer.
  const steps = new Map<string, { pid: number; start: number; end: number }>();
  for (const e of events) {
    if (!e.cat.includes("blink.user_timing") || !e.name.startsWith("policy-lens:")) continue;
    if (e.name.endsWith(":start")) continue;
    const step = steps.get(e.name) ?? { pid: e.pid, start: Number.NaN, end: Number.NaN };
    if (e.ph === "b" && Number.isNaN(step.start)) step.start = e.ts;
    if (e.ph === "e" && Number.isNaN(step.end)) step.end = e.ts;
    steps.set(e.name, step);
  }
  const first = [...steps.values()][0];
  if (!first) throw new Error("no policy-lens:* measures in the trace");
  const main = events.find(
    (e) => e.pid === first.pid && e.ph === "M" && e.args?.name === "CrRendererMain",
  );
  const tid = main?.tid;
  console.log(
    `# Main thread during each step: ${factor === 1 ? "seed page" : `${factor}× page`}\n`,
  );
  for (const [name, { start, end }] of steps) {
    const onMain = events.filter(
      (e) => e.pid === first.pid && e.tid === tid && e.ph === "X" && e.dur !== undefined,
    );
    const inside = onMain.filter((e) => e.ts < end && e.ts + (e.dur ?? 0) > start);
    const clipped = (e: TraceEvent) => Math.min(end, e.ts + (e.dur ?? 0)) - Math.max(start, e.ts);
    const tasks = inside.filter(
      (e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask",
    );
    const busy = tasks.reduce((n, e) => n + clipped(e), 0) / 1000;
    const longest = Math.max(0, ...tasks.map((e) => (e.dur ?? 0) / 1000));
    const byName = new Map<string, { ms: number; count: number }>();
    for (const e of inside) {
      if (tasks.includes(e)) continue;
      const entry = byName.get(e.name) ?? { ms: 0, count: 0 };
      entry.ms += clipped(e) / 1000;
      entry.count++;
      byName.set(e.name, entry);
    }
    const wall = (end - start) / 1000;
    console.log(
      `## ${name}: ${wall.toFixed(1)} ms wall, ${busy.toFixed(1)} ms in ${tasks.length} tasks (longest ${longest.toFixed(1)} ms)\n`,
    );
    console.log("| event (nested events overlap) | ms | count |\n|---|---:|---:|");
    const top = [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12);
    for (const [event, { ms, count }] of top)
      console.log(`| ${event} | ${ms.toFixed(1)} | ${count} |`);
    console.log("");
  }
}

await main();
