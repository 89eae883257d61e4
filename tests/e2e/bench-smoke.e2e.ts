/**
 * The browser benchmark's smoke run: `bench/run.ts --quick` drives Chromium with the built
 * extension on the seed page, its peers and a 10× page, and its report must have every section
 * with real (positive) figures. It checks the machinery, not the speed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BenchResult } from "../../bench/lib/bench";
import { corpusSkipReason } from "../corpus";
import { REPO_ROOT } from "./harness";

const corpusSkip = corpusSkipReason();

/** What the report file holds: the figures plus the target checks. */
type BenchJson = BenchResult & { targets: Array<{ target: string; met: boolean | null }> };

describe.skipIf(corpusSkip !== null)("npm run bench -- --quick", () => {
  let out: string;
  let markdown: string;
  let json: BenchJson;
  let stdout: string;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "policy-lens-bench-"));
    // The suite has built the extension already (global setup): measure that build.
    const run = spawnSync("npx", ["tsx", "bench/run.ts", "--quick", "--no-build", "--out", out], {
      cwd: REPO_ROOT,
      encoding: "utf8",
      timeout: 240_000,
    });
    if (run.status !== 0) throw new Error(`bench exited with ${run.status}:\n${run.stderr}`);
    stdout = run.stdout;
    markdown = readFileSync(join(out, "latest.md"), "utf8");
    json = JSON.parse(readFileSync(join(out, "latest.json"), "utf8")) as BenchJson;
  }, 260_000);
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it("prints the report it writes, with every section", () => {
    expect(stdout.trim()).toBe(markdown.trim());
    for (const heading of [
      "## 1. Annotate cost on the seed page",
      "## 2. Peers on the same page, same run",
      "## 3. Scaling",
      "## 4. Core throughput in Node",
      "## 5. Size and memory",
      "## 6. The same analysis in the page instead (for comparison)",
      "## Targets",
    ]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toMatch(/Machine: .+, \d+ cores, [\d.]+ GiB RAM/);
    expect(markdown).toMatch(/Browser: .*Chrom/);
  });

  it("times Policy Lens step by step on every load", () => {
    const { seed } = json;
    expect(seed.loads).toBe(3);
    expect(seed.bodyBytes).toBeGreaterThan(1000);
    for (const step of [seed.extract, seed.analyze, seed.highlight, seed.total]) {
      expect(step.n).toBe(3);
      expect(step.median).toBeGreaterThan(0);
    }
    expect(seed.total.median).toBeGreaterThanOrEqual(seed.analyze.median);
    expect(seed.span.median).toBeGreaterThan(0);
    // Highlights are in place after the first step, both measured from navigation start.
    expect(seed.startedAt.median).toBeGreaterThan(0);
    expect(seed.readyAt.min).toBeGreaterThan(seed.startedAt.min);
    // The background's own analysis is part of the page's wait for it.
    expect(seed.backgroundAnalyze.n).toBe(3);
    expect(seed.backgroundAnalyze.median).toBeGreaterThan(0);
    expect(seed.backgroundAnalyze.median).toBeLessThan(seed.analyze.median);
  });

  it("times both peers on the same terms, with paired ratios", () => {
    const { peers, terms } = json.seed;
    expect(terms.forms).toBeGreaterThan(100);
    for (const peer of [peers["mark.js"], peers.naive]) {
      expect(peer.time.n).toBe(3);
      expect(peer.time.median).toBeGreaterThan(0);
      expect(peer.matches).toBeGreaterThan(0);
      expect(peer.ratio.median).toBeGreaterThan(0);
    }
  });

  it("measures the 1× and 10× pages, ten times the text", () => {
    const [one, ten] = json.scaling;
    expect(one?.factor).toBe(1);
    expect(ten?.factor).toBe(10);
    for (const row of [one, ten]) {
      expect(row?.failure).toBeNull();
      expect(row?.total.median).toBeGreaterThan(0);
      expect(row?.msPerKB).toBeGreaterThan(0);
      // One traced load: the main thread worked, for no longer than the steps' wall time.
      expect(row?.mainThread?.busy).toBeGreaterThan(0);
      expect(row?.mainThread?.busy).toBeLessThanOrEqual(row?.mainThread?.wall ?? 0);
      // CPU time is part of the busy time; the background's analysis took some CPU too.
      expect(row?.mainThread?.cpu).toBeGreaterThan(0);
      expect(row?.mainThread?.cpu).toBeLessThanOrEqual((row?.mainThread?.busy ?? 0) + 0.5);
      expect(row?.mainThread?.backgroundCpu).toBeGreaterThan(0);
    }
    const ratio = (ten?.bodyBytes ?? 0) / (one?.bodyBytes ?? 1);
    expect(ratio).toBeGreaterThan(9.5);
    expect(ratio).toBeLessThan(10.5);
  });

  it("reports core throughput, sizes and memory above zero", () => {
    expect(json.throughput.rows.length).toBeGreaterThan(0);
    for (const mbps of json.throughput.rows[0]?.mbPerSecond ?? []) expect(mbps).toBeGreaterThan(0);
    expect(json.sizes.map((s) => s.part.split(" ")[0])).toEqual([
      "content",
      "glossary",
      "popup",
      "background",
    ]);
    for (const size of json.sizes) expect(size.gzipBytes).toBeGreaterThan(0);
    for (const row of json.memory) expect(row.after).toBeGreaterThan(0);
    expect(json.targets).toHaveLength(7);
  });

  it("times the same analysis run in the page, for comparison", () => {
    const inPage = json.inPage;
    expect(inPage).not.toBeNull();
    expect(inPage?.loads).toBe(3);
    for (const step of [inPage?.load, inPage?.extract, inPage?.first, inPage?.second]) {
      expect(step?.n).toBe(3);
      expect(step?.median).toBeGreaterThan(0);
    }
    // The analysis really ran on the article: it found what the extension finds there.
    expect(inPage?.annotations).toBeGreaterThan(50);
    // The core with the glossary is larger than the glossary alone.
    const glossary = json.sizes.find((s) => s.part.startsWith("glossary"));
    expect(inPage?.coreGzipBytes).toBeGreaterThan(glossary?.gzipBytes ?? 0);
  });
});
