/**
 * Throughput of the analysis core in Node (MB/s of UTF-8 text). The full run takes the table of
 * `npm run bench:core` (bench/core.ts, run as a child process, sizes up to 5 MB); the quick run
 * measures the same five stages in-process on one size, so it stays within seconds.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { analyze } from "../../core/analyze";
import { findCitations } from "../../core/citations";
import { findDates } from "../../core/dates";
import { extractDirectives } from "../../core/directives";
import { findTerms } from "../../core/terms";
import type { ArticleInput, TextBlock } from "../../core/types";
import { seedArticle } from "../../tests/corpus";
import { REPO_ROOT } from "../../tests/e2e/harness";

/** The five stages, in table order. */
export const STAGES = [
  "findTerms",
  "findCitations",
  "findDates",
  "extractDirectives",
  "analyze()",
] as const;

/** One size of the throughput table. */
export interface ThroughputRow {
  readonly size: string;
  /** MB/s per stage, in STAGES order (NaN when unreadable). */
  readonly mbPerSecond: number[];
}

/** The throughput section: rows and the Markdown it came from. */
export interface Throughput {
  readonly source: string;
  readonly rows: ThroughputRow[];
  /** Markdown to show as is. */
  readonly markdown: string;
}

const ARTICLE_DATE = "2024-07-12";

/** Seed-article paragraphs repeated to about `bytes` UTF-8 bytes, as paragraph blocks. */
function blocksOfSize(bytes: number): TextBlock[] {
  const paragraphs = seedArticle()
    .text.split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const blocks: TextBlock[] = [];
  for (let size = 0, i = 0; size < bytes && paragraphs.length > 0; i++) {
    const text = paragraphs[i % paragraphs.length] as string;
    blocks.push({ index: blocks.length, kind: "paragraph", text });
    size += Buffer.byteLength(text, "utf8") + 2;
  }
  return blocks;
}

function medianMs(run: () => unknown, reps: number): number {
  run(); // warm-up (also builds the glossary index once)
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

/** The five stages measured in this process on about `bytes` of seed text. */
export function measureThroughputInProcess(bytes: number, reps = 5): Throughput {
  const blocks = blocksOfSize(bytes);
  const size = blocks.reduce((n, b) => n + Buffer.byteLength(b.text, "utf8") + 2, 0);
  const input: ArticleInput = {
    meta: { url: "", title: "", lead: "", published: `${ARTICLE_DATE}T08:00:00+07:00` },
    blocks,
  };
  const options = { articleDate: ARTICLE_DATE };
  const terms = findTerms(blocks, options);
  const citations = blocks.flatMap((b) => findCitations(b, ARTICLE_DATE));
  const dates = blocks.flatMap((b) => findDates(b, ARTICLE_DATE));
  const ms = [
    medianMs(() => findTerms(blocks, options), reps),
    medianMs(() => blocks.flatMap((b) => findCitations(b, ARTICLE_DATE)), reps),
    medianMs(() => blocks.flatMap((b) => findDates(b, ARTICLE_DATE)), reps),
    medianMs(() => extractDirectives(input, { terms, citations, dates }), reps),
    medianMs(() => analyze(input), reps),
  ];
  const mbps = ms.map((t) => (t > 0 ? size / 1e6 / (t / 1000) : Number.NaN));
  const label = `${(size / 1e3).toFixed(0)} kB`;
  const markdown = [
    `| size | ${STAGES.map((s) => `${s} MB/s`).join(" | ")} |`,
    `|---:|${STAGES.map(() => "---:").join("|")}|`,
    `| ${label} | ${mbps.map((v, i) => `${v.toFixed(1)} (${(ms[i] as number).toFixed(1)} ms)`).join(" | ")} |`,
  ].join("\n");
  return {
    source: `in-process, seed text repeated to ${label}, median of ${reps} after a warm-up`,
    rows: [{ size: label, mbPerSecond: mbps }],
    markdown,
  };
}

/** Runs `npm run bench:core` (bench/core.ts) and takes its table. */
export async function runCoreBenchmark(timeoutMs = 600_000): Promise<Throughput> {
  const output = await new Promise<string>((resolve, reject) => {
    // One Node process (tsx as a loader, not a wrapper), so the timeout stops all of it.
    const child = spawn(process.execPath, ["--import", "tsx", "bench/core.ts"], {
      cwd: REPO_ROOT,
      env: process.env,
    });
    let text = "";
    const timer = setTimeout(() => child.kill("SIGTERM"), timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      text += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(text);
      else if (signal) reject(new Error(`bench/core.ts stopped after ${timeoutMs / 1000} s`));
      else reject(new Error(`bench/core.ts exited with ${code}:\n${text}`));
    });
  });
  return parseCoreTable(output);
}

/** The rows of `bench/core.ts` output, its notes and its table as Markdown. */
export function parseCoreTable(output: string): Throughput {
  const lines = output.split("\n");
  const table = lines.filter((line) => line.startsWith("|"));
  const cellsOf = (line: string) =>
    line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
  // Columns are found by their header ("findTerms MB/s (wall)", "analyze() MB/s" …): the first
  // column of each stage, so extra columns in the core table do not shift the figures.
  const header = cellsOf(table[0] ?? "");
  const columns = STAGES.map((stage) => header.findIndex((h) => h.startsWith(`${stage} `)));
  const rows: ThroughputRow[] = table.slice(2).map((line) => {
    const cells = cellsOf(line);
    return {
      size: cells[0] ?? "",
      mbPerSecond: columns.map((at) => (at >= 0 ? Number.parseFloat(cells[at] ?? "") : Number.NaN)),
    };
  });
  // Its header lines (CPU, Node, text, glossary) stay as notes; its title is ours to give.
  const notes = lines.filter((line) => line.startsWith("- "));
  const after = lines.filter((line) => line.startsWith("analyze()"));
  return {
    source: "npm run bench:core (bench/core.ts)",
    rows,
    markdown: [...notes, "", ...table, "", ...after].join("\n"),
  };
}
