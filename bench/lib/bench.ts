/**
 * The browser benchmark: Policy Lens annotating real pages in headless Chromium, side by side with
 * mark.js and a naive highlighter, its growth with page size, the core's throughput in Node, and
 * the extension's size and memory. `runBench` measures; report.ts formats.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { glossaryEntries } from "../../core/glossary";
import {
  buildExtension,
  CHROME_EXTENSION_DIR,
  type ExtensionBrowser,
  launchBrowser,
} from "../../tests/e2e/harness";
import type { PeerResult } from "../peers/naive";
import { peerTerms } from "../peers/terms";
import { type InPageAnalysisResult, measureInPageAnalysis } from "./in-page-analysis";
import {
  type AnnotateSample,
  heapAfterGc,
  heapWithoutExtension,
  measureAnnotate,
  measurePeer,
  type PeerName,
  prepareBrowser,
} from "./loads";
import { currentLoad, type MachineInfo, machineInfo } from "./machine";
import { type MainThreadWork, traceMainThread } from "./main-thread";
import { SEED_PATH, scaledPageHtml, scaledPath, seedPageHtml } from "./pages";
import { extensionSizes, type PartSize } from "./size";
import { pairedRatios, type Spread, spread } from "./stats";
import { measureThroughputInProcess, runCoreBenchmark, type Throughput } from "./throughput";

/** What to run. */
export interface BenchOptions {
  /** Fresh loads of the seed page per highlighter. */
  readonly seedLoads: number;
  /** One unrecorded round first (caches, service worker start-up). */
  readonly warmup: boolean;
  /** Synthetic page sizes, as multiples of the seed body. */
  readonly factors: readonly number[];
  /** Fresh loads per synthetic size … */
  readonly scalingLoads: number;
  /** … and per size of 100× or more (each takes seconds). */
  readonly bigPageLoads: number;
  /** Loads with and without the extension for the heap figures. */
  readonly memoryLoads: number;
  /** Factor of the larger page whose heap is measured too. */
  readonly memoryFactor: number;
  /** Full: the `bench:core` table (to 5 MB); quick: one in-process size. */
  readonly fullThroughput: boolean;
  /** Build the extension first (skipped when POLICY_LENS_SKIP_BUILD=1 and a build exists). */
  readonly build: boolean;
  /** Progress lines go here (stderr by default). */
  readonly log: (line: string) => void;
}

/** Options of `npm run bench` and of `--quick`. */
export function benchOptions(quick: boolean, log: (line: string) => void): BenchOptions {
  return quick
    ? {
        seedLoads: 3,
        warmup: false,
        factors: [1, 10],
        scalingLoads: 1,
        bigPageLoads: 1,
        memoryLoads: 1,
        memoryFactor: 10,
        fullThroughput: false,
        build: true,
        log,
      }
    : {
        seedLoads: 21,
        warmup: true,
        factors: [1, 10, 50, 100, 200],
        scalingLoads: 5,
        bigPageLoads: 3,
        memoryLoads: 3,
        memoryFactor: 100,
        fullThroughput: true,
        build: true,
        log,
      };
}

/** Section 1 and 2: the seed page, Policy Lens and its peers, load by load. */
export interface SeedResult {
  readonly loads: number;
  readonly bodyBytes: number;
  readonly extract: Spread;
  readonly analyze: Spread;
  readonly backgroundAnalyze: Spread;
  readonly highlight: Spread;
  readonly total: Spread;
  readonly span: Spread;
  /** First step and highlights in place, in ms after navigation start (performance.now()). */
  readonly startedAt: Spread;
  readonly readyAt: Spread;
  readonly longestTask: Spread;
  readonly longestTaskOfLoad: Spread;
  readonly peers: Record<
    PeerName,
    { readonly time: Spread; readonly matches: number; readonly ratio: Spread }
  >;
  readonly terms: { readonly forms: number; readonly abbreviations: number };
}

/** Section 3: one synthetic size. */
export interface ScalingRow {
  readonly factor: number;
  readonly bodyBytes: number;
  readonly loads: number;
  readonly total: Spread;
  readonly span: Spread;
  readonly extract: Spread;
  readonly analyze: Spread;
  readonly backgroundAnalyze: Spread;
  readonly highlight: Spread;
  readonly msPerKB: number;
  readonly longestTask: number;
  /** The page's main-thread work while annotating, from one traced load (null: not traced). */
  readonly mainThread: MainThreadWork | null;
  readonly failure: string | null;
}

/** Heap before (page without the extension) and after annotation (with it), bytes. */
export interface MemoryRow {
  readonly page: string;
  readonly before: number;
  readonly after: number;
}

/** Everything one run measured. */
export interface BenchResult {
  readonly mode: "full" | "quick";
  readonly startedAt: string;
  readonly seconds: number;
  readonly machine: MachineInfo;
  readonly glossaryEntries: number;
  readonly seed: SeedResult;
  readonly scaling: ScalingRow[];
  /** ms/kB at the largest size ÷ ms/kB at 10× (null when either is missing). */
  readonly linearity: number | null;
  readonly throughput: Throughput;
  readonly sizes: PartSize[];
  /** True when the content script bundle holds the glossary (else the two are added up). */
  readonly glossaryBundled: boolean;
  readonly memory: MemoryRow[];
  /** Section 6: the same analysis run in the page, for comparison (null: it failed, see log). */
  readonly inPage: InPageAnalysisResult | null;
}

type PeerSamples = Record<PeerName, PeerResult[]>;

async function seedSection(browser: ExtensionBrowser, options: BenchOptions): Promise<SeedResult> {
  const terms = peerTerms();
  const annotate: AnnotateSample[] = [];
  const peers: PeerSamples = { "mark.js": [], naive: [] };
  type Runner = () => Promise<void>;
  const runners: Runner[] = [
    async () => {
      annotate.push(await measureAnnotate(browser, SEED_PATH, 30_000));
    },
    async () => {
      peers["mark.js"].push(await measurePeer(browser, SEED_PATH, "mark.js", terms));
    },
    async () => {
      peers.naive.push(await measurePeer(browser, SEED_PATH, "naive", terms));
    },
  ];
  // One warm-up round (first loads pay for caches and the service worker), then rounds that
  // interleave the three, starting each round with a different one so none always goes first.
  if (options.warmup) for (const run of runners) await run();
  annotate.length = 0;
  peers["mark.js"].length = 0;
  peers.naive.length = 0;
  for (let round = 0; round < options.seedLoads; round++) {
    for (let k = 0; k < runners.length; k++)
      await (runners[(round + k) % runners.length] as Runner)();
    if ((round + 1) % 5 === 0 || round + 1 === options.seedLoads) {
      options.log(`  seed page: ${round + 1}/${options.seedLoads} rounds`);
    }
  }
  const totals = annotate.map((s) => s.total);
  const peerSummary = (name: PeerName) => ({
    time: spread(peers[name].map((p) => p.ms)),
    matches: peers[name][0]?.matches ?? 0,
    ratio: spread(
      pairedRatios(
        totals,
        peers[name].map((p) => p.ms),
      ),
    ),
  });
  return {
    loads: annotate.length,
    bodyBytes: annotate[0]?.bodyBytes ?? 0,
    extract: spread(annotate.map((s) => s.extract)),
    analyze: spread(annotate.map((s) => s.analyze)),
    backgroundAnalyze: spread(annotate.map((s) => s.backgroundAnalyze)),
    highlight: spread(annotate.map((s) => s.highlight)),
    total: spread(totals),
    span: spread(annotate.map((s) => s.span)),
    startedAt: spread(annotate.map((s) => s.startedAt)),
    readyAt: spread(annotate.map((s) => s.readyAt)),
    longestTask: spread(annotate.map((s) => s.longestTask)),
    longestTaskOfLoad: spread(annotate.map((s) => s.longestTaskOfLoad)),
    peers: { "mark.js": peerSummary("mark.js"), naive: peerSummary("naive") },
    terms: { forms: terms.forms.length, abbreviations: terms.abbreviations.length },
  };
}

async function scalingSection(
  browser: ExtensionBrowser,
  seedHtml: string,
  options: BenchOptions,
): Promise<ScalingRow[]> {
  const rows: ScalingRow[] = [];
  for (const factor of options.factors) {
    browser.server.route(scaledPath(factor), scaledPageHtml(seedHtml, factor));
  }
  for (const factor of options.factors) {
    const samples: AnnotateSample[] = [];
    let failure: string | null = null;
    // Generous: a slow build must still produce a figure rather than abort the run.
    const timeout = 30_000 + factor * 1_500;
    const loads = factor >= 100 ? options.bigPageLoads : options.scalingLoads;
    for (let i = 0; i < loads && !failure; i++) {
      try {
        samples.push(await measureAnnotate(browser, scaledPath(factor), timeout));
      } catch (error) {
        failure = (error as Error).message.split("\n")[0] ?? "failed";
      }
    }
    const total = spread(samples.map((s) => s.total));
    const bodyBytes = samples[0]?.bodyBytes ?? 0;
    // One more load with a trace: how much of the wall time the page's main thread worked.
    const mainThread = failure
      ? null
      : await traceMainThread(browser, scaledPath(factor), timeout).catch((error: unknown) => {
          options.log(`  ${factor}×: trace failed (${(error as Error).message.split("\n")[0]})`);
          return null;
        });
    rows.push({
      factor,
      bodyBytes,
      loads: samples.length,
      total,
      span: spread(samples.map((s) => s.span)),
      extract: spread(samples.map((s) => s.extract)),
      analyze: spread(samples.map((s) => s.analyze)),
      backgroundAnalyze: spread(samples.map((s) => s.backgroundAnalyze)),
      highlight: spread(samples.map((s) => s.highlight)),
      msPerKB: bodyBytes > 0 ? total.median / (bodyBytes / 1000) : Number.NaN,
      longestTask: Math.max(0, ...samples.map((s) => s.longestTask)),
      mainThread,
      failure,
    });
    options.log(
      `  ${factor}×: ${(bodyBytes / 1000).toFixed(0)} kB, median ${total.median.toFixed(1)} ms${failure ? ` (${failure})` : ""}`,
    );
  }
  return rows;
}

async function memorySection(
  browser: ExtensionBrowser,
  seedHtml: string,
  options: BenchOptions,
): Promise<MemoryRow[]> {
  const factor = options.memoryFactor;
  browser.server.route(scaledPath(factor), scaledPageHtml(seedHtml, factor));
  const pages = [
    { page: "seed page", path: SEED_PATH },
    { page: `${options.memoryFactor}× page`, path: scaledPath(options.memoryFactor) },
  ];
  const rows: MemoryRow[] = [];
  for (const { page, path } of pages) {
    const before: number[] = [];
    const after: number[] = [];
    for (let i = 0; i < options.memoryLoads; i++) {
      before.push(await heapWithoutExtension(browser, path));
      await measureAnnotate(browser, path, 30_000 + options.memoryFactor * 1_500, async (p) => {
        after.push(await heapAfterGc(p));
      });
    }
    rows.push({ page, before: spread(before).median, after: spread(after).median });
  }
  return rows;
}

/** ms/kB at the largest measured size over ms/kB at 10×. */
function linearityOf(rows: readonly ScalingRow[]): number | null {
  const ten = rows.find((r) => r.factor === 10 && !r.failure);
  const largest = [...rows].reverse().find((r) => r.factor > 10 && !r.failure);
  if (!ten || !largest || !(ten.msPerKB > 0)) return null;
  return largest.msPerKB / ten.msPerKB;
}

/** Runs every section and returns the figures. */
export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const started = Date.now();
  const machine = machineInfo();
  const seedHtml = seedPageHtml();
  if (options.build) {
    options.log("building the extension …");
    await buildExtension();
  }
  options.log("sizes …");
  const sizes = await extensionSizes(CHROME_EXTENSION_DIR);
  const glossaryBundled = bundleHoldsGlossary(sizes[0]);

  const browser = await launchBrowser();
  let seed: SeedResult;
  let scaling: ScalingRow[];
  let memory: MemoryRow[];
  let inPage: InPageAnalysisResult | null;
  try {
    await prepareBrowser(browser);
    browser.server.route(SEED_PATH, seedHtml);
    options.log(`seed page: ${options.seedLoads} rounds of Policy Lens, mark.js, naive …`);
    seed = await seedSection(browser, options);
    options.log(`scaling: ${options.factors.join("×, ")}× …`);
    scaling = await scalingSection(browser, seedHtml, options);
    options.log("memory …");
    memory = await memorySection(browser, seedHtml, options);
    options.log(`the analysis in the page instead: ${options.seedLoads} loads …`);
    inPage = await measureInPageAnalysis(browser, SEED_PATH, options.seedLoads).catch(
      (error: unknown) => {
        // A comparison, not a figure of the product: the rest of the report still stands.
        options.log(`  in-page analysis failed (${(error as Error).message.split("\n")[0]})`);
        return null;
      },
    );
  } finally {
    await browser.close();
  }

  options.log("core throughput (Node) …");
  const throughput = options.fullThroughput
    ? await runCoreBenchmark().catch((error: unknown) => {
        // The core table is one section of five: without it the rest of the report still stands.
        const reason = (error as Error).message.split("\n")[0];
        options.log(`  bench:core failed (${reason}); measuring in-process instead`);
        const fallback = measureThroughputInProcess(100_000, 3);
        return { ...fallback, source: `${fallback.source} (npm run bench:core failed: ${reason})` };
      })
    : measureThroughputInProcess(100_000, 3);
  machine.loadAtEnd = currentLoad();
  return {
    mode: options.fullThroughput ? "full" : "quick",
    startedAt: new Date(started).toISOString(),
    seconds: (Date.now() - started) / 1000,
    machine,
    glossaryEntries: glossaryEntries().length,
    seed,
    scaling,
    linearity: linearityOf(scaling),
    throughput,
    sizes,
    glossaryBundled,
    memory,
    inPage,
  };
}

/** True when the built content script contains the glossary's entries. */
function bundleHoldsGlossary(contentScript: PartSize | undefined): boolean {
  const first = glossaryEntries()[0];
  if (!first || !contentScript) return false;
  // The English glosses are stored verbatim in the compiled glossary, which minifiers keep as is.
  return contentScript.files.some((file) =>
    readFileSync(join(CHROME_EXTENSION_DIR, file), "utf8").includes(first.en),
  );
}
